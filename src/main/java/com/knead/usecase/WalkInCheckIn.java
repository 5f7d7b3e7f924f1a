package com.knead.usecase;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.Refused;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import java.time.Clock;
import java.time.Instant;

/** The cashier checks in a walk-in or phone client: name, phone and the service chosen. */
public final class WalkInCheckIn {

    private final Stores stores;
    private final Clock clock;

    public WalkInCheckIn(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** The services on offer now, at today's prices. */
    public PriceList services() {
        return stores.catalog().priceListOn(stores.clinic().businessDay(clock.instant()));
    }

    /**
     * Puts the client in today's queue for {@code service}, checked in by {@code cashier} (who is signed
     * in), at the price in effect at this moment (which the visit keeps, whatever the price list says
     * by the time they pay).
     */
    public Visit checkIn(ContactDetails contact, ServicePrice service, StaffMember cashier) {
        DeskRights.signedIn(cashier);
        Instant now = clock.instant();
        PriceList prices = stores.catalog().priceListOn(stores.clinic().businessDay(now));
        Modality modality = prices.modality(service.modalityId())
                .orElseThrow(() -> new Refused("That service is no longer on the price list."));
        ServicePrice inEffect = prices.price(service.modalityId(), service.minutes())
                .orElseThrow(() -> new Refused("That service is no longer on the price list."));
        return stores.visits().checkIn(contact, modality, inEffect, now, cashier.id());
    }
}
