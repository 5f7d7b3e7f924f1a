package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.CardReference;
import com.knead.domain.CashDrawer;
import com.knead.domain.ContactDetails;
import com.knead.domain.EndOfDay;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PrepaidCode;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refund;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePrice;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import com.knead.report.EndOfDayReport;
import com.knead.report.ReportTemplates;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.usecase.EndOfDayFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's checkout through the real window on a real H2 file: a sale paid by card, by gift card,
 * by a package visit, a three-way split, a discount that needs a manager's or the owner's PIN, and bad input
 * refused with nothing recorded. Each receipt is read back as PDF, and what each story changed is
 * read back in the database (through the running Knead's stores) and in the day's end-of-day
 * figures and PDF. One Knead runs for the class; the visits, the gift cards and the package each
 * story spends, and the sales the void and the refund give back on, are recorded before it starts.
 *
 * <p>The stories run in a random order (JUnit logs the seed): none relies on another, each
 * works out what it expects from its own data or from what it saw before it acted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.Random.class)
class DeskCheckoutGuiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path data;

    private static final PrepaidCode GINAS_CARD = new PrepaidCode("GC-1001");
    private static final PrepaidCode SIDS_CARD = new PrepaidCode("GC-1002");
    private static final PrepaidCode PATS_PACKAGE = new PrepaidCode("PK-2001");

    private RunningDesk running;
    /** The receipt voided by the void story and the one refunded in part, recorded before Knead starts. */
    private Sale toVoid;
    private Sale toRefund;
    private Robot robot;
    private FrameFixture desk;

    @BeforeAll
    void start() throws Exception {
        FailOnThreadViolationRepaintManager.install();
        try (Stores stores = DemoFolder.open(data)) {
            Modality deep = stores.catalog().priceListOn(java.time.LocalDate.now()).modalities().stream()
                    .filter(m -> m.name().equals("Deep tissue")).findFirst().orElseThrow();
            ServicePrice sixty = stores.catalog().priceListOn(java.time.LocalDate.now()).price(deep.id(), 60).orElseThrow();
            // Earlier purchases: two 100.00 gift cards (one for each story that spends one) and a
            // package of five deep tissue visits.
            stores.sales().record(new SaleDraft(stores.clinic(), null, "")
                    .addLine(SaleLine.giftCard(GINAS_CARD, stores.clinic().money("100.00")))
                    .addLine(SaleLine.giftCard(SIDS_CARD, stores.clinic().money("100.00")))
                    .addLine(SaleLine.packageOf(PATS_PACKAGE, deep, 60, 5, stores.clinic().money("380.00")))
                    .addTender(Tender.cash(stores.clinic().money("580.00"))), Instant.now());
            // Today's sales the void and the refund stories give money back on: a card sale, and a
            // sale of 85.00 with a 17.00 tip paid 50.00 by card and 52.00 in cash.
            SaleDraft card = new SaleDraft(stores.clinic(), null, "Vera Void")
                    .addLine(new SaleLine("Deep tissue, 60 min", deep.id(), 60, sixty.price(), 1));
            toVoid = stores.sales().record(card.addTender(Tender.card(stores.clinic().money("85.00"),
                    new CardReference("A1B2C3", "4242"))), Instant.now());
            SaleDraft tipped = new SaleDraft(stores.clinic(), null, "Rex Refund")
                    .addLine(new SaleLine("Deep tissue, 60 min", deep.id(), 60, sixty.price(), 1));
            var maya = stores.staff().active().stream().filter(m -> m.name().equals("Maya Chen")).findFirst().orElseThrow();
            tipped.therapist(maya.id(), maya.name()).tip(stores.clinic().money("17.00"));
            toRefund = stores.sales().record(tipped
                    .addTender(Tender.card(stores.clinic().money("50.00"), new CardReference("777XYZ", "1881")))
                    .addTender(Tender.cash(stores.clinic().money("52.00"))), Instant.now());
            for (String name : new String[] {"Cora Card", "Gina Gift", "Pat Package", "Sid Split", "Dee Discount", "Bo Bad", "Ivy Item"}) {
                stores.visits().checkIn(ContactDetails.of(name, "555 010 0000"), deep, sixty, Instant.now());
            }
        }
        // The kiosk's intake flags a visit for staff (its wiring lives on the kiosk's side): flag one here.
        try (java.sql.Connection c = com.knead.store.DatabaseFile.connect(data);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE visit SET red_flag = TRUE WHERE client_id IN (SELECT id FROM client WHERE name = 'Bo Bad')");
        }
        running = RunningDesk.launch(data, 7);
        robot = running.robot();
        desk = running.desk();
    }

    @AfterAll
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void cardSaleRecordsOnlyTheApprovalCodeAndLastFour() throws Exception {
        select("Cora Card");
        assignTherapist();
        desk.textBox("desk.cardApproval").setText("A1B2C3");
        desk.textBox("desk.cardLastFour").setText("4242");
        desk.button("desk.addCard").click();
        waitUntil("the card covers the sale", WAIT, () -> text(desk.label("desk.change").target()).equals("No change due"));
        screenshot(desk.target(), "desk-3-card");
        String receipt = finishSale();
        assertThat(receiptText(receipt)).contains("Therapist: Maya Chen", "Cashier: Riley", "Card", "85.00",
                "Approval A1B2C3 · card ending 4242", "We suggest your next visit in two weeks");
        Sale sale = recorded(receipt);
        assertThat(sale.tenders()).extracting(Tender::kind, t -> t.amount().plain())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TenderKind.CARD, "85.00"));
        assertThat(sale.therapistName()).isEqualTo("Maya Chen");
        assertThat(visitOf("Cora Card").status()).isEqualTo(VisitStatus.PAID);
        assertThat(endOfDayPdf()).containsPattern(saleRow(receipt, "Cora Card", "Deep tissue, 60 min", "Card 85.00", "85.00"));
    }

    @Test
    void giftCardPaysAndItsBalanceGoesDown() throws Exception {
        assertThat(stores().giftCards().balance(GINAS_CARD)).hasValueSatisfying(b -> assertThat(b.plain()).isEqualTo("100.00"));
        Money giftCardsBefore = endOfDay().byTender().getOrDefault(TenderKind.GIFT_CARD, money("0.00"));
        select("Gina Gift");
        desk.textBox("desk.giftCard").setText("gc-1001");
        desk.button("desk.addGiftCard").click();
        waitUntil("the gift card covers the sale", WAIT, () -> text(desk.label("desk.change").target()).equals("No change due"));
        String receipt = finishSale();
        assertThat(receiptText(receipt)).contains("Gift card", "GC-1001", "85.00");
        assertThat(stores().giftCards().balance(GINAS_CARD)).as("100.00 less the 85.00 redeemed")
                .hasValueSatisfying(b -> assertThat(b.plain()).isEqualTo("15.00"));
        assertThat(endOfDay().byTender().get(TenderKind.GIFT_CARD)).as("the day's gift card takings rose by 85.00")
                .isEqualTo(giftCardsBefore.plus(money("85.00")));
        assertThat(endOfDayPdf()).containsPattern(saleRow(receipt, "Gina Gift", "Deep tissue, 60 min", "Gift card 85.00", "85.00"));
    }

    @Test
    void packageVisitPays() throws Exception {
        assertThat(stores().packages().find(PATS_PACKAGE).orElseThrow().visitsLeft()).isEqualTo(5);
        select("Pat Package");
        desk.textBox("desk.package").setText("PK-2001");
        desk.button("desk.usePackage").click();
        waitUntil("the package covers the sale", WAIT, () -> text(desk.label("desk.change").target()).equals("No change due"));
        String receipt = finishSale();
        assertThat(receiptText(receipt)).contains("Package credit", "PK-2001", "85.00");
        assertThat(stores().packages().find(PATS_PACKAGE).orElseThrow().visitsLeft()).as("one of five visits used").isEqualTo(4);
        assertThat(endOfDayPdf()).containsPattern(saleRow(receipt, "Pat Package", "Deep tissue, 60 min", "Package credit 85.00", "85.00"));
    }

    @Test
    void threeWaySplitWithTipGivesChangeFromCashOnly() throws Exception {
        select("Sid Split");
        assignTherapist();
        desk.button("desk.tip.20").click();
        waitUntil("the tip is in the total", WAIT,
                () -> text(desk.label("desk.total").target()).equals("Total USD 102.00 (with tip 17.00)"));
        desk.textBox("desk.cardAmount").setText("50");
        desk.textBox("desk.cardApproval").setText("777XYZ");
        desk.textBox("desk.cardLastFour").setText("1881");
        desk.button("desk.addCard").click();
        desk.textBox("desk.giftCard").setText("GC-1002");
        desk.textBox("desk.giftAmount").setText("15.00");
        desk.button("desk.addGiftCard").click();
        waitUntil("two payments are listed", WAIT, () -> desk.list("desk.tenders").target().getModel().getSize() == 2);
        desk.button("desk.quickCash.0").click();
        waitUntil("change is worked out", WAIT, () -> text(desk.label("desk.change").target()).equals("Change due 3.00"));
        screenshot(desk.target(), "desk-4-three-way-split");
        String receipt = finishSale();
        assertThat(receiptText(receipt)).containsSubsequence("TOTAL USD 85.00", "Tip for Maya Chen 17.00",
                "Paid with tip 102.00", "Card", "Approval 777XYZ · card ending 1881", "50.00", "Gift card", "GC-1002",
                "15.00", "Cash 40.00", "Change 3.00");
        assertThat(stores().giftCards().balance(SIDS_CARD)).as("100.00 less the 15.00 redeemed")
                .hasValueSatisfying(b -> assertThat(b.plain()).isEqualTo("85.00"));
        Sale sale = recorded(receipt);
        assertThat(Arrays.stream(TenderKind.values()).map(kind -> kind + " " + sale.taken(kind).plain()))
                .containsExactly("CASH 37.00", "CARD 50.00", "GIFT_CARD 15.00", "PACKAGE_CREDIT 0.00");
        assertThat(sale.totals().tip().plain()).isEqualTo("17.00");
        assertThat(endOfDayPdf()).containsPattern(saleRow(receipt, "Sid Split", "Deep tissue, 60 min", "Cash 37.00",
                "Card 50.00", "Gift card 15.00", "85.00", "+ tip 17.00"));
    }

    @Test
    void largeDiscountNeedsTheOwnersPin() throws Exception {
        select("Dee Discount");
        desk.textBox("desk.discount").setText("25%");
        desk.textBox("desk.discountReason").setText("complaint last visit");
        desk.button("desk.applyDiscount").click();
        DialogFixture approval = WindowFinder.findDialog("desk.approval").withTimeout(WAIT.toMillis()).using(robot);
        waitUntil("the owners are listed", WAIT, () -> approval.button("approval.approve").target().isEnabled());
        approval.textBox("approval.pin").setText("9999");
        approval.button("approval.approve").click();
        waitUntil("a wrong PIN is refused", WAIT, () -> text(approval.textBox("approval.problem").target())
                .equals("That PIN is not right for Olivia Park. Try again; after 4 more wrong PINs it locks for 5 minutes."));
        screenshot(approval.target(), "desk-5-discount-pin");
        approval.textBox("approval.pin").setText("4827");
        approval.button("approval.approve").click();
        waitUntil("the discount is approved", WAIT,
                () -> !text(desk.label("desk.adjustments").target()).contains("needs a manager's or the owner's PIN")
                        && text(desk.label("desk.total").target()).equals("Total USD 63.75"));
        robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_F4);
        waitUntil("exact cash", WAIT, () -> text(desk.label("desk.change").target()).equals("No change due"));
        String receipt = finishSale();
        assertThat(receiptText(receipt)).containsSubsequence("Subtotal 85.00", "Discount 25% (complaint last visit)",
                "approved by Olivia Park", "-21.25", "TOTAL USD 63.75", "Cash 63.75");
    }

    @Test
    void badInputIsRefusedPlainlyAndNothingIsRecorded() throws Exception {
        int salesBefore = stores().sales().forDay(today()).size();
        long receiptsBefore = receiptFiles();
        JTable queue = desk.table("desk.queue").target();
        int flagged = rowOf("Bo Bad");
        assertThat(GuiActionRunner.execute(() -> String.valueOf(queue.getValueAt(flagged, 1)))).isEqualTo("Bo Bad  ⚑ red flag");
        java.awt.Color background = GuiActionRunner.execute(() -> queue.prepareRenderer(
                queue.getCellRenderer(flagged, 1), flagged, 1).getBackground());
        assertThat(background).as("a red-flag visit stands out").isNotEqualTo(GuiActionRunner.execute(queue::getBackground));
        select("Bo Bad");
        assertThat(text(desk.label("desk.visitTitle").target())).endsWith("⚑ red flag");
        desk.textBox("desk.cardApproval").setText("123456");
        desk.textBox("desk.cardLastFour").setText("4242 4242 4242 4242");
        desk.button("desk.addCard").click();
        waitUntil("the card number is refused", WAIT, () -> text(desk.textBox("desk.problem").target())
                .startsWith("That looks like a full card number."));
        assertThat(desk.textBox("desk.cardLastFour").target().getText()).as("not kept on screen").isEmpty();
        screenshot(desk.target(), "desk-6-card-number-refused");

        desk.textBox("desk.cardAmount").setText("90.00");
        desk.textBox("desk.cardApproval").setText("123456");
        desk.textBox("desk.cardLastFour").setText("4242");
        desk.button("desk.addCard").click();
        waitUntil("a card above the amount due is refused", WAIT, () -> text(desk.textBox("desk.problem").target())
                .startsWith("The card amount 90.00 is more than what is still due, 85.00."));

        desk.textBox("desk.cash").setText("-5");
        waitUntil("a negative amount is refused", WAIT,
                () -> text(desk.textBox("desk.problem").target()).equals("An amount cannot be negative."));
        desk.textBox("desk.cash").setText("250000");
        waitUntil("an absurd amount is refused", WAIT,
                () -> text(desk.textBox("desk.problem").target()).startsWith("250000 is far more than any payment"));
        desk.button("desk.finishSale").requireDisabled();
        desk.textBox("desk.discount").setText("90");
        desk.textBox("desk.discountReason").setText("oops");
        desk.button("desk.applyDiscount").click();
        waitUntil("a discount above the services is refused", WAIT, () -> text(desk.textBox("desk.problem").target())
                .equals("A discount of 90.00 is more than the services come to (85.00)."));
        assertThat(desk.table("desk.queue").target().getValueAt(rowOf("Bo Bad"), 4)).isEqualTo("Waiting");
        assertThat(stores().sales().forDay(today())).as("no sale recorded").hasSize(salesBefore);
        assertThat(receiptFiles()).as("no receipt written").isEqualTo(receiptsBefore);
        assertThat(visitOf("Bo Bad").status()).isEqualTo(VisitStatus.CHECKED_IN);
    }

    @Test
    void voidOfTodaysCardSaleNeedsAManagerAndPrintsItsOwnReceipt() throws Exception {
        String sold = toVoid.receiptNumber().toString();
        DialogFixture refund = openRefund(String.valueOf(toVoid.receiptNumber().value())); // typed without its zeros
        waitUntil("the sale is found", WAIT, () -> text(refund.label("refund.sale").target()).contains("can still give back 85.00"));
        refund.radioButton("refund.void").click();
        refund.textBox("refund.reason").setText("charged the wrong client");
        screenshot(refund.target(), "desk-7-void");
        refund.button("refund.confirm").click();
        approveWithPin();
        waitUntil("the void is saved", WAIT, () -> text(refund.textBox("refund.result").target())
                .matches("Void receipt \\d{6} saved: 85\\.00 given back\\..*"));
        String receipt = text(refund.textBox("refund.result").target()).substring("Void receipt ".length(), "Void receipt ".length() + 6);
        refund.close();
        assertThat(receiptText(receipt)).contains("VOID of receipt " + sold, "Reason: charged the wrong client",
                "approved by Olivia Park", "VOIDED USD 85.00", "Card back", "Approval A1B2C3 · card ending 4242", "-85.00");
        Refund voided = refundRecorded(receipt);
        assertThat(voided.kind()).isEqualTo(Refund.Kind.VOID);
        assertThat(voided.saleReceipt()).isEqualTo(toVoid.receiptNumber());
        assertThat(voided.amount().plain()).isEqualTo("85.00");
        assertThat(endOfDay().isVoided(toVoid)).as("the void takes the sale out of the day").isTrue();
        assertThat(endOfDayPdf()).containsPattern(saleRow(receipt, "Void of " + sold, "Whole sale", "charged the wrong client", "Olivia Park", "Card 85.00"));
        assertThat(endOfDayPdf()).as("the sale is listed as voided").containsPattern(Pattern.quote(sold) + "\\s+Voided\\s");
    }

    @Test
    void partialRefundNeverAboveWhatWasPaid() throws Exception {
        String sold = toRefund.receiptNumber().toString();
        Money refundedBefore = endOfDay().refunded();
        DialogFixture refund = openRefund(sold);
        waitUntil("the sale is found", WAIT, () -> text(refund.label("refund.sale").target()).contains("can still give back 102.00"));
        refund.textBox("refund.amount").setText("500");
        refund.textBox("refund.reason").setText("session cut short");
        refund.button("refund.confirm").click();
        approveWithPin();
        waitUntil("a refund above what was paid is refused", WAIT, () -> text(refund.textBox("refund.problem").target())
                .equals("A refund can never be more than what was paid: 102.00 was paid on receipt " + sold + " and 0.00 "
                        + "already given back, so at most 102.00 can be refunded."));
        refund.textBox("refund.amount").setText("20.00");
        refund.comboBox("refund.to").selectItem("Cash");
        refund.button("refund.confirm").click();
        approveWithPin();
        waitUntil("the refund is saved", WAIT, () -> text(refund.textBox("refund.result").target())
                .matches("Refund receipt \\d{6} saved: 20\\.00 given back\\..*"));
        String receipt = text(refund.textBox("refund.result").target()).substring("Refund receipt ".length(), "Refund receipt ".length() + 6);
        screenshot(refund.target(), "desk-8-partial-refund");
        refund.close();
        assertThat(receiptText(receipt)).contains("REFUND of receipt " + sold, "Reason: session cut short",
                "REFUNDED USD 20.00", "Cash back -20.00");
        Refund given = refundRecorded(receipt);
        assertThat(given.kind()).isEqualTo(Refund.Kind.REFUND);
        assertThat(given.saleReceipt()).isEqualTo(toRefund.receiptNumber());
        assertThat(given.paidBack()).extracting(Tender::kind, t -> t.amount().plain())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TenderKind.CASH, "20.00"));
        assertThat(endOfDay().refunded()).as("the day's refunds rose by 20.00").isEqualTo(refundedBefore.plus(money("20.00")));
        assertThat(endOfDayPdf()).containsPattern(saleRow(receipt, "Refund of " + sold, "session cut short", "Olivia Park", "Cash 20.00"));
    }

    @Test
    void cashierChecksInAWalkInAndCancelsANoShow() throws Exception {
        int visitsBefore = endOfDay().visits();
        int rowsBefore = desk.table("desk.queue").target().getRowCount();
        desk.target().toFront();
        desk.button("desk.checkIn").click();
        DialogFixture checkIn = WindowFinder.findDialog("desk.checkInDialog").withTimeout(WAIT.toMillis()).using(robot);
        waitUntil("the services are listed", WAIT, () -> checkIn.button("checkIn.confirm").target().isEnabled());
        checkIn.button("checkIn.confirm").click();
        waitUntil("a missing name is refused", WAIT,
                () -> !text(checkIn.textBox("checkIn.problem").target()).isBlank());
        checkIn.textBox("checkIn.name").setText("Walt Walkin");
        checkIn.textBox("checkIn.phone").setText("555 777 1234");
        screenshot(checkIn.target(), "desk-9-check-in");
        checkIn.button("checkIn.confirm").click();
        JTable queue = desk.table("desk.queue").target();
        waitUntil("the walk-in is in the queue", WAIT, () -> queue.getRowCount() == rowsBefore + 1);
        assertThat(visitOf("Walt Walkin").status()).isEqualTo(VisitStatus.CHECKED_IN);
        assertThat(endOfDay().visits()).as("the walk-in counts as a visit").isEqualTo(visitsBefore + 1);

        select("Walt Walkin");
        desk.button("desk.cancelVisit").click();
        org.assertj.swing.fixture.JOptionPaneFixture pane = org.assertj.swing.finder.JOptionPaneFinder.findOptionPane()
                .withTimeout(WAIT.toMillis()).using(robot);
        pane.comboBox().selectItem("No-show");
        pane.okButton().click();
        waitUntil("the visit is cancelled", WAIT,
                () -> "Cancelled".equals(String.valueOf(queue.getValueAt(rowOf("Walt Walkin"), 4))));
        screenshot(desk.target(), "desk-10-cancelled");
        Visit noShow = visitOf("Walt Walkin");
        assertThat(noShow.status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(stores().visits().cancelReason(noShow.id())).hasValue("No-show");
        assertThat(endOfDay().visits()).as("a no-show is not a visit of the day").isEqualTo(visitsBefore);
        assertThat(endOfDayPdf()).containsPattern("Visits\\s+" + visitsBefore + "\\s+Sales");
    }

    @Test
    void cashDrawerOpensWithAFloatAndLogsEveryHandMovement() throws Exception {
        desk.target().toFront();
        desk.button("desk.drawer").click();
        DialogFixture drawer = WindowFinder.findDialog("desk.drawerDialog").withTimeout(WAIT.toMillis()).using(robot);
        waitUntil("the drawer is not open yet", WAIT,
                () -> text(drawer.label("drawer.status").target()).equals("The drawer is not opened today yet."));
        drawer.textBox("drawer.float").setText("100.00");
        drawer.button("drawer.open").click();
        waitUntil("the drawer is open", WAIT, () -> text(drawer.label("drawer.status").target()).endsWith("should hold 100.00"));
        drawer.textBox("drawer.amount").setText("500");
        drawer.textBox("drawer.reason").setText("rent");
        drawer.button("drawer.payOut").click();
        waitUntil("a pay-out above the cash is refused", WAIT, () -> text(drawer.textBox("drawer.problem").target())
                .equals("Only 100.00 should be in the drawer; a pay-out of 500.00 is more than that."));
        drawer.textBox("drawer.amount").setText("20");
        drawer.textBox("drawer.reason").setText("coins from the bank");
        drawer.button("drawer.payIn").click();
        waitUntil("the pay-in counts", WAIT, () -> text(drawer.label("drawer.status").target()).endsWith("should hold 120.00"));
        drawer.button("drawer.noSale").click();
        waitUntil("a no-sale needs a reason", WAIT, () -> text(drawer.textBox("drawer.problem").target())
                .equals("Say why the drawer is opened without a sale."));
        drawer.textBox("drawer.reason").setText("change for a 50");
        drawer.button("drawer.noSale").click();
        waitUntil("the no-sale is logged", WAIT, () -> text(drawer.textBox("drawer.problem").target()).isBlank());
        screenshot(drawer.target(), "desk-11-cash-drawer");
        drawer.close();
        CashDrawer recorded = stores().drawer().ofDay(today()).orElseThrow();
        assertThat(recorded.openingFloat().plain()).isEqualTo("100.00");
        assertThat(recorded.movements()).extracting(m -> m.kind() + " " + m.amount().plain() + " " + m.reason())
                .as("the refused pay-out left no trace").containsExactly("PAY_IN 20.00 coins from the bank", "NO_SALE 0.00 change for a 50");
        EndOfDay day = endOfDay();
        assertThat(day.drawer()).isEqualTo(recorded);
        assertThat(day.cashExpected().plain()).as("no sale since it opened: the float and the pay-in").isEqualTo("120.00");
        assertThat(endOfDayPdf()).containsSubsequence("Opening float 100.00", "Pay-ins 20.00", "Pay-outs 0.00",
                "Expected in drawer 120.00", "Opened without a sale 1 time");
    }

    @Test
    void packageAndGiftCardAreSoldAtTheCounter() throws Exception {
        desk.target().toFront();
        desk.button("desk.sellPrepaid").click();
        DialogFixture sell = WindowFinder.findDialog("desk.sellDialog").withTimeout(WAIT.toMillis()).using(robot);
        waitUntil("the services are listed", WAIT, () -> sell.button("sell.confirm").target().isEnabled());
        sell.radioButton("sell.package").click();
        sell.textBox("sell.code").setText("PK-3001");
        sell.comboBox("sell.service").selectItem("Deep tissue, 60 min — 85.00 each");
        sell.textBox("sell.visits").setText("3");
        sell.radioButton("sell.card").click();
        sell.textBox("sell.approval").setText("PK77");
        sell.textBox("sell.lastFour").setText("9999");
        sell.button("sell.confirm").click();
        waitUntil("the package is sold", WAIT, () -> text(sell.textBox("sell.result").target())
                .matches("Receipt \\d{6} saved: Package PK-3001: 3 x Deep tissue, 60 min, 255\\.00\\..*"));
        String packageReceipt = text(sell.textBox("sell.result").target()).substring("Receipt ".length(), "Receipt ".length() + 6);
        screenshot(sell.target(), "desk-12-sell-package");
        sell.radioButton("sell.giftCard").click();
        sell.textBox("sell.code").setText("GC-2002");
        sell.textBox("sell.value").setText("50");
        sell.radioButton("sell.cash").click();
        sell.button("sell.confirm").click();
        waitUntil("the gift card is sold", WAIT, () -> text(sell.textBox("sell.result").target())
                .matches("Receipt \\d{6} saved: Gift card GC-2002, 50\\.00\\..*"));
        String giftReceipt = text(sell.textBox("sell.result").target()).substring("Receipt ".length(), "Receipt ".length() + 6);
        sell.close();
        assertThat(receiptText(packageReceipt)).contains("Package PK-3001: 3 x Deep tissue,", "60 min", "255.00",
                "Tax 5% (included) 0.00", "Approval PK77 · card ending 9999");
        assertThat(receiptText(giftReceipt)).contains("Gift card GC-2002", "50.00", "Cash 50.00");
        assertThat(stores().packages().find(new PrepaidCode("PK-3001")).orElseThrow().visitsLeft()).isEqualTo(3);
        assertThat(stores().giftCards().balance(new PrepaidCode("GC-2002")))
                .hasValueSatisfying(b -> assertThat(b.plain()).isEqualTo("50.00"));
        assertThat(endOfDayPdf()).containsPattern(saleRow(packageReceipt, "Package PK-3001: 3 x Deep tissue, 60 min", "Card 255.00", "255.00"))
                .containsPattern(saleRow(giftReceipt, "Gift card GC-2002", "Cash 50.00", "50.00"));
    }

    private DialogFixture openRefund(String receipt) {
        desk.button("desk.refund").click();
        DialogFixture refund = WindowFinder.findDialog("desk.refundDialog").withTimeout(WAIT.toMillis()).using(robot);
        refund.textBox("refund.receipt").setText(receipt);
        refund.button("refund.lookUp").click();
        return refund;
    }

    private void approveWithPin() {
        DialogFixture approval = WindowFinder.findDialog("desk.approval").withTimeout(WAIT.toMillis()).using(robot);
        waitUntil("the approvers are listed", WAIT, () -> approval.button("approval.approve").target().isEnabled());
        approval.textBox("approval.pin").setText("4827");
        approval.button("approval.approve").click();
        waitUntil("the approval closes", WAIT, () -> !approval.target().isShowing());
    }

    private void select(String client) {
        running.select(client);
    }

    private int rowOf(String client) {
        return running.rowOf(client);
    }

    private void assignTherapist() {
        desk.comboBox("desk.therapist").selectItem(1); // Maya Chen, the first therapist by name
        desk.comboBox("desk.room").selectItem("Cedar room");
        desk.button("desk.assign").click();
        waitUntil("the therapist is assigned", WAIT,
                () -> String.valueOf(desk.table("desk.queue").target().getValueAt(rowOf(
                        text(desk.label("desk.visitTitle").target()).replaceFirst("No\\. \\d+ · ", "")), 6)).equals("Maya Chen"));
    }

    /** Finishes the sale with F8 and returns its receipt number once it is saved. */
    @Test
    void aManualItemIsSoldWithTheVisitAndOneAddedByMistakeComesOff() throws Exception {
        desk.target().toFront();
        select("Ivy Item");
        desk.textBox("desk.itemName").setText("Massage oil");
        desk.textBox("desk.itemPrice").setText("-3");
        desk.button("desk.addItem").click();
        waitUntil("a negative price is refused", WAIT,
                () -> text(desk.textBox("desk.problem").target()).equals("An amount cannot be negative."));
        desk.textBox("desk.itemPrice").setText("12.50");
        desk.button("desk.addItem").click();
        desk.textBox("desk.itemName").setText("Gift wrap");
        desk.textBox("desk.itemPrice").setText("3");
        desk.button("desk.addItem").click();
        desk.label("desk.total").requireText("Total USD 100.50");
        desk.list("desk.items").selectItem(1);
        desk.button("desk.removeItem").click();
        desk.label("desk.total").requireText("Total USD 97.50");
        assertThat(desk.list("desk.items").contents()).containsExactly("Massage oil  12.50");
        screenshot(desk.target(), "desk-13-manual-item");
        desk.button("desk.exact").click();
        String receipt = finishSale();
        assertThat(receiptText(receipt)).contains("Massage oil", "12.50", "97.50").doesNotContain("Gift wrap");
        assertThat(recorded(receipt).lines()).extracting(SaleLine::description, l -> l.amount().plain())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Deep tissue, 60 min", "85.00"),
                        org.assertj.core.groups.Tuple.tuple("Massage oil", "12.50"));
    }

    private String finishSale() {
        JLabel result = desk.label("desk.result").target();
        String before = text(result);
        desk.button("desk.finishSale").requireEnabled();
        robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_F8);
        waitUntil("the sale is saved", WAIT, () -> !text(result).equals(before) && text(result).startsWith("Receipt "));
        waitUntil("the desk says what happened to the receipt", WAIT,
                () -> text(desk.textBox("desk.printStatus").target()).contains("PDF is saved"));
        return text(result).substring("Receipt ".length(), "Receipt ".length() + 6);
    }

    /** The running Knead's own stores: what the windows recorded, read back while Knead holds the folder. */
    private Stores stores() {
        return running.stores();
    }

    private LocalDate today() {
        return stores().clinic().businessDay(Instant.now());
    }

    private Money money(String amount) {
        return stores().clinic().money(amount);
    }

    private Sale recorded(String receipt) {
        return stores().sales().find(ReceiptNumber.parse(receipt)).orElseThrow(() -> new AssertionError(receipt + " is not recorded"));
    }

    private Refund refundRecorded(String receipt) {
        return stores().refunds().forDay(today()).stream().filter(r -> r.receiptNumber().toString().equals(receipt))
                .findFirst().orElseThrow(() -> new AssertionError("refund " + receipt + " is not recorded"));
    }

    private Visit visitOf(String client) {
        return stores().visits().forDay(today()).stream().filter(v -> v.clientName().equals(client))
                .findFirst().orElseThrow(() -> new AssertionError(client + " has no visit today"));
    }

    private long receiptFiles() throws IOException {
        Path folder = data.resolve("receipts");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    /** Today's end-of-day figures, as the office and {@code knead report eod} work them out. */
    private EndOfDay endOfDay() {
        return new EndOfDayFigures(stores()).of(today());
    }

    private static final AtomicInteger END_OF_DAY_PDFS = new AtomicInteger();

    /** Today's end-of-day report written as PDF now and read back as text. */
    private String endOfDayPdf() throws Exception {
        Path pdf = data.resolve("eod-readback-" + END_OF_DAY_PDFS.incrementAndGet() + ".pdf");
        new EndOfDayReport(new ReportTemplates()).writePdf(endOfDay(), pdf);
        return ThinSaleEndToEndTest.pdfText(pdf).replaceAll("[ \\t\\u00A0]+", " ");
    }

    /**
     * A row of the end-of-day PDF's sales (or voids and refunds) table: the receipt, its time, then
     * the given cells in order. A cell's words may wrap onto the next line, and up to two lines
     * not given (a refund's "what", its reason) may come between cells.
     */
    private static Pattern saleRow(String receipt, String... cells) {
        return Pattern.compile(Pattern.quote(receipt) + "(?:\\s+Voided)?\\s+\\d\\d:\\d\\d\\s+"
                + Arrays.stream(cells).map(DeskCheckoutGuiTest::wrapping).collect(Collectors.joining("\\s+(?:.*\\s+){0,2}?")));
    }

    private static String wrapping(String cell) {
        return Arrays.stream(cell.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }

    private String receiptText(String number) throws Exception {
        Path pdf = data.resolve("receipts/receipt-" + number + ".pdf");
        return ThinSaleEndToEndTest.pdfText(pdf).replaceAll("[ \\t\\u00A0]+", " ");
    }
}
