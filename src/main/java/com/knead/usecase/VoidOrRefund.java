package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Clinic;
import com.knead.domain.Money;
import com.knead.domain.Permission;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refund;
import com.knead.domain.RefundRules;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.StaffMember;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.store.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Gives money back on a recorded sale: a void of the whole sale on its own day, or a refund of part
 * of it. Each is recorded once per key (a second submit returns the first), then its own receipt is
 * handed over after the commit.
 */
public final class VoidOrRefund {

    private final Stores stores;
    private final Receipts receipts;

    public VoidOrRefund(Stores stores, Receipts receipts) {
        this.stores = stores;
        this.receipts = receipts;
    }

    /**
     * A sale looked up to give money back on.
     *
     * @param lineShares what each line of the sale is worth, in line order
     * @param backTo     how money can go back: cash, and each way the sale was paid
     */
    public record Found(Sale sale, Money paid, Money refundable, List<Money> lineShares, List<TenderKind> backTo) {
        public Found {
            lineShares = List.copyOf(lineShares);
            backTo = List.copyOf(backTo);
        }
    }

    public Clinic clinic() {
        return stores.clinic();
    }

    /** The sale on {@code number}, what was paid and what can still be given back. */
    public Found lookUp(ReceiptNumber number) {
        Sale sale = stores.sales().find(number)
                .orElseThrow(() -> new Refused("There is no sale with receipt " + number + "."));
        Money paid = RefundRules.paid(sale);
        List<Money> shares = new ArrayList<>();
        for (int i = 0; i < sale.lines().size(); i++) {
            shares.add(RefundRules.lineShare(sale, i, stores.clinic()));
        }
        Set<TenderKind> kinds = new LinkedHashSet<>();
        kinds.add(TenderKind.CASH);
        sale.tenders().stream().map(Tender::kind).forEach(kinds::add);
        return new Found(sale, paid, paid.minus(stores.refunds().refundedOn(number)), shares, List.copyOf(kinds));
    }

    /**
     * Voids the whole sale under {@code key}, done by {@code cashier} (who is signed in) and approved by
     * {@code approval} (null when the cashier has the right to void); the same key again returns the same void.
     */
    public Saved<Refund> voidSale(UUID key, ReceiptNumber original, String reason, StaffMember cashier,
                                  Approval approval) {
        Approval approver = DeskRights.approvedFor(stores.staff(), cashier, approval, Permission.VOID);
        return delivered(stores.refunds().voidSale(key, original, reason, approver, cashier.id(), Instant.now()));
    }

    /**
     * Refunds {@code amount} to {@code to} under {@code key}, done by {@code cashier} and approved by
     * {@code approval} (null when the cashier has the right to refund); the same key again returns the same refund.
     */
    public Saved<Refund> refund(UUID key, ReceiptNumber original, Money amount, TenderKind to, String what,
                                String reason, StaffMember cashier, Approval approval) {
        Approval approver = DeskRights.approvedFor(stores.staff(), cashier, approval, Permission.REFUND);
        return delivered(stores.refunds().refund(key, original, amount, to, what, reason, approver, cashier.id(),
                Instant.now()));
    }

    private Saved<Refund> delivered(Refund refund) {
        return AfterCommit.of(refund.receiptNumber()).deliver(() -> receipts.ofRefund(refund,
                stores.sales().find(refund.saleReceipt()).orElseThrow())).saved(refund);
    }
}
