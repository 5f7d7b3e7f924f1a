package com.knead.usecase;

import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.store.AuditStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The desk opens a visit's intake summary: only for someone signed in whose role may read health
 * answers, and every opening (and every refusal) is in the audit log, so the owner can see who looked
 * at whose answers.
 */
public final class OpenIntakeSummary {

    private final IntakeSummary summaries;
    private final AuditStore audit;
    private final Clock clock;

    public OpenIntakeSummary(IntakeSummary summaries, AuditStore audit, Clock clock) {
        this.summaries = summaries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the visit's summary into the data folder's copies for {@code reader} and returns where. */
    public Path open(Visit visit, StaffMember reader) {
        if (reader == null) {
            throw new Refused("Sign in first.");
        }
        Optional<UUID> client = Optional.ofNullable(visit.clientId());
        String detail = "visit " + visit.queueNumber() + " of " + visit.businessDay();
        try {
            RoleRights.require(reader, Permission.OPEN_INTAKE);
        } catch (Refused noRight) {
            audit.append("desk", "intake summary", "no right", client, Optional.of(reader.id()), detail, clock.instant());
            throw noRight;
        }
        Path pdf = summaries.writeCopy(visit.businessDay(), visit.queueNumber());
        audit.append("desk", "intake summary", "opened", client, Optional.of(reader.id()), detail, clock.instant());
        return pdf;
    }
}
