package com.knead.usecase;

import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.StaffStore;
import java.util.List;

/**
 * Staff leave the kiosk's full-screen mode: only an owner or a manager may, with their own PIN
 * (a PIN alone identifies nobody, so it is checked against the one person who tapped their name).
 */
public final class LeaveKioskMode {

    private final StaffStore staff;

    public LeaveKioskMode(StaffStore staff) {
        this.staff = staff;
    }

    /** The owners and managers, in the staff list's order. */
    public List<StaffMember> whoMayLeave() {
        return staff.active().stream()
                .filter(m -> m.role() == StaffRole.OWNER || m.role() == StaffRole.MANAGER).toList();
    }

    /** Whether {@code typedPin} is {@code member}'s; slow on purpose (PIN hashes are), so worker work. */
    public boolean unlocks(StaffMember member, String typedPin) {
        return (member.role() == StaffRole.OWNER || member.role() == StaffRole.MANAGER) && member.unlocks(typedPin);
    }
}
