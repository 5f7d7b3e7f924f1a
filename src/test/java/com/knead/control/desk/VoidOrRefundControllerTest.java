package com.knead.control.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.control.Tasks;
import com.knead.domain.Permission;
import com.knead.domain.StaffMember;
import com.knead.domain.Approval;
import com.knead.domain.Ids;
import com.knead.domain.Sale;
import com.knead.domain.TenderKind;
import com.knead.usecase.VoidOrRefund;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Voids and refunds driven through their controller without a window, on a real database. */
class VoidOrRefundControllerTest {

    @TempDir
    Path data;
    TestDesk desk;
    Sale sale;
    final List<VoidOrRefundController.State> shown = new ArrayList<>();
    final List<VoidOrRefundController.ApprovalRequest> asked = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = new TestDesk(data);
        sale = desk.cardSale();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** Who is signed in at the desk: the cashier Riley unless a test signs someone else in. */
    private StaffMember signedIn;

    private VoidOrRefundController controller(Tasks tasks) {
        VoidOrRefundController controller = new VoidOrRefundController(new VoidOrRefund(desk.stores, desk.receipts()),
                () -> signedIn == null ? desk.riley() : signedIn, tasks, new VoidOrRefundController.View() {
                    @Override
                    public void show(VoidOrRefundController.State state) {
                        shown.add(state);
                    }

                    @Override
                    public void askApproval(VoidOrRefundController.ApprovalRequest request) {
                        asked.add(request);
                    }
                });
        controller.open();
        return controller;
    }

    private VoidOrRefundController controller() {
        return controller(new ImmediateTasks());
    }

    private VoidOrRefundController.State last() {
        return shown.get(shown.size() - 1);
    }

    private static VoidOrRefundController.Request refund(String amount, TenderKind to, String reason) {
        return new VoidOrRefundController.Request(false, 0, amount, to, reason);
    }

    private static VoidOrRefundController.Request wholeVoid(String reason) {
        return new VoidOrRefundController.Request(true, 0, "", null, reason);
    }

    @Test
    void aVoidGivesEverythingBackToTheCardOnceAManagerApproves() {
        VoidOrRefundController refunds = controller();
        refunds.lookUp("1");
        assertThat(last().sale()).containsExactly("000001 · " + desk.today() + " · Ada Lovelace",
                "paid 85.00, can still give back 85.00");
        assertThat(last().backTo()).containsExactly(TenderKind.CASH, TenderKind.CARD);
        assertThat(last().amount()).isEqualTo("85.00");
        refunds.chooseVoid(true);
        assertThat(last().partial()).isFalse();

        refunds.confirm(wholeVoid("charged the wrong client"));
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).why()).isEqualTo("Voiding receipt 000001 needs a manager's or the owner's PIN.");
        assertThat(desk.refundsToday()).isZero();
        refunds.approved(desk.owner(Permission.VOID));

        assertThat(last().result()).startsWith("Void receipt 000002 saved: 85.00 given back.");
        assertThat(last().canConfirm()).isFalse();
        assertThat(desk.refundsToday()).isEqualTo(1);
        assertThat(desk.stores.refunds().forDay(desk.today()).get(0).paidBack().get(0).kind()).isEqualTo(TenderKind.CARD);
    }

    @Test
    void aPartialRefundInCashLeavesTheRestRefundable() {
        VoidOrRefundController refunds = controller();
        refunds.lookUp("000001");
        refunds.chooseLine(1);
        assertThat(last().amount()).isEqualTo("85.00");

        refunds.confirm(refund("20.00", TenderKind.CASH, "session cut short"));
        refunds.approved(desk.owner(Permission.REFUND));

        assertThat(last().result()).startsWith("Refund receipt 000002 saved: 20.00 given back.");
        refunds.lookUp("1");
        assertThat(last().sale()).contains("paid 85.00, can still give back 65.00");
    }

    @Test
    void aRefundAboveWhatWasPaidIsRefusedAndNothingIsRecorded() {
        VoidOrRefundController refunds = controller();
        refunds.lookUp("1");

        refunds.confirm(refund("500", TenderKind.CASH, "session cut short"));
        refunds.approved(desk.owner(Permission.REFUND));

        assertThat(last().problem()).isEqualTo("A refund can never be more than what was paid: 85.00 was paid on "
                + "receipt 000001 and 0.00 already given back, so at most 85.00 can be refunded.");
        assertThat(last().result()).isEmpty();
        assertThat(desk.refundsToday()).isZero();
    }

    @Test
    void aMissingReasonIsAskedForBeforeAnyPin() {
        VoidOrRefundController refunds = controller();
        refunds.lookUp("1");

        refunds.confirm(refund("10", TenderKind.CASH, " "));

        assertThat(last().problem()).startsWith("Say why the money is given back");
        assertThat(asked).isEmpty();
    }

    @Test
    void theOwnerSignedInVoidsWithoutBeingAskedForHerPinAgain() {
        signedIn = desk.staff(com.knead.store.DemoSeed.DEMO_OWNER);
        VoidOrRefundController refunds = controller();
        refunds.lookUp("1");
        refunds.chooseVoid(true);
        refunds.confirm(wholeVoid("charged the wrong client"));
        assertThat(asked).isEmpty();
        assertThat(last().result()).startsWith("Void receipt 000002 saved: 85.00 given back.");
        assertThat(desk.stores.refunds().forDay(desk.today())).singleElement()
                .satisfies(v -> assertThat(v.approval().staffName()).isEqualTo("Olivia Park"));
    }

    @Test
    void theSameRefundKeySubmittedTwiceRecordsOneRefundAndReturnsTheFirst() {
        VoidOrRefund voidOrRefund = new VoidOrRefund(desk.stores, desk.receipts());
        UUID key = Ids.next();
        Approval owner = desk.owner(Permission.REFUND);

        var first = voidOrRefund.refund(key, sale.receiptNumber(), desk.money("20.00"), TenderKind.CASH, "",
                "session cut short", desk.riley(), owner);
        var second = voidOrRefund.refund(key, sale.receiptNumber(), desk.money("20.00"), TenderKind.CASH, "",
                "session cut short", desk.riley(), owner);

        assertThat(second.receipt()).isEqualTo(first.receipt());
        assertThat(second.record().id()).isEqualTo(key).isEqualTo(first.record().id());
        assertThat(desk.refundsToday()).isEqualTo(1);
        assertThat(desk.stores.refunds().refundedOn(sale.receiptNumber())).isEqualTo(desk.money("20.00"));
    }

    @Test
    void theSameVoidKeySubmittedTwiceRecordsOneVoidAndReturnsTheFirst() {
        VoidOrRefund voidOrRefund = new VoidOrRefund(desk.stores, desk.receipts());
        UUID key = Ids.next();
        Approval owner = desk.owner(Permission.VOID);

        var first = voidOrRefund.voidSale(key, sale.receiptNumber(), "charged the wrong client", desk.riley(), owner);
        var second = voidOrRefund.voidSale(key, sale.receiptNumber(), "charged the wrong client", desk.riley(), owner);

        assertThat(second.receipt()).isEqualTo(first.receipt());
        assertThat(desk.refundsToday()).isEqualTo(1);
    }

    @Test
    void anApprovalGivenTwiceWhileTheFirstIsStillBeingSavedRecordsOnce() {
        List<Runnable> queued = new ArrayList<>();
        Tasks later = new Tasks() {
            @Override
            public <T> void read(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed) {
                new ImmediateTasks().read(work, onDone, onProblem, whatFailed);
            }

            @Override
            public <T> void write(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed) {
                queued.add(() -> new ImmediateTasks().write(work, onDone, onProblem, whatFailed));
            }
        };
        VoidOrRefundController refunds = controller(later);
        refunds.lookUp("1");
        refunds.confirm(refund("20.00", TenderKind.CASH, "session cut short"));
        Approval owner = desk.owner(Permission.REFUND);

        refunds.approved(owner);
        refunds.approved(owner);
        queued.forEach(Runnable::run);

        assertThat(desk.refundsToday()).isEqualTo(1);
        assertThat(last().result()).startsWith("Refund receipt 000002 saved: 20.00 given back.");
    }

    @Test
    void aPrinterSettingThatCannotBeReadIsToldAsSuchAndTheRefundStaysSaved() throws Exception {
        VoidOrRefundController refunds = controller();
        refunds.lookUp("1");
        refunds.confirm(refund("20.00", TenderKind.CASH, "session cut short"));
        desk.settingsUnreadable();

        refunds.approved(desk.owner(Permission.REFUND));

        assertThat(last().result()).startsWith("Refund receipt 000002 saved: 20.00 given back.")
                .contains("It is saved, but receipt 000002 could not be made. Reprint it later");
        assertThat(last().problem()).isEmpty();
        assertThat(desk.refundsToday()).isEqualTo(1);
    }

    @Test
    void aBrokenReceiptTemplateIsToldAsSuchAndTheVoidStaysSaved() throws Exception {
        desk.brokenTemplate();
        VoidOrRefundController refunds = controller();
        refunds.lookUp("1");
        refunds.confirm(wholeVoid("charged the wrong client"));

        refunds.approved(desk.owner(Permission.VOID));

        assertThat(last().result()).startsWith("Void receipt 000002 saved: 85.00 given back.")
                .contains("It is saved, but receipt 000002 could not be made.");
        assertThat(last().problem()).isEmpty();
        assertThat(desk.refundsToday()).isEqualTo(1);
    }

    @Test
    void aPrintQueueThatRejectsTheJobIsToldAsSuchAndTheRefundStaysSaved() throws Exception {
        desk.rejectingPrinter();
        VoidOrRefundController refunds = controller();
        refunds.lookUp("1");
        refunds.confirm(refund("20.00", TenderKind.CASH, "session cut short"));

        refunds.approved(desk.owner(Permission.REFUND));

        assertThat(last().result()).startsWith("Refund receipt 000002 saved: 20.00 given back.")
                .contains("The printer \"" + TestDesk.REJECTING + "\" did not take the receipt.")
                .contains("It is saved and its PDF is kept; reprint receipt 000002 any time.");
        assertThat(last().problem()).isEmpty();
        assertThat(desk.refundsToday()).isEqualTo(1);
    }
}
