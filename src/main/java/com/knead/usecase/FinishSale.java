package com.knead.usecase;

import com.knead.domain.Permission;
import com.knead.domain.RoleRights;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.StaffMember;
import com.knead.domain.TenderKind;
import com.knead.store.SaleStore;
import com.knead.store.StaffStore;
import java.time.Clock;
import java.util.Optional;

/**
 * Finishes a sale at the desk: records the paid draft in one transaction, then, once that has
 * returned, hands its receipt over (reads the receipt printer setting, lays the receipt out, writes
 * its PDF, prints it) and opens the cash drawer after a cash sale. Everything after the commit runs
 * through {@link AfterCommit}, so the cashier is told "saved" whatever the printer does.
 *
 * <p>Submitting the same draft again (a double click, a retry after a timeout) records nothing new:
 * the store returns the sale already recorded under {@link SaleDraft#key()}, and its receipt is
 * handed over again, which is what a retry after an unclear failure needs.
 */
public final class FinishSale {

    private final SaleStore sales;
    private final StaffStore staff;
    private final Receipts receipts;
    private final DrawerKick drawer;
    private final Clock clock;

    public FinishSale(SaleStore sales, StaffStore staff, Receipts receipts, DrawerKick drawer, Clock clock) {
        this.sales = sales;
        this.staff = staff;
        this.receipts = receipts;
        this.drawer = drawer;
        this.clock = clock;
    }

    /**
     * Records {@code draft}, taken by {@code cashier} (who is signed in), and delivers its receipt. A
     * large discount counts only when approved by someone with the right to (or when the cashier has it).
     *
     * @throws com.knead.domain.Refused when nobody is signed in, a right is missing or the draft is not
     *                                  ready to be a sale (nothing is recorded)
     * @throws RuntimeException when the transaction failed (nothing is recorded)
     */
    public Saved<Sale> finish(SaleDraft draft, StaffMember cashier) {
        DeskRights.signedIn(cashier);
        if (draft.discountIsLarge() && (draft.discountApproval() != null
                || RoleRights.may(cashier.role(), Permission.LARGE_DISCOUNT))) {
            draft.approveDiscount(DeskRights.approvedFor(staff, cashier, draft.discountApproval(),
                    Permission.LARGE_DISCOUNT));
        }
        draft.cashier(cashier.id(), cashier.name());
        Sale sale = sales.record(draft, clock.instant());
        boolean cash = sale.tenders().stream().anyMatch(t -> t.kind() == TenderKind.CASH);
        return AfterCommit.of(sale.receiptNumber())
                .deliver(() -> receipts.ofSale(sale))
                .then("the cash drawer could not be opened; open it with its key",
                        () -> cash ? drawer.open() : Optional.empty())
                .saved(sale);
    }
}
