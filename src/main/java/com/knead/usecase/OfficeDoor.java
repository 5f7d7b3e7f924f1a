package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.StaffStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The office's lock: who may open it (everyone whose role has {@link Permission#OPEN_OFFICE} and who
 * has a PIN), the unlock through {@link PinCheck} (wrong PINs count, lock and are logged there), and
 * "office unlocked" / "office locked" in the audit log.
 */
public final class OfficeDoor {

    private final StaffStore staff;
    private final PinCheck pins;
    private final AuditStore audit;
    private final Clock clock;

    public OfficeDoor(StaffStore staff, PinCheck pins, AuditStore audit, Clock clock) {
        this.staff = staff;
        this.pins = pins;
        this.audit = audit;
        this.clock = clock;
    }

    /** The people who may open the office, in the staff list's order. */
    public List<StaffMember> whoMayOpen() {
        return staff.active().stream()
                .filter(m -> RoleRights.may(m.role(), Permission.OPEN_OFFICE) && m.pin() != null).toList();
    }

    /** Opens the office for {@code who}, or refuses with {@link PinCheck}'s sentence; slow on purpose: worker work. */
    public Approval unlock(StaffMember who, String pin) {
        Approval approval = pins.check(who, pin, Permission.OPEN_OFFICE, EditStaff.PLACE);
        log("office unlocked", approval, "");
        return approval;
    }

    /** The office locked again, and why ("Lock pressed", "5 minutes idle", "window closed"). */
    public void locked(Approval who, String why) {
        log("office locked", who, why);
    }

    private void log(String action, Approval who, String detail) {
        audit.append(EditStaff.PLACE, action, EditStaff.DONE, Optional.empty(), Optional.of(who.staffId()), detail,
                clock.instant());
    }
}
