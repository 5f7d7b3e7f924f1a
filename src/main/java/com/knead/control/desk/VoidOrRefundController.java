package com.knead.control.desk;

import com.knead.control.Tasks;
import com.knead.domain.Approval;
import com.knead.domain.Ids;
import com.knead.domain.Money;
import com.knead.domain.Permission;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refund;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.domain.TenderKind;
import com.knead.domain.TypedAmount;
import com.knead.usecase.Saved;
import com.knead.usecase.VoidOrRefund;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Voids a sale or refunds part of it: look the receipt up, choose, give a reason, and a manager or
 * the owner approves with their PIN (unless the person signed in may do it themselves). The draft's
 * key is born when the dialog opens and kept until the money is given back, so submitting it again
 * records nothing new and shows the first receipt.
 */
public final class VoidOrRefundController {

    /** The first choice of "what": everything that can still be given back. */
    public static final String WHOLE = "Everything still refundable";

    /** Where the state goes, and who asks for the approving PIN. */
    public interface View {
        void show(State state);

        /** Asks for a PIN; the view calls {@link #approved} with the approval once one matched. */
        void askApproval(ApprovalRequest request);
    }

    /** What to ask an approver: someone with {@code right}. */
    public record ApprovalRequest(Permission right, String what, String why) {
    }

    /**
     * What the dialog shows.
     *
     * @param sale    the sale found, in two plain lines; empty when none is found
     * @param lines   the choices of what to refund: {@link #WHOLE}, then each line with its share
     * @param amount  the amount to offer in the box; null leaves the box as typed
     */
    public record State(List<String> sale, List<String> lines, List<TenderKind> backTo, String amount,
                        boolean partial, boolean canConfirm, String problem, String result) {
        public State {
            sale = List.copyOf(sale);
            lines = List.copyOf(lines);
            backTo = List.copyOf(backTo);
        }
    }

    /**
     * What the cashier asks for.
     *
     * @param line 0 for everything still refundable, else the sale's line number from 1
     */
    public record Request(boolean wholeVoid, int line, String amount, TenderKind to, String reason) {
    }

    private final VoidOrRefund voidOrRefund;
    private final Supplier<StaffMember> cashier;
    private final Tasks tasks;
    private final View view;
    private UUID key = Ids.next();
    private VoidOrRefund.Found found;
    private boolean wholeVoid;
    private boolean busy;
    private Request pending;
    private String problem = "";
    private String result = "";

    /** @param cashier who is signed in at the desk (null when nobody is); the void or refund is theirs */
    public VoidOrRefundController(VoidOrRefund voidOrRefund, Supplier<StaffMember> cashier, Tasks tasks, View view) {
        this.voidOrRefund = voidOrRefund;
        this.cashier = cashier;
        this.tasks = tasks;
        this.view = view;
    }

    public void open() {
        publish(null);
    }

    /** Looks up the sale on the typed receipt number. */
    public void lookUp(String typed) {
        problem = "";
        tasks.read(() -> voidOrRefund.lookUp(ReceiptNumber.parse(typed)), loaded -> {
            found = loaded;
            publish(loaded.refundable().plain());
        }, sentence -> {
            found = null;
            problem = sentence;
            publish(null);
        }, "The receipt could not be looked up");
    }

    /** A void of the whole sale, or a refund of part of it. */
    public void chooseVoid(boolean whole) {
        wholeVoid = whole;
        publish(null);
    }

    /** Offers the chosen line's share (never more than can still be given back) as the amount. */
    public void chooseLine(int line) {
        if (found == null || line < 0) {
            return;
        }
        Money share = line == 0 ? found.refundable() : found.lineShares().get(line - 1);
        publish((share.compareTo(found.refundable()) > 0 ? found.refundable() : share).plain());
    }

    /** Checks what was typed, then asks a manager or the owner to approve. */
    public void confirm(Request request) {
        if (found == null || busy) {
            return;
        }
        try {
            if (!request.wholeVoid()) {
                TypedAmount.parse(request.amount(), voidOrRefund.clinic().currency());
            }
            if (request.reason().isBlank()) {
                throw new Refused("Say why the money is given back, for example \"client felt unwell\".");
            }
        } catch (Refused refused) {
            problem = refused.getMessage();
            publish(null);
            return;
        }
        problem = "";
        pending = request;
        publish(null);
        ReceiptNumber original = found.sale().receiptNumber();
        Permission right = request.wholeVoid() ? Permission.VOID : Permission.REFUND;
        StaffMember by = cashier.get();
        if (by != null && RoleRights.may(by.role(), right)) {
            // The person signed in may do it: their own sign-in is the approval.
            approved(null);
            return;
        }
        view.askApproval(new ApprovalRequest(right, request.wholeVoid() ? "a void" : "a refund",
                (request.wholeVoid() ? "Voiding" : "Refunding") + " receipt " + original
                        + " needs a manager's or the owner's PIN."));
    }

    /**
     * The approver's PIN matched (null: the person signed in may do it themselves): the money is given
     * back, once for this draft's key.
     */
    public void approved(Approval approval) {
        if (found == null || pending == null || busy) {
            return;
        }
        Request request = pending;
        ReceiptNumber original = found.sale().receiptNumber();
        String what = request.line() <= 0 ? "" : found.sale().lines().get(request.line() - 1).description();
        UUID draftKey = key;
        StaffMember by = cashier.get();
        busy = true;
        publish(null);
        tasks.write(() -> request.wholeVoid()
                ? voidOrRefund.voidSale(draftKey, original, request.reason(), by, approval)
                : voidOrRefund.refund(draftKey, original, TypedAmount.parse(request.amount(),
                        voidOrRefund.clinic().currency()), request.to(), what, request.reason(), by, approval), saved -> {
                            busy = false;
                            pending = null;
                            found = null;
                            key = Ids.next();
                            result = said(saved);
                            publish(null);
                        }, sentence -> {
                            busy = false;
                            problem = sentence;
                            publish(null);
                        }, "The money could not be given back");
    }

    private static String said(Saved<Refund> saved) {
        Refund refund = saved.record();
        String afterwards = saved.problems().isEmpty() ? (saved.printed() ? "Printed." : "")
                : String.join(" ", saved.problems());
        return refund.kind().label() + " receipt " + saved.receipt() + " saved: " + refund.amount().plain()
                + " given back." + (afterwards.isEmpty() ? "" : " " + afterwards);
    }

    private void publish(String amount) {
        List<String> sale = List.of();
        List<String> lines = List.of();
        List<TenderKind> backTo = List.of();
        if (found != null) {
            var s = found.sale();
            sale = List.of(s.receiptNumber() + " · " + s.businessDay() + " · " + s.clientName(),
                    "paid " + found.paid().plain() + ", can still give back " + found.refundable().plain());
            List<String> choices = new ArrayList<>();
            choices.add(WHOLE);
            for (int i = 0; i < s.lines().size(); i++) {
                choices.add(s.lines().get(i).description() + " — " + found.lineShares().get(i).plain());
            }
            lines = choices;
            backTo = found.backTo();
        }
        boolean open = found != null && !busy;
        view.show(new State(sale, lines, backTo, amount, open && !wholeVoid, open, problem, result));
    }
}
