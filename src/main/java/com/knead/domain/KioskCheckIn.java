package com.knead.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a kiosk visitor gives to check in: who they are (and, when they were found as a
 * returning client, which client), their intake answers, the signed consent for a new intake
 * version, and the service chosen. {@code previous} is the intake they started from, if any: when
 * nothing changed the visit keeps it instead of making a new version. {@code addOns} are extras
 * chosen with the service (hot stones, aromatherapy, …).
 */
public record KioskCheckIn(ClientDetails details, Optional<ReturningVisitor> returning, IntakeAnswers answers,
                           Optional<Signature> signature, Modality modality, ServicePrice service, List<AddOn> addOns) {

    /** A check-in without add-ons. */
    public KioskCheckIn(ClientDetails details, Optional<ReturningVisitor> returning, IntakeAnswers answers,
                        Optional<Signature> signature, Modality modality, ServicePrice service) {
        this(details, returning, answers, signature, modality, service, List.of());
    }

    public KioskCheckIn {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(returning, "returning");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(service, "service");
        addOns = List.copyOf(addOns);
    }

    /** The intake to keep using, when the visitor changed nothing since it. */
    public Optional<Intake> unchangedIntake() {
        return returning.flatMap(ReturningVisitor::lastIntake).filter(last -> last.answers().equals(answers));
    }
}
