package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.ClientMergeStore;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * A manager (or the owner) merges two records of the same person, say a walk-in typed at the desk
 * and a later kiosk check-in, with their PIN and a reason; and undoes a merge the same way. Nothing
 * is moved or deleted, and both are in the audit log. PIN checks are slow: worker work.
 */
public final class MergeClients {

    private final ClientMergeStore merges;
    private final PinCheck pins;
    private final AuditStore audit;
    private final Clock clock;

    public MergeClients(ClientMergeStore merges, PinCheck pins, AuditStore audit, Clock clock) {
        this.merges = merges;
        this.pins = pins;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads {@code merged}'s visits, sales, intakes and notes with {@code kept}'s from now on. */
    public void merge(UUID kept, UUID merged, String reason, StaffMember manager, String pin, String place) {
        Approval by = approve(reason, manager, pin, place);
        merges.merge(kept, merged, by.staffId(), reason, clock.instant());
        audit.append(place, "clients merged", "changed", Optional.of(kept), Optional.of(by.staffId()),
                "merged " + merged + ": " + reason.strip(), clock.instant());
    }

    /** Separates the two records again; each has exactly its own rows, as before the merge. */
    public void undo(UUID kept, UUID merged, String reason, StaffMember manager, String pin, String place) {
        Approval by = approve(reason, manager, pin, place);
        merges.undo(kept, merged, by.staffId(), reason, clock.instant());
        audit.append(place, "merge undone", "changed", Optional.of(kept), Optional.of(by.staffId()),
                "separated " + merged + ": " + reason.strip(), clock.instant());
    }

    private Approval approve(String reason, StaffMember manager, String pin, String place) {
        if (reason == null || reason.isBlank()) {
            throw new Refused("Say why, for the audit log: \"the same person, typed at the desk and at the kiosk\".");
        }
        return pins.check(manager, pin, Permission.MERGE_CLIENTS, place);
    }
}
