package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffListing;
import com.knead.domain.StaffMember;
import com.knead.store.StaffStore;

/**
 * The person acting in the office, as the staff list has them now: the one who unlocked it may since
 * have been deactivated or given another role, so their right is checked on what is stored, every time.
 */
final class Acting {

    private Acting() {
    }

    /** {@code by} as stored, refused when no longer active or when their role lacks {@code right}. */
    static StaffMember member(StaffStore staff, Approval by, Permission right) {
        if (by == null) {
            throw new Refused("The office is locked; unlock it first.");
        }
        StaffMember member = staff.listing(by.staffId()).filter(StaffListing::active).map(StaffListing::member)
                .orElseThrow(() -> new Refused(by.staffName() + " is no longer on the staff list."));
        RoleRights.require(member, right);
        return member;
    }
}
