package com.knead.usecase;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.Refused;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import java.time.Instant;

/** The cashier checks in a walk-in or phone client: name, phone and the service chosen. */
public final class WalkInCheckIn {

    private final Stores stores;

    public WalkInCheckIn(Stores stores) {
        this.stores = stores;
    }

    /** The services on offer. */
    public PriceList services() {
        return stores.catalog().priceList();
    }

    /** Puts the client in today's queue for {@code service}, checked in by {@code cashier} (who is signed in). */
    public Visit checkIn(ContactDetails contact, ServicePrice service, StaffMember cashier) {
        DeskRights.signedIn(cashier);
        PriceList prices = stores.catalog().priceList();
        Modality modality = prices.modality(service.modalityId())
                .orElseThrow(() -> new Refused("That service is no longer on the price list."));
        return stores.visits().checkIn(contact, modality, service, Instant.now(), cashier.id());
    }
}
