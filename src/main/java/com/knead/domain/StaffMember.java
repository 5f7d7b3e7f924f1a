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

    /** The name a receipt or a header uses: the first word of the name ("Riley" for "Riley Brooks"). */
    public String firstName() {
        return firstNameOf(name);
    }

    /** The first word of a full name, as {@link #firstName()} gives it. */
    public static String firstNameOf(String fullName) {
        String trimmed = fullName.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    public boolean unlocks(String typedPin) {
        return pin != null && pin.matches(typedPin);
    }
}
