package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.StaffStore;
import java.util.List;
import java.util.Set;

/**
 * Who may approve something (a large discount, a void, a refund, opening the office) and the check
 * of their PIN. PIN hashes are slow on purpose: call these as worker work.
 */
public final class Approvals {

    private final StaffStore staff;

    public Approvals(StaffStore staff) {
        this.staff = staff;
    }

    /** The active staff in one of {@code roles}. */
    public List<StaffMember> approvers(Set<StaffRole> roles) {
        return staff.active().stream().filter(m -> roles.contains(m.role())).toList();
    }

    /** The approval of {@code who}, refused with a plain sentence when the PIN or the role is wrong. */
    public Approval check(StaffMember who, String pin, Set<StaffRole> roles, String what) {
        return Approval.check(who, pin, roles, what);
    }

    /** The people who may open the office. */
    public List<StaffMember> owners() {
        return staff.active().stream().filter(m -> m.role().canOpenOffice()).toList();
    }

    /** True when {@code pin} is {@code who}'s. */
    public boolean unlocks(StaffMember who, String pin) {
        return who.unlocks(pin);
    }
}
