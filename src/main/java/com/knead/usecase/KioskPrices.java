package com.knead.usecase;

import com.knead.domain.Clinic;
import com.knead.domain.PriceList;
import com.knead.domain.IntakeForm;
import com.knead.store.CatalogStore;
import com.knead.store.IntakeStore;
import java.time.Clock;

/**
 * What the kiosk offers now: the price list in effect on this business day, without the modalities
 * kept off the kiosk, and the intake form. Read afresh for each visitor, so a price or a question changed
 * in the office, or a new day's prices after midnight, show at once on a kiosk running since yesterday.
 */
public final class KioskPrices {

    private final CatalogStore catalog;
    private final IntakeStore intakes;
    private final Clinic clinic;
    private final Clock clock;

    public KioskPrices(CatalogStore catalog, IntakeStore intakes, Clinic clinic, Clock clock) {
        this.catalog = catalog;
        this.intakes = intakes;
        this.clinic = clinic;
        this.clock = clock;
    }

    public PriceList now() {
        return catalog.kioskPriceListOn(clinic.businessDay(clock.instant()));
    }

    /** What the kiosk offers and asks now: the prices, and the intake form as the office last left it. */
    public Offer offer() {
        return new Offer(now(), intakes.form());
    }

    /** The prices and the intake form a visitor starts with. */
    public record Offer(PriceList prices, IntakeForm form) {
    }
}
