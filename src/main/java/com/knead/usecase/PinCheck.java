package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.PinLockout;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
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
        if (who == null) {
            throw new Refused("Choose your name first.");
        }
        Instant now = clock.instant();
        StaffMember current = staff.find(who.id()).orElseThrow(() -> new Refused(who.name() + " is no longer on the staff list."));
        try {
            RoleRights.require(current, right);
        } catch (Refused noRight) {
            log(place, "no right", current, right.words(), now);
            throw noRight;
        }
        PinLockout lockout = staff.lockout(current.id());
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
        log(place, "wrong", current, right.words(), now);
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
