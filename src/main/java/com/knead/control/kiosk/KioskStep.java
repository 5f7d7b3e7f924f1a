package com.knead.control.kiosk;

import com.knead.domain.IntakeQuestion;

/**
 * The screens of the kiosk, in the order a new visitor meets them; {@link #STAFF} is the staff-only
 * screen for leaving kiosk mode.
 */
public enum KioskStep {
    WELCOME, RETURNING, CHANGED, CONTACT, BODY_MAP, PAIN, HEALTH, RED_FLAG, PREFERENCES, CONSENT, SERVICE, REVIEW,
    CHECKED_IN, STAFF;

    /** The step that asks one section of the clinic's questions. */
    public static KioskStep of(IntakeQuestion.Section section) {
        return switch (section) {
            case PAIN -> PAIN;
            case HEALTH -> HEALTH;
            case PREFERENCES -> PREFERENCES;
        };
    }

    /** Where Back leads from here; a step without a Back button leads nowhere else. */
    KioskStep back() {
        return switch (this) {
            case RETURNING, CONTACT -> WELCOME;
            case BODY_MAP -> CONTACT;
            case PAIN -> BODY_MAP;
            case HEALTH -> PAIN;
            case PREFERENCES -> HEALTH;
            case CONSENT -> PREFERENCES;
            case SERVICE -> CONSENT;
            case REVIEW -> SERVICE;
            default -> this;
        };
    }

    /** Whether a visitor (or staff member) is part way through: only then does the kiosk ask "still there?". */
    boolean inProgress() {
        return this != WELCOME && this != CHECKED_IN;
    }
}
