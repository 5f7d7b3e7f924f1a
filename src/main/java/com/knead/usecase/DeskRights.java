package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.store.StaffStore;

/**
 * The desk's rights, checked in the use case however the screen was driven: nothing is done at the
 * desk by nobody, and what needs a right is done by someone who has it, or approved by someone who
 * has (whose PIN {@link PinCheck} checked).
 */
final class DeskRights {

    private DeskRights() {
    }

    /** The person signed in at the desk, who may take payments; refused when nobody is. */
    static StaffMember signedIn(StaffMember actor) {
        if (actor == null) {
            throw new Refused("Sign in first.");
        }
        RoleRights.require(actor, Permission.TAKE_PAYMENT);
        return actor;
    }

    /**
     * Who answers for {@code right}: the approver when one approved (looked up again, so an approval
     * from someone without the right is refused), else the signed-in person, who must have it.
     */
    static Approval approvedFor(StaffStore staff, StaffMember actor, Approval approval, Permission right) {
        signedIn(actor);
        if (approval == null) {
            RoleRights.require(actor, right);
            return new Approval(actor.id(), actor.name());
        }
        StaffMember approver = staff.find(approval.staffId())
                .orElseThrow(() -> new Refused(approval.staffName() + " is no longer on the staff list."));
        RoleRights.require(approver, right);
        return new Approval(approver.id(), approver.name());
    }
}
