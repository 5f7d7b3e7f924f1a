package com.knead.usecase;

import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.store.StaffStore;
import java.util.List;

/**
 * Staff leave the kiosk's full-screen mode: only someone whose role has {@link Permission#LEAVE_KIOSK},
 * with their own PIN (a PIN alone identifies nobody, so it is checked against the one person who
 * tapped their name), through {@link PinCheck}: wrong PINs count, lock and are logged with place "kiosk".
 */
public final class LeaveKioskMode {

    static final String PLACE = "kiosk";

    private final StaffStore staff;
    private final PinCheck pins;

    public LeaveKioskMode(StaffStore staff, PinCheck pins) {
        this.staff = staff;
        this.pins = pins;
    }

    /** The people who may leave kiosk mode and have a PIN, in the staff list's order. */
    public List<StaffMember> whoMayLeave() {
        return staff.active().stream()
                .filter(m -> RoleRights.may(m.role(), Permission.LEAVE_KIOSK) && m.pin() != null).toList();
    }

    /**
     * Returns when {@code typedPin} lets {@code member} leave kiosk mode, or throws {@link Refused}
     * with {@link PinCheck}'s sentence; slow on purpose (PIN hashes are), so worker work.
     */
    public void leave(StaffMember member, String typedPin) {
        pins.check(member, typedPin, Permission.LEAVE_KIOSK, PLACE);
    }
}
