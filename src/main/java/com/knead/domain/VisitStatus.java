package com.knead.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a visit stands. A visit moves forward only: checked in → in session → done → paid, and
 * may be cancelled before it is paid. Payment may be taken at any point before that (many clients
 * pay before their session), which ends the visit's life at the desk.
 */
public enum VisitStatus {
    CHECKED_IN("Waiting"),
    IN_SESSION("In session"),
    DONE("Done"),
    PAID("Paid"),
    CANCELLED("Cancelled");

    private final String label;

    VisitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<VisitStatus> next() {
        return switch (this) {
            case CHECKED_IN -> EnumSet.of(IN_SESSION, PAID, CANCELLED);
            case IN_SESSION -> EnumSet.of(DONE, PAID, CANCELLED);
            case DONE -> EnumSet.of(PAID, CANCELLED);
            case PAID, CANCELLED -> EnumSet.noneOf(VisitStatus.class);
        };
    }

    public boolean canMoveTo(VisitStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return this != PAID && this != CANCELLED;
    }
}
