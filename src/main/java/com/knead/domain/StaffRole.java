package com.knead.domain;

/** What a staff member may do: owners reach the office, managers approve voids, all run the desk. */
public enum StaffRole {
    OWNER, MANAGER, CASHIER, THERAPIST;

    public boolean canOpenOffice() {
        return this == OWNER;
    }
}
