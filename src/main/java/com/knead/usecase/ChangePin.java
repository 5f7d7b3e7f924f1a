package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.PinHash;
import com.knead.domain.PinRules;
import com.knead.domain.Refused;
import com.knead.domain.StaffListing;
import com.knead.domain.StaffMember;
import com.knead.store.StaffStore;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A staff member's PIN: set or changed by the owner, or by the person themself typing their current
 * PIN (which counts, locks and is logged like any PIN); a PIN anybody would guess is refused. The
 * owner can also clear a person's lock after too many wrong PINs. Each is audited. PIN hashes are slow
 * on purpose: worker work.
 */
public final class ChangePin {

    private final StaffStore staff;
    private final PinCheck pins;
    private final Clock clock;

    public ChangePin(StaffStore staff, PinCheck pins, Clock clock) {
        this.staff = staff;
        this.pins = pins;
        this.clock = clock;
    }

    /** The owner sets the person's PIN (their first, or a new one when they forgot theirs). */
    public void set(Approval by, UUID personId, String newPin) {
        StaffMember actor = Acting.member(staff, by, Permission.MANAGE_STAFF);
        StaffListing person = person(personId);
        PinRules.requireGoodChoice(newPin);
        keep(actor, person, newPin, "");
    }

    /** The person changes their own PIN, typing the one they have now; the office's unlocker is logged too. */
    public void change(Approval by, UUID personId, String currentPin, String newPin) {
        if (by == null) {
            throw new Refused("The office is locked; unlock it first.");
        }
        StaffListing person = person(personId);
        if (!person.pinSet()) {
            throw new Refused(person.member().name() + " has no PIN yet; the owner sets the first one.");
        }
        // Before the current PIN is checked, so an easy new PIN costs no try.
        PinRules.requireGoodChoice(newPin);
        pins.confirm(person.member(), currentPin, "change their own PIN", EditStaff.PLACE);
        StaffMember actor = staff.listing(by.staffId()).map(StaffListing::member).orElse(person.member());
        keep(actor, person, newPin, actor.id().equals(personId) ? "" : " (typed their current PIN)");
    }

    /** The owner lets a locked-out person try again at once. */
    public void clearLock(Approval by, UUID personId) {
        StaffMember actor = Acting.member(staff, by, Permission.MANAGE_STAFF);
        StaffListing person = person(personId);
        Instant now = clock.instant();
        if (!person.lockedAt(now) && person.lockout().wrongInARow() == 0) {
            throw new Refused(person.member().name() + "'s PIN is not locked.");
        }
        staff.clearLockout(personId, now, EditStaff.entry("PIN lock cleared", actor, person.member().name(), now));
    }

    private StaffListing person(UUID id) {
        return staff.listing(id).orElseThrow(() -> new Refused("That person is no longer on the staff list."));
    }

    private void keep(StaffMember actor, StaffListing person, String newPin, String how) {
        Instant now = clock.instant();
        String action = person.pinSet() ? "PIN changed" : "PIN set";
        staff.keepPin(person.member().id(), PinHash.of(newPin), now,
                EditStaff.entry(action, actor, person.member().name() + how, now));
    }
}
