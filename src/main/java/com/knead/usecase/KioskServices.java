package com.knead.usecase;

import com.knead.domain.IntakeForm;
import com.knead.domain.PriceList;
import com.knead.store.Stores;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the kiosk may ask of the application layer, made once at start-up: the clinic's
 * name for the welcome, the price list and intake form read when the data opened (the price list is
 * read again for each visitor through {@link KioskPrices}), and the kiosk's use cases. The kiosk gets this, never the stores.
 */
public record KioskServices(String clinicName, PriceList priceList, IntakeForm form, FindReturningVisitor returning,
                            CheckInAtKiosk checkIn, LeaveKioskMode staffExit, KioskPrices prices) {

    public KioskServices {
        Objects.requireNonNull(clinicName, "clinicName");
        Objects.requireNonNull(priceList, "priceList");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(returning, "returning");
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(staffExit, "staffExit");
        Objects.requireNonNull(prices, "prices");
    }

    /** The kiosk's services over open stores, with the price list and form already read from them. */
    public static KioskServices of(Stores stores, PriceList priceList, IntakeForm form) {
        return of(stores, priceList, form, Clock.systemUTC());
    }

    /** The same, reading each visitor's prices on the day {@code clock} says (a test's clock moves to tomorrow). */
    public static KioskServices of(Stores stores, PriceList priceList, IntakeForm form, Clock clock) {
        return new KioskServices(stores.clinic().name(), priceList, form, new FindReturningVisitor(stores.intakes(), stores.audit()),
                new CheckInAtKiosk(stores.intakes(), stores.visits(), stores.rota(), form, stores.catalog(), stores.clinic()),
                new LeaveKioskMode(stores.staff(), new PinCheck(stores.staff(), stores.audit(), Clock.systemUTC(),
                        stores.clinic().zone())),
                new KioskPrices(stores.catalog(), stores.intakes(), stores.clinic(), clock));
    }
}
