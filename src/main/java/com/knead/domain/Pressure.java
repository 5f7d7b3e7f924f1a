package com.knead.domain;

/** How firm a modality's work usually is, as told to the customer. */
public enum Pressure {
    LIGHT("Light"),
    LIGHT_MEDIUM("Light to medium"),
    MEDIUM("Medium"),
    MEDIUM_FIRM("Medium to firm"),
    FIRM("Firm"),
    VARIES("Varies");

    private final String label;

    Pressure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
