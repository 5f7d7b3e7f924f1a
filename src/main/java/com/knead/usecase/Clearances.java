package com.knead.usecase;

import com.knead.domain.Clearance;
import com.knead.store.Stores;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** The physician clearances of red-flagged visits: the latest one of a visit, and a new one recorded. */
public final class Clearances {

    private final Stores stores;

    public Clearances(Stores stores) {
        this.stores = stores;
    }

    /** The clinic's zone, to show times and today's date. */
    public ZoneId zone() {
        return stores.clinic().zone();
    }

    public Optional<Clearance> latest(UUID visitId) {
        return stores.clearances().latest(visitId);
    }

    public Clearance record(Clearance clearance) {
        return stores.clearances().record(clearance);
    }
}
