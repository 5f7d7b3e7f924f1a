package com.knead.store;

import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import java.time.Instant;

/** For the chain benchmark only: a sale recorded by the same commit but without its chain link. */
public final class UnchainedSales {

    private UnchainedSales() {
    }

    public static Sale record(Stores stores, SaleDraft draft, Instant when) {
        return stores.sales().record(draft, when, false);
    }
}
