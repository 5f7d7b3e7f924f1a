package com.knead.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A client found by phone number and date of birth at the kiosk, with their latest intake if any. */
public record ReturningVisitor(UUID clientId, ClientDetails details, Optional<Intake> lastIntake) {
    public ReturningVisitor {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(lastIntake, "lastIntake");
    }
}
