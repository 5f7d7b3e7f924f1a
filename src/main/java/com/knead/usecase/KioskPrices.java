package com.knead.usecase;

import com.knead.domain.Clinic;
import com.knead.domain.PriceList;
import com.knead.store.CatalogStore;
import java.time.Clock;

/**
 * What the kiosk offers now: the price list in effect on this business day, without the modalities
 * kept off the kiosk. Read afresh for each visitor, so a price changed in the office, or a new day's
 * prices after midnight, show at once on a kiosk that has been running since yesterday.
 */
public final class KioskPrices {

    private final CatalogStore catalog;
    private final Clinic clinic;
    private final Clock clock;

    public KioskPrices(CatalogStore catalog, Clinic clinic, Clock clock) {
        this.catalog = catalog;
        this.clinic = clinic;
        this.clock = clock;
    }

    public PriceList now() {
        return catalog.kioskPriceListOn(clinic.businessDay(clock.instant()));
    }
}
