package com.knead.domain;

import java.util.Objects;
import java.util.UUID;

/** Someone who works at the clinic, with a role and (for those who sign things off) a PIN. */
public record StaffMember(UUID id, String name, StaffRole role, PinHash pin) {
    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public boolean unlocks(String typedPin) {
        return pin != null && pin.matches(typedPin);
    }
}
