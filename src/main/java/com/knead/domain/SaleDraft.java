package com.knead.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A sale being put together at the desk: lines, an optional discount and tip, and tenders, checked
 * against the clinic's rules. Turning it into a {@link Sale} needs the receipt number, which only
 * the store hands out; the store also checks gift card and package balances in the same transaction.
 */
public final class SaleDraft {

    private final Clinic clinic;
    /** Born with the draft: the recorded sale's id, so a second submit of the same draft records nothing new. */
    private final UUID key = Ids.next();
    private final UUID visitId;
    private final String clientName;
    private final List<SaleLine> lines = new ArrayList<>();
    private final List<Tender> tenders = new ArrayList<>();
    private UUID therapistId;
    private String therapistName;
    private Discount discount;
    private Approval discountApproval;
    private Tip tip;
    private UUID cashierId;
    private String cashierName = "";
    private TaxPolicy tax;

    public SaleDraft(Clinic clinic, UUID visitId, String clientName) {
        this.clinic = Objects.requireNonNull(clinic, "clinic");
        this.visitId = visitId;
        this.clientName = clientName;
        this.tax = clinic.tax();
    }

    /**
     * Taxes this sale under {@code policy}: a visit's sale is taxed as the clinic stood when it checked
     * in (see {@link TaxRates#at}); until told, the clinic's tax as set up.
     */
    public SaleDraft taxedAt(TaxPolicy policy) {
        tax = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * The key this draft's sale is recorded under. It exists from the moment the draft is opened, so
     * the store can tell a repeated submit (a second click, a retry after a timeout) from a new sale.
     */
    public UUID key() {
        return key;
    }

    public static SaleDraft forVisit(Clinic clinic, Visit visit) {
        SaleDraft draft = new SaleDraft(clinic, visit.id(), visit.clientName());
        draft.addLine(SaleLine.forVisit(visit));
        draft.therapist(visit.therapistId(), visit.therapistName());
        return draft;
    }

    /** Who takes the sale: the person signed in at the desk when it is finished. */
    public SaleDraft cashier(UUID id, String name) {
        cashierId = Objects.requireNonNull(id, "id");
        cashierName = Objects.requireNonNull(name, "name");
        return this;
    }

    public UUID cashierId() {
        return cashierId;
    }

    public SaleDraft addLine(SaleLine line) {
        if (!line.unitPrice().currency().equals(clinic.currency())) {
            throw new Refused("That price is in " + line.unitPrice().currency() + ", but the clinic charges in "
                    + clinic.currency() + ".");
        }
        lines.add(line);
        return this;
    }

    /** Who gave the session; a tip is credited to them. */
    /**
     * Takes a line off the sale again (an item added by mistake, an add-on the client no longer
     * wants). The visit's own service, the first line, stays: cancel the visit instead.
     */
    public SaleDraft removeLine(int index) {
        if (index < 0 || index >= lines.size()) {
            throw new Refused("Choose the item to take off first.");
        }
        if (visitId != null && index == 0) {
            throw new Refused("The visit's own service stays on the sale; cancel the visit instead.");
        }
        lines.remove(index);
        return this;
    }

    public SaleDraft therapist(UUID id, String name) {
        this.therapistId = id;
        this.therapistName = name;
        if (tip != null && tip.amount().isPositive()) {
            tip = new Tip(tip.amount(), id, name);
        }
        return this;
    }

    /** Sets the discount (replacing any other); an approval given for an earlier one no longer counts. */
    public SaleDraft discount(Discount newDiscount) {
        newDiscount.requireFits(discountable());
        discount = newDiscount;
        discountApproval = null;
        return this;
    }

    public SaleDraft clearDiscount() {
        discount = null;
        discountApproval = null;
        return this;
    }

    /** True when the discount is large enough to need a manager's or the owner's PIN and nobody has approved it yet. */
    public boolean discountNeedsApproval() {
        return discount != null && discountApproval == null && discount.needsOwner(discountable(), tax.rounding());
    }

    /** True when the discount is large enough to need an approval, approved or not. */
    public boolean discountIsLarge() {
        return discount != null && discount.needsOwner(discountable(), tax.rounding());
    }

    /** Who approved the discount now on the draft; null when nobody has. */
    public Approval discountApproval() {
        return discountApproval;
    }

    public SaleDraft approveDiscount(Approval approval) {
        discountApproval = Objects.requireNonNull(approval, "approval");
        return this;
    }

    /** Sets the tip, credited to the therapist; a tip larger than the sale itself is refused as a slip. */
    public SaleDraft tip(Money amount) {
        if (amount.compareTo(totals().total()) > 0) {
            throw new Refused("A tip of " + amount.plain() + " is more than the sale itself; please check it.");
        }
        tip = new Tip(amount, therapistId, therapistName);
        return this;
    }

    /** {@code percent} of the total (after discount and tax), as a tip. */
    public SaleDraft tipPercent(int percent) {
        return tip(Tip.percentOf(totalBeforeTip(), percent, tax.rounding()));
    }

    public SaleDraft clearTip() {
        tip = null;
        return this;
    }

    public SaleDraft addTender(Tender tender) {
        if (!tender.amount().currency().equals(clinic.currency())) {
            throw new Refused("That payment is in " + tender.amount().currency() + ", but the clinic takes "
                    + clinic.currency() + ".");
        }
        tenders.add(tender);
        return this;
    }

    public SaleDraft removeTender(int index) {
        tenders.remove(index);
        return this;
    }

    /**
     * Sets the cash handed over, replacing what was typed before; {@code null} takes it off. Cash is
     * the one payment typed as it is counted, so it changes with every keystroke.
     */
    public SaleDraft cashHandedOver(Money amountOrNull) {
        tenders.removeIf(t -> t.kind() == TenderKind.CASH);
        if (amountOrNull != null) {
            addTender(Tender.cash(amountOrNull));
        }
        return this;
    }

    /** The card, gift card and package payments, in the order they were taken (cash left out). */
    public List<Tender> payments() {
        return tenders.stream().filter(t -> t.kind() != TenderKind.CASH).toList();
    }

    /** Takes off the {@code index}th of {@link #payments()}. */
    public SaleDraft removePayment(int index) {
        List<Tender> listed = payments();
        if (index < 0 || index >= listed.size()) {
            throw new Refused("Choose the payment to take off first.");
        }
        tenders.remove(listed.get(index));
        return this;
    }

    /** What is still due after the card, gift card and package payments, cash not counted; never below zero. */
    public Money dueBeforeCash() {
        Money due = totals().amountDue();
        for (Tender payment : payments()) {
            due = due.minus(payment.amount());
        }
        return due.max(Money.zero(clinic.currency()));
    }

    public SaleDraft clearTenders() {
        tenders.clear();
        return this;
    }

    public UUID visitId() {
        return visitId;
    }

    public Clinic clinic() {
        return clinic;
    }

    public UUID therapistId() {
        return therapistId;
    }

    public Discount discount() {
        return discount;
    }

    public List<SaleLine> lines() {
        return List.copyOf(lines);
    }

    public List<Tender> tenders() {
        return List.copyOf(tenders);
    }

    public SaleTotals totals() {
        Money tipAmount = tip == null ? Money.zero(clinic.currency()) : tip.amount();
        return SaleTotals.of(lines, discount, tipAmount, tax, clinic.currency());
    }

    public Settlement settlement() {
        return Settlement.of(totals().amountDue(), tenders);
    }

    /** What is still to pay after the tenders so far (zero when fully paid). */
    public Money balanceDue() {
        return settlement().balanceDue();
    }

    /** The finished sale, refused with a plain sentence unless it has lines, any discount is approved, and it is fully paid. */
    public Sale complete(UUID id, ReceiptNumber number, Instant at) {
        if (lines.isEmpty()) {
            throw new Refused("There is nothing to sell yet: add a service first.");
        }
        if (discountNeedsApproval()) {
            throw new Refused("A discount above " + Discount.OWNER_APPROVAL_ABOVE_PERCENT.toPlainString()
                    + "% needs a manager's or the owner's PIN.");
        }
        requireOnePackageVisitEach();
        Settlement settlement = settlement();
        if (!settlement.complete()) {
            throw new Refused("The payment is " + settlement.balanceDue().plain() + " short of the total "
                    + totals().amountDue().plain() + ".");
        }
        return new Sale(id, number, visitId, clinic.businessDay(at), at, clientName, lines, totals(), tenders,
                settlement.changeDue(), therapistId, therapistName, discount, discountApproval, cashierId, cashierName);
    }

    private void requireOnePackageVisitEach() {
        Set<String> used = new HashSet<>();
        for (Tender tender : tenders) {
            if (tender.kind() == TenderKind.PACKAGE_CREDIT && !used.add(tender.reference())) {
                throw new Refused("Package " + tender.reference() + " pays for one visit at a time.");
            }
        }
    }

    private Money totalBeforeTip() {
        return SaleTotals.of(lines, discount, Money.zero(clinic.currency()), tax, clinic.currency()).total();
    }

    /** The lines a discount can come off: services and items. */
    private Money discountable() {
        Money sum = Money.zero(clinic.currency());
        for (SaleLine line : lines) {
            if (line.kind().taxable()) {
                sum = sum.plus(line.amount());
            }
        }
        return sum;
    }
}
