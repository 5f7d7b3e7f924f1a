package com.knead.usecase;

import com.knead.domain.Rota;
import com.knead.domain.StaffMember;
import com.knead.store.Stores;
import java.time.Instant;

/** Who is in today: each tick is saved as soon as it changes, as an appended mark. */
public final class WhoIsIn {

    private final Stores stores;

    public WhoIsIn(Stores stores) {
        this.stores = stores;
    }

    /** Today's rota in the clinic's business day. */
    public Rota today() {
        return stores.rota().rota(stores.clinic().businessDay(Instant.now()));
    }

    public Rota mark(StaffMember therapist, boolean in) {
        return stores.rota().mark(therapist, in, Instant.now());
    }
}
