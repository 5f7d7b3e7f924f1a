package com.knead.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the clinic's staff list: a person, whether they still work here (people are
 * deactivated, never deleted, so their sales keep their names), and the state of their PIN.
 */
public record StaffListing(StaffMember member, boolean active, PinLockout lockout) {

    public StaffListing {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(lockout, "lockout");
    }

    /** True once the person has a PIN (the owner sets the first one). */
    public boolean pinSet() {
        return member.pin() != null;
    }

    /** True while too many wrong PINs keep the person locked out. */
    public boolean lockedAt(Instant now) {
        return lockout.lockedAt(now);
    }
}
