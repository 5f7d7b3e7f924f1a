package com.knead.control.desk;

import com.knead.control.Tasks;
import com.knead.domain.Approval;
import com.knead.domain.CardReference;
import com.knead.domain.Clinic;
import com.knead.domain.Discount;
import com.knead.domain.Money;
import com.knead.domain.Permission;
import com.knead.domain.PrepaidCode;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.Rota;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.SaleTotals;
import com.knead.domain.Settlement;
import com.knead.domain.StaffMember;
import com.knead.domain.TenderRules;
import com.knead.domain.TypedAmount;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import com.knead.usecase.DeskVisits;
import com.knead.usecase.FinishSale;
import com.knead.usecase.PrepaidBalances;
import com.knead.usecase.Saved;
import com.knead.usecase.TodaysQueue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The desk's checkout of the chosen visit: who looks after it and where, its session, and its sale
 * (items, discount, tip, payments in any mix) up to "Finish sale". It owns the visit and the
 * {@link SaleDraft}, the one copy of the sale being put together; every intent changes the draft
 * through the domain's rules, or gets their sentence back, and publishes a new {@link CheckoutState}.
 * Work on the database, files and printer goes through the injected {@link Tasks}. Call it on the
 * screen's thread only.
 */
public final class CheckoutController {

    /** What the checkout shows itself on. */
    public interface View {
        void show(CheckoutState state);

        /** Empties the boxes of what the checkout just took (or must not keep on screen). */
        void clear(Form form);

        /** Puts {@code amount} in the cash received box (Exact, F4). */
        void fillCash(String amount);

        /** Asks for a manager's or the owner's PIN for the discount; an approval comes back to {@link #discountApproved}. */
        void askOwnerApproval(String why);
    }

    /** The groups of boxes a view empties when told to. */
    public enum Form { CARD, CARD_NUMBER, GIFT_CARD, PACKAGE, ITEM }

    /** How long a hand-typed item's description may be. */
    public static final int MAX_DESCRIPTION = 80;

    private final Clinic clinic;
    private final FinishSale finishing;
    private final DeskVisits visits;
    private final TodaysQueue today;
    private final PrepaidBalances prepaid;
    private final Supplier<StaffMember> cashier;
    private final Tasks tasks;
    private final Runnable visitsChanged;
    private final CheckoutWords words;
    private View view;

    private Visit visit;
    private SaleDraft draft;
    private int saleNumber;
    private String cashError;
    private boolean saving;
    private boolean readingAddOns;
    private int lookups;
    private String notice;
    private String result = " ";
    private String printStatus = " ";
    private Optional<Path> receiptPdf = Optional.empty();
    private List<StaffMember> therapists = List.of();
    private Set<UUID> notIn = Set.of();
    private List<String> rooms = List.of();

    /**
     * @param cashier       who is signed in at the desk (null when nobody is); the sale is recorded as theirs
     * @param visitsChanged told when the checkout changed a visit, so the queue reads it back
     */
    public CheckoutController(Clinic clinic, FinishSale finishing, DeskVisits visits, TodaysQueue today,
                              PrepaidBalances prepaid, Supplier<StaffMember> cashier, Tasks tasks,
                              Runnable visitsChanged) {
        this.clinic = clinic;
        this.finishing = finishing;
        this.visits = visits;
        this.today = today;
        this.prepaid = prepaid;
        this.cashier = cashier;
        this.tasks = tasks;
        this.visitsChanged = visitsChanged;
        this.words = new CheckoutWords(clinic);
    }

    /** Shows on {@code shownOn} from now on, and reads who is in today. */
    public void attach(View shownOn) {
        this.view = shownOn;
        publish();
        therapistsChanged();
    }

    /** Shows a visit; the same visit again (after the queue was read again) keeps what was typed for it. */
    public void chooseVisit(Optional<Visit> chosen) {
        UUID before = visit == null ? null : visit.id();
        visit = chosen.orElse(null);
        if (visit == null) {
            startDraft(null);
        } else if (!visit.id().equals(before)) {
            // What was said about the last sale belongs to that visit; F9 still reprints it.
            result = " ";
            printStatus = " ";
            receiptPdf = Optional.empty();
            startDraft(SaleDraft.forVisit(clinic, visit));
            readToPay(visit, draft);
            readRooms();
        } else if (draft != null) {
            draft.therapist(visit.therapistId(), visit.therapistName());
        }
        publish();
    }

    private void startDraft(SaleDraft fresh) {
        draft = fresh;
        saleNumber++;
        cashError = null;
        notice = null;
        lookups = 0;
    }

    /**
     * Adds the add-ons the visitor chose at the kiosk (at the prices shown there) and taxes the sale as the clinic
     * stood when the visit checked in; the sale waits for them.
     */
    private void readToPay(Visit chosen, SaleDraft forVisit) {
        readingAddOns = true;
        tasks.read(() -> visits.toPay(chosen), toPay -> {
            readingAddOns = false;
            if (draft == forVisit) {
                forVisit.taxedAt(toPay.tax());
                toPay.addOns().forEach(forVisit::addLine);
            }
            publish();
        }, sentence -> {
            readingAddOns = false;
            say(sentence);
        }, "The add-ons chosen at the kiosk could not be read");
    }

    /** The rooms in use, read again as each visit is chosen (the office may have added one). */
    private void readRooms() {
        tasks.read(visits::rooms, read -> {
            rooms = read;
            publish();
        }, this::say, "The rooms could not be read");
    }

    /** The rota changed (or the desk opened): offer who is in first, then the others, marked not in. */
    public void therapistsChanged() {
        tasks.read(today::therapists, (Rota rota) -> {
            List<StaffMember> listed = new ArrayList<>(rota.onShift());
            Set<UUID> out = new HashSet<>();
            for (StaffMember member : rota.therapists()) {
                if (!rota.isIn(member)) {
                    listed.add(member);
                    out.add(member.id());
                }
            }
            therapists = listed;
            notIn = out;
            publish();
        }, this::say, "The therapists could not be read");
    }

    // ---- payments ---------------------------------------------------------------------------

    /** The cash received box, as typed so far. */
    public void cashTyped(String typed) {
        if (draft == null) {
            return;
        }
        notice = null;
        cashError = null;
        Money cash = null;
        if (typed != null && !typed.isBlank()) {
            try {
                cash = TypedAmount.parse(typed, clinic.currency());
                if (!cash.isPositive()) {
                    cashError = "Type the cash received; it must be more than zero.";
                    cash = null;
                }
            } catch (Refused refused) {
                cashError = refused.getMessage();
            }
        }
        draft.cashHandedOver(cash);
        publish();
    }

    /** Cash for exactly what is still due (F4). */
    public void cashExact() {
        if (editable()) {
            view.fillCash(draft.dueBeforeCash().plain());
        }
    }

    /** A card payment from the external terminal; an empty amount charges what is still due. */
    public void addCard(String amount, String approval, String lastFour) {
        if (!editable()) {
            return;
        }
        change(() -> {
            try {
                CardReference reference = new CardReference(approval, lastFour);
                Money typed = blank(amount) ? null : TypedAmount.parse(amount, clinic.currency());
                draft.addTender(TenderRules.card(typed, reference, draft.dueBeforeCash()));
                view.clear(Form.CARD);
            } catch (Refused refused) {
                // A full card number typed by mistake is not kept on screen either.
                if (CardReference.looksLikeCardNumber(lastFour) || CardReference.looksLikeCardNumber(approval)) {
                    view.clear(Form.CARD_NUMBER);
                }
                throw refused;
            }
        });
    }

    /** A gift card payment: the amount typed, or what is due up to the card's balance. */
    public void addGiftCard(String number, String amount) {
        if (!editable() || lookups > 0) {
            return;
        }
        PrepaidCode code;
        Money typed;
        try {
            code = new PrepaidCode(number);
            typed = blank(amount) ? null : TypedAmount.parse(amount, clinic.currency());
        } catch (Refused refused) {
            say(refused.getMessage());
            return;
        }
        lookUp(() -> prepaid.giftCard(code), balance -> {
            draft.addTender(TenderRules.giftCard(code, typed, balance, draft.dueBeforeCash()));
            view.clear(Form.GIFT_CARD);
            return null;
        });
    }

    /** One visit of a package pays for the sale's session of the package's service. */
    public void usePackage(String number) {
        if (!editable() || lookups > 0) {
            return;
        }
        PrepaidCode code;
        try {
            code = new PrepaidCode(number);
        } catch (Refused refused) {
            say(refused.getMessage());
            return;
        }
        lookUp(() -> prepaid.servicePackage(code), pack -> {
            draft.addTender(TenderRules.packageVisit(pack, draft.lines(), draft.dueBeforeCash()));
            view.clear(Form.PACKAGE);
            return "Package " + code + ": " + pack.describe() + " before this visit.";
        });
    }

    /** Looks a gift card or package up, then takes it through {@code take}, which may have something to say. */
    private <T> void lookUp(Supplier<T> work, java.util.function.Function<T, String> take) {
        SaleDraft forDraft = draft;
        lookups++;
        notice = null;
        publish();
        tasks.read(work, found -> {
            lookups = Math.max(0, lookups - 1);
            if (draft != forDraft || !editable()) {
                publish();
                return;
            }
            try {
                notice = take.apply(found);
                publish();
            } catch (Refused refused) {
                say(refused.getMessage());
            }
        }, sentence -> {
            lookups = Math.max(0, lookups - 1);
            say(sentence);
        }, "The card could not be looked up");
    }

    /** Takes off the {@code index}th payment listed, or the last one when none is chosen ({@code -1}). */
    public void removePayment(int index) {
        if (!editable() || draft.payments().isEmpty()) {
            return;
        }
        int row = index < 0 ? draft.payments().size() - 1 : index;
        change(() -> draft.removePayment(row));
    }

    // ---- discount and tip -------------------------------------------------------------------

    /** A discount of an amount ("5.00") or a percentage ("10%"), with why; a large one asks for the owner. */
    public void applyDiscount(String typed, String reason) {
        if (!editable()) {
            return;
        }
        if (!change(() -> draft.discount(Discount.parse(typed, reason, clinic.currency())))
                || !draft.discountNeedsApproval()) {
            return;
        }
        StaffMember by = cashier.get();
        if (by != null && RoleRights.may(by.role(), Permission.LARGE_DISCOUNT)) {
            // Someone who may give a large discount is signed in: their sign-in is the approval.
            discountApproved(new Approval(by.id(), by.name()));
        } else {
            view.askOwnerApproval("A discount of more than " + Discount.OWNER_APPROVAL_ABOVE_PERCENT.toPlainString()
                    + "% needs a manager's or the owner's PIN.");
        }
    }

    public void removeDiscount() {
        if (editable()) {
            change(draft::clearDiscount);
        }
    }

    /** The owner approved the discount now on the sale. */
    public void discountApproved(Approval approval) {
        if (draft != null && draft.discount() != null) {
            draft.approveDiscount(approval);
            publish();
        }
    }

    public void tipPercent(int percent) {
        if (editable()) {
            change(() -> draft.tipPercent(percent));
        }
    }

    /** A tip of the amount typed; an empty box takes the tip off. */
    public void tip(String typed) {
        if (!editable()) {
            return;
        }
        change(() -> {
            if (blank(typed)) {
                draft.clearTip();
            } else {
                draft.tip(TypedAmount.parse(typed, clinic.currency()));
            }
        });
    }

    public void noTip() {
        if (editable()) {
            change(draft::clearTip);
        }
    }

    // ---- items ------------------------------------------------------------------------------

    /** An item added by hand: what it is and its price. */
    public void addItem(String description, String price) {
        if (!editable()) {
            return;
        }
        String text = description == null ? "" : description.strip();
        change(() -> {
            if (text.isEmpty()) {
                throw new Refused("Type what the item is, like \"Massage oil\".");
            }
            if (text.codePointCount(0, text.length()) > MAX_DESCRIPTION) {
                throw new Refused("That description is too long; " + MAX_DESCRIPTION + " letters at most.");
            }
            Money amount = TypedAmount.parse(price, clinic.currency());
            if (!amount.isPositive()) {
                throw new Refused("An item needs a price above zero.");
            }
            draft.addLine(new SaleLine(text, null, 0, amount, 1));
            view.clear(Form.ITEM);
        });
    }

    /** Takes off the {@code index}th of the items listed (the visit's own service is not listed). */
    public void removeItem(int index) {
        if (!editable() || index < 0) {
            return;
        }
        int offset = draft.visitId() == null ? 0 : 1;
        change(() -> draft.removeLine(index + offset));
    }

    // ---- the visit --------------------------------------------------------------------------

    /** Puts the visit in the hands of {@code therapistIdOrNull}, in {@code room}. */
    public void assign(UUID therapistIdOrNull, String room) {
        if (!editable()) {
            return;
        }
        UUID id = visit.id();
        visitWork(() -> visits.assign(id, therapistIdOrNull, room), "The visit could not be updated");
    }

    public void startSession() {
        move(VisitStatus.IN_SESSION);
    }

    public void finishSession() {
        move(VisitStatus.DONE);
    }

    private void move(VisitStatus target) {
        if (visit == null || saving || !visit.status().canMoveTo(target)) {
            return;
        }
        UUID id = visit.id();
        visitWork(() -> visits.move(id, target), "The visit could not be updated");
    }

    /** Cancels the visit with the reason chosen (a no-show, what the client said). */
    public void cancel(String reason) {
        if (visit == null || saving || blank(reason) || !visit.status().canMoveTo(VisitStatus.CANCELLED)) {
            return;
        }
        UUID id = visit.id();
        visitWork(() -> visits.cancel(id, reason), "The visit could not be cancelled");
    }

    private void visitWork(Supplier<Visit> work, String whatFailed) {
        tasks.write(work, changed -> {
            if (visit != null && visit.id().equals(changed.id())) {
                chooseVisit(Optional.of(changed));
            }
            visitsChanged.run();
        }, this::say, whatFailed);
    }

    // ---- finishing --------------------------------------------------------------------------

    /**
     * Records the sale (F8) and hands its receipt over. {@code typedTip} is what is in the tip box
     * even if Enter was not pressed: it counts, as the cashier sees it.
     */
    public void finishSale(String typedTip) {
        if (!standing().canFinish()) {
            return;
        }
        if (!blank(typedTip) && !typedTip.strip().equals(draft.totals().tip().plain()) && !change(() ->
                draft.tip(TypedAmount.parse(typedTip, clinic.currency())))) {
            return;
        }
        if (!standing().canFinish()) {
            publish();
            return;
        }
        saving = true;
        notice = null;
        publish();
        SaleDraft paying = draft;
        StaffMember by = cashier.get();
        tasks.write(() -> finishing.finish(paying, by), this::recorded, sentence -> {
            saving = false;
            say(sentence);
        }, "The sale could not be saved");
    }

    private void recorded(Saved<Sale> saved) {
        saving = false;
        Sale sale = saved.record();
        result = saved.headline() + " " + (sale.changeDue().isZero() ? "No change due."
                : "Change due " + sale.changeDue().plain() + ".");
        String afterwards = saved.afterwards();
        printStatus = afterwards.isEmpty() ? " " : afterwards;
        receiptPdf = saved.pdf();
        if (visit != null && visit.id().equals(sale.visitId()) && visit.status().isOpen()) {
            // The queue may not have read the paid visit back yet; show what is already recorded.
            visit = visit.moveTo(VisitStatus.PAID);
        }
        publish();
        visitsChanged.run();
    }

    /** Something to tell the cashier where the checkout speaks (the intake summary, a receipt that would not open). */
    public void note(String sentence) {
        printStatus = sentence;
        publish();
    }

    // ---- the state --------------------------------------------------------------------------

    /** Applies a change to the draft; a refusal is said, and nothing changes. */
    private boolean change(Runnable change) {
        notice = null;
        try {
            change.run();
            publish();
            return true;
        } catch (Refused refused) {
            say(refused.getMessage());
            return false;
        }
    }

    private void say(String sentence) {
        notice = sentence;
        publish();
    }

    private boolean editable() {
        return visit != null && visit.status().isOpen() && draft != null && !saving;
    }

    /** What stands in the way of finishing, and the change due when nothing does. */
    private record Standing(String change, String problem, boolean canFinish) {
    }

    private Standing standing() {
        if (!editable()) {
            return new Standing(" ", null, false);
        }
        if (cashError != null) {
            return new Standing(" ", cashError, false);
        }
        if (draft.tenders().isEmpty()) {
            return new Standing(" ", null, false);
        }
        try {
            Settlement settlement = draft.settlement();
            if (!settlement.complete()) {
                return new Standing(" ", "That is " + settlement.balanceDue().plain() + " short of the total.", false);
            }
            if (draft.discountNeedsApproval()) {
                return new Standing(" ", "The discount needs a manager's or the owner's PIN: apply it again to ask for it.", false);
            }
            String change = settlement.changeDue().isZero() ? "No change due" : "Change due " + settlement.changeDue().plain();
            return new Standing(change, null, !readingAddOns && lookups == 0);
        } catch (Refused refused) {
            return new Standing(" ", refused.getMessage(), false);
        }
    }

    private void publish() {
        if (view == null) {
            return;
        }
        Standing standing = standing();
        String problem = notice != null ? notice : standing.problem() != null ? standing.problem() : " ";
        List<String> items = List.of();
        List<String> payments = List.of();
        String total = " ";
        String tax = " ";
        String adjustments = " ";
        String tip = "";
        String exactCash = "";
        List<String> quickCash = List.of();
        if (draft != null) {
            SaleTotals totals = draft.totals();
            items = words.items(draft);
            payments = words.payments(draft);
            total = words.total(totals);
            tax = words.tax(totals);
            adjustments = words.adjustments(draft, totals);
            tip = totals.tip().isPositive() ? totals.tip().plain() : "";
            exactCash = draft.dueBeforeCash().plain();
            quickCash = words.quickCash(draft.dueBeforeCash());
        }
        view.show(new CheckoutState(saleNumber, Optional.ofNullable(visit), words.title(visit), words.service(visit),
                visit == null ? " " : visit.status().label(),
                !saving && visit != null && visit.status().canMoveTo(VisitStatus.IN_SESSION),
                !saving && visit != null && visit.status().canMoveTo(VisitStatus.DONE),
                !saving && visit != null && visit.status().canMoveTo(VisitStatus.CANCELLED),
                editable(), lookups > 0, therapists, notIn, visit == null ? null : visit.therapistId(),
                visit == null || visit.room() == null ? "" : visit.room(), roomsOffered(), items, payments, total, tax, adjustments,
                draft != null && draft.discount() != null, tip, exactCash, quickCash, standing.change(), problem,
                standing.canFinish(), result, printStatus, receiptPdf));
    }

    /** Nothing, then the rooms in use, then the visit's own room when it was retired since it was given. */
    private List<String> roomsOffered() {
        List<String> offered = new ArrayList<>();
        offered.add("");
        offered.addAll(rooms);
        if (visit != null && visit.room() != null && !offered.contains(visit.room())) {
            offered.add(visit.room());
        }
        return offered;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
