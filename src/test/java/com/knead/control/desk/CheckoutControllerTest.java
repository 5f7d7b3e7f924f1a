package com.knead.control.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Permission;
import com.knead.domain.PrepaidCode;
import com.knead.domain.Sale;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.TenderKind;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's checkout stories without a window: the controller over the real use cases on a real
 * H2 file, every task run at once, and what a cashier would read taken from the state it published.
 * No receipt printer is chosen, so each receipt is saved as PDF only.
 */
class CheckoutControllerTest {

    @TempDir
    Path data;

    private DeskFixture desk;
    private CheckoutController checkout;
    private RecordingView view;

    @BeforeEach
    void open() {
        desk = new DeskFixture(data);
        checkout = desk.checkout;
        view = desk.view;
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void cashWithChange() {
        Visit visit = desk.chooseNewVisit("Ada Cash");
        assertThat(view.now().total()).isEqualTo("Total USD 85.00");
        assertThat(view.now().tax()).isEqualTo("Includes tax 4.05 (5%)");
        assertThat(view.now().quickCash()).containsExactly("90", "100");

        checkout.cashTyped("80");
        assertThat(view.now().problem()).isEqualTo("That is 5.00 short of the total.");
        assertThat(view.now().canFinishSale()).isFalse();
        checkout.cashTyped("100.00");
        assertThat(view.now().change()).isEqualTo("Change due 15.00");
        assertThat(view.now().canFinishSale()).isTrue();

        checkout.finishSale("");
        assertThat(view.now().result()).isEqualTo("Receipt 000002 saved. Change due 15.00.");
        assertThat(view.now().printStatus()).isEqualTo("No receipt printer is chosen, so receipt 000002 was not "
                + "printed; its PDF is saved. The owner chooses one in the Office.");
        assertThat(view.now().receiptPdf()).contains(data.toAbsolutePath().normalize().resolve("receipts/receipt-000002.pdf"));
        assertThat(data.resolve("receipts/receipt-000002.pdf")).isNotEmptyFile();
        assertThat(view.now().status()).isEqualTo("Paid");
        assertThat(view.now().editable()).isFalse();
        assertThat(desk.stores.visits().find(visit.id()).orElseThrow().status()).isEqualTo(VisitStatus.PAID);
        assertThat(desk.queueReads).as("the queue is told to read the paid visit back").isPositive();
        assertThat(desk.sales()).isEqualTo(2);
    }

    @Test
    void cardPaysWhatIsDueAndKeepsOnlyTheApprovalCodeAndLastFour() {
        desk.chooseNewVisit("Cora Card");
        checkout.addCard("", "A1B2C3", "4242");
        assertThat(view.now().payments()).containsExactly("Card  85.00  · Approval A1B2C3 · card ending 4242");
        assertThat(view.cleared).containsExactly(CheckoutController.Form.CARD);
        assertThat(view.now().change()).isEqualTo("No change due");
        checkout.finishSale("");
        Sale sale = recorded("000002");
        assertThat(sale.taken(TenderKind.CARD)).isEqualTo(desk.stores.clinic().money("85.00"));
        assertThat(sale.tenders()).extracting(t -> t.reference()).containsExactly("Approval A1B2C3 · card ending 4242");
    }

    @Test
    void aCardAboveWhatIsDueOrAFullCardNumberIsRefused() {
        desk.chooseNewVisit("Bo Bad");
        checkout.addCard("90.00", "123456", "4242");
        assertThat(view.now().problem()).isEqualTo("The card amount 90.00 is more than what is still due, 85.00. "
                + "A card, gift card or package pays the exact amount; only cash can be more than what is due.");
        assertThat(view.now().payments()).isEmpty();

        checkout.addCard("", "123456", "4242 4242 4242 4242");
        assertThat(view.now().problem()).startsWith("That looks like a full card number.");
        assertThat(view.cleared).as("the card number is not kept on screen").containsExactly(CheckoutController.Form.CARD_NUMBER);
        assertThat(view.now().canFinishSale()).isFalse();
        assertThat(desk.sales()).isEqualTo(1);
    }

    @Test
    void giftCardPaysAndItsBalanceGoesDown() {
        desk.chooseNewVisit("Gina Gift");
        checkout.addGiftCard("gc-1001", "");
        assertThat(view.now().payments()).containsExactly("Gift card  85.00  · GC-1001");
        assertThat(view.now().change()).isEqualTo("No change due");
        checkout.finishSale("");
        assertThat(view.now().result()).startsWith("Receipt 000002 saved.");
        assertThat(desk.stores.giftCards().balance(new PrepaidCode("GC-1001"))).contains(desk.stores.clinic().money("15.00"));

        desk.chooseNewVisit("Gus Gift");
        checkout.addGiftCard("GC-1001", "20.00");
        assertThat(view.now().problem()).isEqualTo("Gift card GC-1001 has 15.00 left, less than 20.00.");
        checkout.addGiftCard("GC-1001", "");
        assertThat(view.now().payments()).containsExactly("Gift card  15.00  · GC-1001");
        assertThat(view.now().problem()).isEqualTo("That is 70.00 short of the total.");
        checkout.addGiftCard("GC-9999", "");
        assertThat(view.now().problem()).isEqualTo("There is no gift card GC-9999.");
    }

    @Test
    void aPackageVisitPaysForItsOwnSessionAndOneVisitIsUsed() {
        desk.chooseNewVisit("Pat Package");
        checkout.usePackage("PK-2001");
        assertThat(view.now().payments()).containsExactly("Package credit  85.00  · PK-2001");
        assertThat(view.now().problem()).startsWith("Package PK-2001: ").endsWith(" before this visit.");
        assertThat(view.now().change()).isEqualTo("No change due");
        checkout.finishSale("");
        assertThat(view.now().result()).startsWith("Receipt 000002 saved.");
        assertThat(desk.stores.packages().find(new PrepaidCode("PK-2001")).orElseThrow().visitsLeft()).isEqualTo(4);
    }

    @Test
    void threeWaySplitWithTipGivesChangeFromCashOnly() {
        Visit visit = desk.chooseNewVisit("Sid Split");
        StaffMember maya = desk.stores.staff().active().stream().filter(m -> m.name().equals("Maya Chen")).findFirst().orElseThrow();
        assertThat(view.now().therapists()).contains(maya);
        checkout.assign(maya.id(), "Cedar room");
        assertThat(view.now().therapistId()).isEqualTo(maya.id());
        assertThat(view.now().service()).isEqualTo("Deep tissue, 60 min · Maya Chen · Cedar room");
        assertThat(desk.stores.visits().find(visit.id()).orElseThrow().therapistName()).isEqualTo("Maya Chen");

        checkout.tipPercent(20);
        assertThat(view.now().total()).isEqualTo("Total USD 102.00 (with tip 17.00)");
        assertThat(view.now().tip()).isEqualTo("17.00");
        checkout.addCard("50", "777XYZ", "1881");
        checkout.addGiftCard("GC-1001", "15.00");
        assertThat(view.now().payments()).hasSize(2);
        assertThat(view.now().exactCash()).isEqualTo("37.00");
        assertThat(view.now().quickCash()).containsExactly("40", "50", "100");
        checkout.cashTyped(view.now().quickCash().get(0));
        assertThat(view.now().change()).isEqualTo("Change due 3.00");
        checkout.finishSale(view.now().tip());

        Sale sale = recorded("000002");
        assertThat(sale.totals().tip()).isEqualTo(desk.stores.clinic().money("17.00"));
        assertThat(sale.therapistName()).isEqualTo("Maya Chen");
        assertThat(sale.changeDue()).isEqualTo(desk.stores.clinic().money("3.00"));
        assertThat(sale.tenders()).extracting(t -> t.kind())
                .containsExactly(TenderKind.CARD, TenderKind.GIFT_CARD, TenderKind.CASH);
        assertThat(view.now().result()).isEqualTo("Receipt 000002 saved. Change due 3.00.");
    }

    @Test
    void aLargeDiscountWaitsForTheOwnersPin() {
        desk.chooseNewVisit("Dee Discount");
        checkout.applyDiscount("25%", "complaint last visit");
        assertThat(view.approvalsAsked).containsExactly("A discount of more than 20% needs a manager's or the owner's PIN.");
        assertThat(view.now().adjustments()).isEqualTo("Discount 25% (complaint last visit) −21.25 (needs a manager's or the owner's PIN)");
        checkout.cashExact();
        assertThat(view.cashFilled).containsExactly("63.75");
        checkout.cashTyped("63.75");
        assertThat(view.now().problem()).isEqualTo("The discount needs a manager's or the owner's PIN: apply it again to ask for it.");
        assertThat(view.now().canFinishSale()).isFalse();
        checkout.finishSale("");
        assertThat(desk.sales()).as("nothing recorded without the PIN").isEqualTo(1);

        StaffMember owner = desk.stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER)
                .findFirst().orElseThrow();
        checkout.discountApproved(desk.pins().check(owner, "4827", Permission.LARGE_DISCOUNT, "desk"));
        assertThat(view.now().adjustments()).doesNotContain("needs a manager's or the owner's PIN");
        assertThat(view.now().total()).isEqualTo("Total USD 63.75");
        assertThat(view.now().change()).isEqualTo("No change due");
        checkout.finishSale("");
        Sale sale = recorded("000002");
        assertThat(sale.discountApproval().staffName()).isEqualTo("Olivia Park");
    }

    @Test
    void badInputIsRefusedPlainlyAndNothingIsRecorded() {
        Visit visit = desk.chooseNewVisit("Bo Bad");
        checkout.cashTyped("-5");
        assertThat(view.now().problem()).isEqualTo("An amount cannot be negative.");
        checkout.cashTyped("250000");
        assertThat(view.now().problem()).startsWith("250000 is far more than any payment");
        assertThat(view.now().canFinishSale()).isFalse();
        checkout.finishSale("");
        checkout.cashTyped("0");
        assertThat(view.now().problem()).isEqualTo("Type the cash received; it must be more than zero.");
        checkout.applyDiscount("90", "oops");
        assertThat(view.now().problem()).isEqualTo("A discount of 90.00 is more than the services come to (85.00).");
        checkout.tip("abc");
        assertThat(view.now().problem()).isEqualTo("\"abc\" is not an amount; type digits, like 100 or 100.00.");
        checkout.cashTyped("100");
        checkout.finishSale("200");
        assertThat(view.now().problem()).isEqualTo("A tip of 200.00 is more than the sale itself; please check it.");

        assertThat(desk.sales()).isEqualTo(1);
        assertThat(desk.stores.visits().find(visit.id()).orElseThrow().status()).isEqualTo(VisitStatus.CHECKED_IN);
        assertThat(data.resolve("receipts/receipt-000002.pdf")).doesNotExist();
    }

    @Test
    void itemsAreAddedAndOneAddedByMistakeComesOff() {
        desk.chooseNewVisit("Ivy Item");
        checkout.addItem("Massage oil", "-3");
        assertThat(view.now().problem()).isEqualTo("An amount cannot be negative.");
        checkout.addItem("  ", "3");
        assertThat(view.now().problem()).isEqualTo("Type what the item is, like \"Massage oil\".");
        assertThat(view.cleared).isEmpty();
        checkout.addItem("Massage oil", "12.50");
        checkout.addItem("Gift wrap", "3");
        assertThat(view.cleared).containsExactly(CheckoutController.Form.ITEM, CheckoutController.Form.ITEM);
        assertThat(view.now().total()).isEqualTo("Total USD 100.50");
        checkout.removeItem(1);
        assertThat(view.now().total()).isEqualTo("Total USD 97.50");
        assertThat(view.now().items()).containsExactly("Massage oil  12.50");
        checkout.cashExact();
        checkout.cashTyped(view.cashFilled.get(0));
        checkout.finishSale("");
        Sale sale = recorded("000002");
        assertThat(sale.lines()).extracting(l -> l.description()).containsExactly("Deep tissue, 60 min", "Massage oil");
    }

    @Test
    void aPaymentTakenOffIsNoLongerOnTheSale() {
        desk.chooseNewVisit("Rae Remove");
        checkout.addCard("50", "111", "1111");
        checkout.addCard("", "222", "2222");
        assertThat(view.now().payments()).hasSize(2);
        checkout.removePayment(0);
        assertThat(view.now().payments()).containsExactly("Card  35.00  · Approval 222 · card ending 2222");
        assertThat(view.now().problem()).isEqualTo("That is 50.00 short of the total.");
        checkout.removePayment(-1);
        assertThat(view.now().payments()).isEmpty();
    }

    @Test
    void theSessionMovesOnAndAVisitIsCancelledWithItsReason() {
        Visit visit = desk.chooseNewVisit("Sal Session");
        assertThat(view.now().canStartSession()).isTrue();
        checkout.startSession();
        assertThat(view.now().status()).isEqualTo("In session");
        checkout.finishSession();
        assertThat(view.now().status()).isEqualTo("Done");

        Visit noShow = desk.chooseNewVisit("Nell Noshow");
        checkout.cancel("No-show");
        assertThat(view.now().status()).isEqualTo("Cancelled");
        assertThat(view.now().editable()).isFalse();
        assertThat(desk.stores.visits().cancelReason(noShow.id())).contains("No-show");
        assertThat(desk.stores.visits().find(visit.id()).orElseThrow().status()).isEqualTo(VisitStatus.DONE);
    }

    @Test
    void theSameVisitReadAgainKeepsWhatWasTyped() {
        Visit visit = desk.chooseNewVisit("Kim Keep");
        checkout.addCard("50", "111", "1111");
        int sale = view.now().sale();
        checkout.chooseVisit(desk.stores.visits().find(visit.id()));
        assertThat(view.now().sale()).isEqualTo(sale);
        assertThat(view.now().payments()).hasSize(1);
        checkout.chooseVisit(java.util.Optional.empty());
        assertThat(view.now().sale()).isNotEqualTo(sale);
        assertThat(view.now().payments()).isEmpty();
        assertThat(view.now().title()).isEqualTo("Choose a visit in the queue.");
    }

    @Test
    void aVisitInBeforeTheTaxRateChangedKeepsItsTaxAndItsReceiptSaysSo() throws Exception {
        com.knead.domain.Modality deep = desk.deepTissue();
        com.knead.domain.ServicePrice sixty = desk.stores.catalog().priceListOn(java.time.LocalDate.now())
                .price(deep.id(), 60).orElseThrow();
        Visit early = desk.stores.visits().checkIn(com.knead.domain.ContactDetails.of("Ada Early", "555 010 0001"), deep,
                sixty, java.time.Instant.now());
        com.knead.usecase.ChangePrice prices = new com.knead.usecase.ChangePrice(desk.stores.catalog(),
                desk.stores.clinic(), java.time.Clock.systemUTC());
        prices.changeTaxRate(desk.staff("Olivia Park"), new java.math.BigDecimal("7.5"), prices.today());

        checkout.chooseVisit(java.util.Optional.of(early));
        assertThat(view.now().tax()).isEqualTo("Includes tax 4.05 (5%)");
        checkout.cashTyped("85");
        checkout.finishSale("");
        assertThat(recorded("000002").totals().taxRate()).isEqualByComparingTo("5");
        assertThat(receiptText("000002")).contains("Tax 5% (included) 4.05");

        desk.chooseNewVisit("Bea Later");
        assertThat(view.now().tax()).isEqualTo("Includes tax 5.93 (7.5%)");
        assertThat(view.now().total()).isEqualTo("Total USD 85.00");
        checkout.cashTyped("85");
        checkout.finishSale("");
        assertThat(recorded("000003").totals().taxRate()).isEqualByComparingTo("7.5");
        assertThat(receiptText("000003")).contains("Tax 7.5% (included) 5.93");
    }

    private String receiptText(String receipt) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                data.resolve("receipts/receipt-" + receipt + ".pdf").toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theRoomIsChosenFromTheClinicsRoomsAndARetiredOneStaysWithItsVisit() {
        Visit visit = desk.chooseNewVisit("Rae Room");
        assertThat(view.now().rooms()).containsExactly("", "Willow room", "Cedar room", "Hot stone room");
        assertThat(view.now().room()).isEmpty();

        checkout.assign(null, "Room 9");
        assertThat(view.now().problem()).isEqualTo("\"Room 9\" is not one of the clinic's rooms; choose one from the list.");
        assertThat(desk.stores.visits().find(visit.id()).orElseThrow().room()).isNull();

        checkout.assign(null, "Willow room");
        assertThat(view.now().room()).isEqualTo("Willow room");
        assertThat(desk.stores.visits().find(visit.id()).orElseThrow().room()).isEqualTo("Willow room");

        // The office retires the Willow room and adds a garden room: the next visit chosen offers the rooms in use,
        // and the visit in the Willow room keeps it (and can be assigned again with it).
        com.knead.domain.Room willow = desk.stores.rooms().all().stream().filter(r -> r.name().equals("Willow room"))
                .findFirst().orElseThrow();
        desk.stores.rooms().setInUse(willow.id(), false, java.time.Instant.now());
        desk.stores.rooms().add("Garden room", java.time.Instant.now());
        desk.chooseNewVisit("Sam Second");
        assertThat(view.now().rooms()).containsExactly("", "Cedar room", "Hot stone room", "Garden room");
        checkout.chooseVisit(java.util.Optional.of(desk.stores.visits().find(visit.id()).orElseThrow()));
        assertThat(view.now().rooms()).containsExactly("", "Cedar room", "Hot stone room", "Garden room", "Willow room");
        checkout.assign(null, "Willow room");
        assertThat(view.now().problem()).doesNotContain("not one of the clinic's rooms");
        assertThat(desk.stores.visits().find(visit.id()).orElseThrow().room()).isEqualTo("Willow room");
        checkout.assign(null, "");
        assertThat(desk.stores.visits().find(visit.id()).orElseThrow().room()).isNull();
        assertThat(view.now().rooms()).doesNotContain("Willow room");
    }

    private Sale recorded(String receipt) {
        assertThat(view.now().result()).startsWith("Receipt " + receipt + " saved.");
        return desk.stores.sales().find(new com.knead.domain.ReceiptNumber(Long.parseLong(receipt))).orElseThrow();
    }
}
