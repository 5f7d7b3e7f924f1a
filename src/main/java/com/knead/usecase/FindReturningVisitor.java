package com.knead.usecase;

import com.knead.domain.ReturningVisitor;
import com.knead.store.AuditStore;
import com.knead.store.IntakeStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A visitor who has been before finds their details and last intake with their phone number and
 * date of birth; both must match, and nothing else is ever looked up or listed. Every lookup, and
 * every one the kiosk refused because too many failed, goes into the owner's audit log (whether it
 * matched and which client, never what was typed).
 */
public final class FindReturningVisitor {

    static final String PLACE = "kiosk";
    static final String ACTION = "returning lookup";

    private final IntakeStore intakes;
    private final AuditStore audit;

    public FindReturningVisitor(IntakeStore intakes, AuditStore audit) {
        this.intakes = intakes;
        this.audit = audit;
    }

    /** The client with that phone number and date of birth, if there is one; logged as found or not found. */
    public Optional<ReturningVisitor> find(String phone, LocalDate dateOfBirth, Instant at) {
        Optional<ReturningVisitor> found = intakes.returning(phone, dateOfBirth);
        audit.append(PLACE, ACTION, found.isPresent() ? "found" : "not found",
                found.map(ReturningVisitor::clientId), at);
        return found;
    }

    /** A lookup the kiosk did not make, because too many had failed just before: logged as refused. */
    public void refused(Instant at) {
        audit.append(PLACE, ACTION, "refused", Optional.empty(), at);
    }
}
