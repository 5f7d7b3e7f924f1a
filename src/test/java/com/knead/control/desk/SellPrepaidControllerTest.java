package com.knead.control.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.domain.PrepaidCode;
import com.knead.domain.PrepaidOffer;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.Tender;
import com.knead.usecase.EditPrepaidOffers;
import com.knead.usecase.SellPrepaid;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counter sale of a gift card or a package, driven through its controller without a window. */
class SellPrepaidControllerTest {

    @TempDir
    Path data;
    TestDesk desk;
    final List<SellPrepaidController.State> shown = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = new TestDesk(data);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private SellPrepaidController controller() {
        SellPrepaidController controller = new SellPrepaidController(new SellPrepaid(desk.stores, desk.receipts(), java.time.Clock.systemDefaultZone()),
                desk::riley, new ImmediateTasks(), shown::add);
        controller.open();
        return controller;
    }

    private SellPrepaidController.State last() {
        return shown.get(shown.size() - 1);
    }

    private static SellPrepaidController.Order giftCard(String code, String value) {
        return new SellPrepaidController.Order(true, code, value, null, "5", "", false, "", "");
    }

    @Test
    void sellsThePriceListsSetPackageAndGiftCardAtTheirSetPricesWhateverIsTyped() {
        EditPrepaidOffers offers = new EditPrepaidOffers(desk.stores.catalog(), desk.stores.clinic(),
                java.time.Clock.systemUTC());
        var owner = desk.staff("Olivia Park");
        PrepaidOffer five = offers.addPackage(owner, desk.deepTissue60().id(), 5, "Five deep tissue", desk.money("400.00"),
                desk.today());
        PrepaidOffer card = offers.addGiftCard(owner, "", desk.money("75.00"), desk.today());
        SellPrepaidController sell = controller();
        assertThat(last().prices().prepaid()).extracting(p -> p.offer().name(), p -> p.price().plain())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Five deep tissue", "400.00"),
                        org.assertj.core.groups.Tuple.tuple("Gift card 75.00", "75.00"));

        // Typed as a gift card of 1.00: the set package decides the kind, the service, the visits and the price.
        sell.sell(new SellPrepaidController.Order(true, "PK-4004", "1.00", null, "2", "", false, "", "", five.id()));
        assertThat(last().result()).startsWith("Receipt 000001 saved: Package PK-4004: 5 x Deep tissue, 60 min, 400.00.");
        assertThat(desk.stores.packages().find(new PrepaidCode("PK-4004")).orElseThrow().visitsLeft()).isEqualTo(5);

        sell.sell(new SellPrepaidController.Order(false, "GC-4005", "", null, "", "", false, "", "", card.id()));
        assertThat(last().result()).startsWith("Receipt 000002 saved: Gift card GC-4005, 75.00.");
        assertThat(desk.stores.giftCards().balance(new PrepaidCode("GC-4005"))).contains(desk.money("75.00"));

        offers.retire(owner, card.id());
        SellPrepaidController reopened = controller();
        assertThat(last().prices().prepaid()).extracting(p -> p.offer().name()).containsExactly("Five deep tissue");
        reopened.sell(new SellPrepaidController.Order(false, "GC-4006", "", null, "", "", false, "", "", card.id()));
        assertThat(last().problem()).isEqualTo("That offer is no longer on the price list.");
        assertThat(desk.salesToday()).isEqualTo(2);
    }

    @Test
    void sellsAGiftCardForCashAndKeepsItsReceipt() {
        SellPrepaidController sell = controller();
        assertThat(last().canSell()).isTrue();

        sell.sell(giftCard("GC-2002", "50"));

        assertThat(last().result()).isEqualTo("Receipt 000001 saved: Gift card GC-2002, 50.00. No receipt printer is "
                + "chosen, so receipt 000001 was not printed; its PDF is saved. The owner chooses one in the Office.");
        assertThat(last().problem()).isEmpty();
        assertThat(last().justSold()).isTrue();
        assertThat(desk.stores.giftCards().balance(new PrepaidCode("GC-2002"))).contains(desk.money("50.00"));
        assertThat(data.resolve("receipts/receipt-000001.pdf")).isNotEmptyFile();
    }

    @Test
    void sellsAPackageByCardPricedAsVisitsTimesTheSession() {
        SellPrepaidController sell = controller();

        sell.sell(new SellPrepaidController.Order(false, "PK-3001", "", desk.deepTissue60(), "3", "Ada", true,
                "PK77", "9999"));

        assertThat(last().result()).startsWith("Receipt 000001 saved: Package PK-3001: 3 x Deep tissue, 60 min, 255.00.");
        var sold = desk.stores.packages().find(new PrepaidCode("PK-3001")).orElseThrow();
        assertThat(desk.stores.sales().forDay(desk.today()).get(0).tenders().get(0).reference())
                .isEqualTo("Approval PK77 · card ending 9999");
        assertThat(sold.toString()).contains("3");
    }

    @Test
    void aTypingSlipIsRefusedInPlainWordsAndNothingIsRecorded() {
        SellPrepaidController sell = controller();

        sell.sell(new SellPrepaidController.Order(false, "PK-3001", "", desk.deepTissue60(), "many", "", false, "", ""));

        assertThat(last().problem()).isEqualTo("Type how many visits the package holds, like 5.");
        assertThat(desk.salesToday()).isZero();
    }

    @Test
    void theSameOrderSubmittedTwiceRecordsOneSaleAndShowsTheFirstReceiptAgain() {
        SellPrepaidController sell = controller();
        SellPrepaidController.Order order = giftCard("GC-7", "30");

        sell.sell(order);
        String first = last().result();
        sell.sell(order);

        assertThat(last().result()).isEqualTo(first).startsWith("Receipt 000001 saved");
        assertThat(last().problem()).isEmpty();
        assertThat(desk.salesToday()).isEqualTo(1);
    }

    @Test
    void theSameDraftSubmittedTwiceToTheUseCaseIsRecordedOnce() {
        SellPrepaid sellPrepaid = new SellPrepaid(desk.stores, desk.receipts(), java.time.Clock.systemDefaultZone());
        SaleDraft draft = new SaleDraft(desk.stores.clinic(), null, "")
                .addLine(SaleLine.giftCard(new PrepaidCode("GC-8"), desk.money("40.00")));
        draft.addTender(Tender.cash(draft.totals().amountDue()));

        var first = sellPrepaid.sell(draft, desk.riley());
        var second = sellPrepaid.sell(draft, desk.riley());

        assertThat(second.receipt()).isEqualTo(first.receipt());
        assertThat(second.record().id()).isEqualTo(first.record().id());
        assertThat(desk.salesToday()).isEqualTo(1);
    }

    @Test
    void aPrinterSettingThatCannotBeReadIsToldAsSuchAndTheSaleStaysSaved() throws Exception {
        SellPrepaidController sell = controller();
        desk.settingsUnreadable();

        sell.sell(giftCard("GC-9", "25"));

        assertThat(last().result()).startsWith("Receipt 000001 saved: Gift card GC-9, 25.00.")
                .contains("It is saved, but receipt 000001 could not be made. Reprint it later");
        assertThat(last().problem()).isEmpty();
        assertThat(desk.salesToday()).isEqualTo(1);
    }

    @Test
    void aBrokenReceiptTemplateIsToldAsSuchAndTheSaleStaysSaved() throws Exception {
        desk.brokenTemplate();
        SellPrepaidController sell = controller();

        sell.sell(giftCard("GC-10", "25"));

        assertThat(last().result()).startsWith("Receipt 000001 saved: Gift card GC-10, 25.00.")
                .contains("It is saved, but receipt 000001 could not be made.");
        assertThat(last().problem()).isEmpty();
        assertThat(desk.salesToday()).isEqualTo(1);
        assertThat(data.resolve("receipts/receipt-000001.pdf")).doesNotExist();
    }

    @Test
    void aPrintQueueThatRejectsTheJobIsToldAsSuchAndTheSaleStaysSaved() throws Exception {
        desk.rejectingPrinter();
        SellPrepaidController sell = controller();

        sell.sell(giftCard("GC-11", "25"));

        assertThat(last().result()).startsWith("Receipt 000001 saved: Gift card GC-11, 25.00.")
                .contains("The printer \"" + TestDesk.REJECTING + "\" did not take the receipt.")
                .contains("It is saved and its PDF is kept; reprint receipt 000001 any time.");
        assertThat(last().problem()).isEmpty();
        assertThat(desk.salesToday()).isEqualTo(1);
        assertThat(data.resolve("receipts/receipt-000001.pdf")).isNotEmptyFile();
    }
}
