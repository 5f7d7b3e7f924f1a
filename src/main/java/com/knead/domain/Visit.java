package com.knead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One client's stay at the clinic on one business day: the service chosen at check-in with its
 * price at that moment, a queue number for the day, and where the visit stands. The therapist and
 * room are empty until the desk assigns them; {@code redFlag} marks an intake staff must see first.
 */
public record Visit(UUID id, LocalDate businessDay, int queueNumber, UUID clientId, String clientName,
                    UUID modalityId, String modalityName, int minutes, Money price,
                    VisitStatus status, Instant checkedInAt,
                    UUID therapistId, String therapistName, String room, boolean redFlag) {

    /** A visit just checked in: waiting, nobody assigned yet, no red flag. */
    public static Visit checkedIn(UUID id, LocalDate businessDay, int queueNumber, UUID clientId, String clientName,
                                  UUID modalityId, String modalityName, int minutes, Money price, Instant at) {
        return new Visit(id, businessDay, queueNumber, clientId, clientName, modalityId, modalityName, minutes, price,
                VisitStatus.CHECKED_IN, at, null, null, null, false);
    }

    public Visit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(businessDay, "businessDay");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(modalityId, "modalityId");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
    }

    /** The same visit moved to a new status; refuses a step the lifecycle does not allow. */
    public Visit moveTo(VisitStatus target) {
        if (!status.canMoveTo(target)) {
            throw new Refused("A visit that is " + status.label().toLowerCase()
                    + " cannot become " + target.label().toLowerCase() + ".");
        }
        return new Visit(id, businessDay, queueNumber, clientId, clientName, modalityId, modalityName,
                minutes, price, target, checkedInAt, therapistId, therapistName, room, redFlag);
    }

    /** What the visit's service line reads on a receipt, e.g. "Deep tissue, 60 min". */
    public String serviceDescription() {
        return modalityName + ", " + minutes + " min";
    }
}
