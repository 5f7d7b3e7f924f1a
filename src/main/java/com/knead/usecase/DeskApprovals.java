package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.store.StaffStore;
import java.util.List;

/**
 * Who may approve something at the desk (a large discount, a void, a refund, a session without a
 * clearance) and the check of their PIN, through {@link PinCheck}, so wrong PINs count and lock
 * here as everywhere. PIN hashes are slow on purpose: worker work.
 */
public final class DeskApprovals {

    private final StaffStore staff;
    private final PinCheck pins;

    public DeskApprovals(StaffStore staff, PinCheck pins) {
        this.staff = staff;
        this.pins = pins;
    }

    /** The active staff whose role has {@code right}. */
    public List<StaffMember> approvers(Permission right) {
        return staff.active().stream().filter(m -> RoleRights.may(m.role(), right)).toList();
    }

    /** The approval of {@code who} for {@code right}, refused with PinCheck's sentence. */
    public Approval check(StaffMember who, String pin, Permission right) {
        return pins.check(who, pin, right, "desk");
    }
}
