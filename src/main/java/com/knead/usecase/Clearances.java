package com.knead.usecase;

import com.knead.domain.Clearance;
import com.knead.domain.Permission;
import com.knead.domain.StaffMember;
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

    /**
     * Records a clearance, "no clearance" or waiver, by {@code cashier} (who is signed in); a waiver
     * counts only when approved by someone who may waive a clearance.
     */
    public Clearance record(Clearance clearance, StaffMember cashier) {
        DeskRights.signedIn(cashier);
        Clearance kept = clearance;
        if (clearance.kind() == Clearance.Kind.WAIVED) {
            kept = new Clearance(clearance.id(), clearance.visitId(), clearance.kind(), clearance.physician(),
                    clearance.clearedOn(), clearance.note(), DeskRights.approvedFor(stores.staff(), cashier,
                    clearance.approval(), Permission.WAIVE_CLEARANCE), clearance.recordedAt());
        }
        return stores.clearances().record(kept, cashier.id());
    }
}
