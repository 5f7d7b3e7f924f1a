package com.knead.usecase;

import com.knead.domain.Clinic;
import com.knead.domain.PriceList;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.StaffMember;
import com.knead.store.Stores;
import java.time.Clock;

/**
 * A gift card or a package sold at the counter, as a sale of its own: recorded once per draft (a
 * second submit of the same draft returns the sale already recorded), then its receipt handed over
 * after the commit, where no problem can make it look unsaved.
 */
public final class SellPrepaid {

    private final Stores stores;
    private final Receipts receipts;
    private final Clock clock;

    public SellPrepaid(Stores stores, Receipts receipts, Clock clock) {
        this.stores = stores;
        this.receipts = receipts;
        this.clock = clock;
    }

    public Clinic clinic() {
        return stores.clinic();
    }

    /** The services a package can hold, with their session prices today. */
    public PriceList priceList() {
        return stores.catalog().priceListOn(stores.clinic().businessDay(clock.instant()));
    }

    /** Records the draft (once, by its key), sold by {@code cashier} (who is signed in), and hands its receipt over. */
    public Saved<Sale> sell(SaleDraft draft, StaffMember cashier) {
        DeskRights.signedIn(cashier);
        draft.cashier(cashier.id(), cashier.name());
        Sale sale = stores.sales().record(draft, clock.instant());
        return AfterCommit.of(sale.receiptNumber()).deliver(() -> receipts.ofSale(sale)).saved(sale);
    }
}
