package com.knead.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A staff member's sign-off on something the cashier may not do alone (a large discount, a void, a
 * refund). It exists only once the chosen person's PIN was checked: a PIN identifies nobody on its own.
 */
public record Approval(UUID staffId, String staffName) {

    public Approval {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(staffName, "staffName");
    }

    /**
     * Checks {@code pin} against {@code who}; slow on purpose (PBKDF2), so call it off the screen's thread.
     *
     * @param allowed the roles that may approve {@code what}
     * @param what    what is approved, in plain words ("a discount this large")
     */
    public static Approval check(StaffMember who, String pin, Set<StaffRole> allowed, String what) {
        if (who == null) {
            throw new Refused("Choose who is approving " + what + ".");
        }
        if (!allowed.contains(who.role())) {
            throw new Refused(who.name() + " cannot approve " + what + "; ask "
                    + (allowed.contains(StaffRole.MANAGER) ? "a manager or the owner." : "the owner."));
        }
        if (!who.unlocks(pin)) {
            throw new Refused("That PIN is not right for " + who.name() + ". Please try again.");
        }
        return new Approval(who.id(), who.name());
    }
}
