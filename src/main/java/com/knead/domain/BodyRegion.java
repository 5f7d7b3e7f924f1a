package com.knead.domain;

/** A part of the body a visitor can mark on the body map, front or back. */
public enum BodyRegion {
    HEAD("Head"),
    NECK("Neck"),
    SHOULDERS("Shoulders"),
    CHEST("Chest"),
    ABDOMEN("Abdomen"),
    UPPER_BACK("Upper back"),
    LOWER_BACK("Lower back"),
    HIPS_GLUTES("Hips and glutes"),
    ARMS("Arms"),
    HANDS("Hands and wrists"),
    THIGHS("Thighs"),
    KNEES("Knees"),
    CALVES("Lower legs"),
    FEET("Feet");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
