package com.knead.domain;

import java.util.Locale;

/** A staff member's role; what each may do is {@link RoleRights}' table. */
public enum StaffRole {
    OWNER, MANAGER, CASHIER, THERAPIST;

    public boolean canOpenOffice() {
        return RoleRights.may(this, Permission.OPEN_OFFICE);
    }

    /** In plain words: "manager". */
    public String words() {
        return name().toLowerCase(Locale.ROOT);
    }
}
