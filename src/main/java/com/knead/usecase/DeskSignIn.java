package com.knead.usecase;

import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.SettingStore;
import com.knead.store.StaffStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in at the desk: the people who may take payments, each signing in with their own PIN
 * (checked by {@link PinCheck}, which counts wrong PINs and locks), and signing out by hand or after
 * the desk stood idle. Every sign-in, switch and sign-out is in the audit log. PIN hashes are slow on
 * purpose: worker work.
 */
public final class DeskSignIn {

    /** The setting that says after how many idle minutes the desk signs out; read at start. */
    public static final String SIGN_OUT_MINUTES = "desk.signOutMinutes";
    /** Without that setting, the desk signs out after ten idle minutes. */
    public static final int DEFAULT_SIGN_OUT_MINUTES = 10;
    /** The setting that shows the on-screen keyboard under the desk's note and PIN fields ("true"; off when unset). */
    public static final String TOUCH_MODE = "desk.touchMode";

    private static final Logger LOG = LoggerFactory.getLogger(DeskSignIn.class);
    private static final String PLACE = "desk";

    /** How a person stopped being signed in. */
    public enum SignOut {
        BY_HAND("by hand"), IDLE("idle");

        private final String words;

        SignOut(String words) {
            this.words = words;
        }
    }

    private final StaffStore staff;
    private final AuditStore audit;
    private final SettingStore settings;
    private final PinCheck pins;
    private final Clock clock;

    public DeskSignIn(StaffStore staff, AuditStore audit, SettingStore settings, PinCheck pins, Clock clock) {
        this.staff = staff;
        this.audit = audit;
        this.settings = settings;
        this.pins = pins;
        this.clock = clock;
    }

    /** The active staff who may take payments, by name: the names on the sign-in card. */
    public List<StaffMember> cashiers() {
        return staff.active().stream().filter(m -> RoleRights.may(m.role(), Permission.TAKE_PAYMENT)).toList();
    }

    /** How long the desk may stand untouched before it signs out: the setting, or ten minutes. */
    public Duration signOutAfter() {
        return signOutAfter(settings);
    }

    /** The sign-out time as {@code settings} hold it (ten minutes when unset or unreadable); the office shows it too. */
    static Duration signOutAfter(SettingStore settings) {
        Optional<String> typed = settings.get(SIGN_OUT_MINUTES);
        try {
            int minutes = typed.map(String::strip).map(Integer::parseInt).orElse(DEFAULT_SIGN_OUT_MINUTES);
            if (minutes > 0) {
                return Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException e) {
            // Told in the log below; the desk still signs out, after the usual time.
        }
        LOG.warn("The setting {} is \"{}\", not a number of minutes above zero; the desk signs out after {} minutes",
                SIGN_OUT_MINUTES, typed.orElse(""), DEFAULT_SIGN_OUT_MINUTES);
        return Duration.ofMinutes(DEFAULT_SIGN_OUT_MINUTES);
    }

    /** Whether the desk is in touch mode: the on-screen keyboard under session notes' text and PIN fields. */
    public boolean touchMode() {
        return touchMode(settings);
    }

    static boolean touchMode(SettingStore settings) {
        return settings.get(TOUCH_MODE).map(String::strip).filter("true"::equals).isPresent();
    }

    /**
     * Signs {@code who} in with {@code pin}, after {@code before} (who was signed in until Switch was
     * tapped; null when nobody was); refused with PinCheck's sentence when the PIN or the role is wrong.
     */
    public StaffMember signIn(StaffMember who, String pin, StaffMember before) {
        if (who != null && who.pin() == null) {
            throw new Refused(who.name() + " has no PIN yet; the owner gives one in the office.");
        }
        pins.check(who, pin, Permission.TAKE_PAYMENT, PLACE);
        StaffMember current = staff.find(who.id()).orElseThrow();
        if (before == null || before.id().equals(current.id())) {
            audit.append(PLACE, "sign in", "signed in", Optional.empty(), Optional.of(current.id()), "", clock.instant());
        } else {
            audit.append(PLACE, "switch", "signed in", Optional.empty(), Optional.of(current.id()),
                    "after " + before.name(), clock.instant());
        }
        return current;
    }

    /** Signs {@code who} out, by hand or because the desk stood idle. */
    public void signOut(StaffMember who, SignOut how) {
        audit.append(PLACE, "sign out", how.words, Optional.empty(), Optional.of(who.id()), "", clock.instant());
    }
}
