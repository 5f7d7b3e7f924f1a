package com.knead.usecase;

import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.TenderKind;
import com.knead.store.SaleStore;
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
    private final Receipts receipts;
    private final DrawerKick drawer;
    private final Clock clock;

    public FinishSale(SaleStore sales, Receipts receipts, DrawerKick drawer, Clock clock) {
        this.sales = sales;
        this.receipts = receipts;
        this.drawer = drawer;
        this.clock = clock;
    }

    /**
     * Records {@code draft} and delivers its receipt.
     *
     * @throws com.knead.domain.Refused when the draft is not ready to be a sale (nothing is recorded)
     * @throws RuntimeException when the transaction failed (nothing is recorded)
     */
    public Saved<Sale> finish(SaleDraft draft) {
        Sale sale = sales.record(draft, clock.instant());
        boolean cash = sale.tenders().stream().anyMatch(t -> t.kind() == TenderKind.CASH);
        return AfterCommit.of(sale.receiptNumber())
                .deliver(() -> receipts.ofSale(sale))
                .then("the cash drawer could not be opened; open it with its key",
                        () -> cash ? drawer.open() : Optional.empty())
                .saved(sale);
    }
}
