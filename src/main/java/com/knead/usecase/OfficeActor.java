package com.knead.usecase;

import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.store.Stores;

/** Who is acting in the office, as the staff list has them now: a role changed or a person deactivated counts at once. */
final class OfficeActor {

    private OfficeActor() {
    }

    static StaffMember asStored(Stores stores, StaffMember who) {
        if (who == null) {
            throw new Refused("The office is locked; unlock it first.");
        }
        return stores.staff().find(who.id()).filter(m -> stores.staff().active().stream()
                .anyMatch(a -> a.id().equals(m.id())))
                .orElseThrow(() -> new Refused(who.name() + " is no longer on the staff list."));
    }
}
