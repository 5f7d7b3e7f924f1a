package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.PinLockout;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffListing;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.StaffStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Every PIN typed anywhere (the office, the kiosk's staff exit, the desk's sign-in and approvals) is
 * checked here, against the one person chosen, for one right: the role first (refused without
 * looking at the PIN), then that person's lock, then the PIN. Five wrong PINs in a row lock the
 * person for five minutes; every wrong PIN, lock and refusal goes into the audit log. Slow on
 * purpose (PIN hashes are): worker work.
 */
public final class PinCheck {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final StaffStore staff;
    private final AuditStore audit;
    private final Clock clock;
    private final ZoneId zone;

    public PinCheck(StaffStore staff, AuditStore audit, Clock clock, ZoneId zone) {
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The approval of {@code who} for {@code right}, or a {@link Refused} with a plain sentence.
     *
     * @param place where the PIN was typed ("desk", "kiosk", "office"), for the audit log
     */
    public Approval check(StaffMember who, String pin, Permission right, String place) {
        Instant now = clock.instant();
        StaffListing current = onTheList(who);
        try {
            RoleRights.require(current.member(), right);
        } catch (Refused noRight) {
            log(place, "no right", current.member(), right.words(), now);
            throw noRight;
        }
        return pin(current, pin, right.words(), place, now);
    }

    /**
     * The approval of {@code who} by their own PIN, whatever their role: that the person typing is
     * who they say (to change their own PIN). Counted, locked and logged like every other PIN.
     *
     * @param what what the PIN is for, in words for the log ("change their own PIN")
     */
    public Approval confirm(StaffMember who, String pin, String what, String place) {
        return pin(onTheList(who), pin, what, place, clock.instant());
    }

    private StaffListing onTheList(StaffMember who) {
        if (who == null) {
            throw new Refused("Choose your name first.");
        }
        return staff.listing(who.id()).filter(StaffListing::active)
                .orElseThrow(() -> new Refused(who.name() + " is no longer on the staff list."));
    }

    private Approval pin(StaffListing listed, String pin, String what, String place, Instant now) {
        StaffMember current = listed.member();
        PinLockout lockout = listed.lockout();
        if (lockout.lockedAt(now)) {
            throw new Refused(lockedSentence(current, lockout));
        }
        if (current.unlocks(pin)) {
            if (lockout.wrongInARow() > 0) {
                staff.keepLockout(current.id(), PinLockout.CLEAR, now);
            }
            return new Approval(current.id(), current.name());
        }
        PinLockout after = lockout.afterWrongPin(now);
        staff.keepLockout(current.id(), after, now);
        if (after.lockedAt(now)) {
            log(place, "locked", current, PinLockout.WRONG_PINS_BEFORE_LOCK + " wrong PINs in a row", now);
            throw new Refused(lockedSentence(current, after));
        }
        log(place, "wrong", current, what, now);
        int left = after.triesLeft();
        throw new Refused("That PIN is not right for " + current.name() + ". Try again; after " + left
                + (left == 1 ? " more wrong PIN" : " more wrong PINs") + " it locks for "
                + PinLockout.LOCK.toMinutes() + " minutes.");
    }

    private String lockedSentence(StaffMember who, PinLockout lockout) {
        String until = lockout.lockedUntil().map(at -> CLOCK_TIME.format(at.atZone(zone))).orElse("later");
        return who.name() + "'s PIN is locked after " + PinLockout.WRONG_PINS_BEFORE_LOCK
                + " wrong tries, until " + until + ". Wait, or ask the owner.";
    }

    private void log(String place, String outcome, StaffMember who, String detail, Instant at) {
        audit.append(place, "PIN", outcome, Optional.empty(), Optional.of(who.id()), detail, at);
    }
}
