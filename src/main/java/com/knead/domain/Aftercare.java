package com.knead.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What the receipt tells the client to do until the next visit: a few stretches that fit the areas
 * that hurt, and when to come back (about two weeks; one week when the pain is chronic).
 */
public record Aftercare(List<String> lines, Period rebookAfter) {

    static final String KNEE_TO_CHEST = "Knee-to-chest stretch: lie on your back and hug one knee, then the other.";
    static final String LYING_TWIST = "Lying twist: one foot over the other knee, shoulders kept on the floor.";
    static final String GET_UP = "Sitting all day? Get up and stretch often.";
    static final String NECK = "Neck: slowly tilt an ear towards each shoulder and hold for a few breaths.";
    static final String SEE_PHYSICIAN = "If it gets worse, please see a physician before your next massage.";

    public Aftercare {
        lines = List.copyOf(lines);
    }

    /** Every piece of advice the receipt may give, in its order: the therapist's note chooses from these. */
    public static List<String> advice() {
        return List.of(KNEE_TO_CHEST, LYING_TWIST, NECK, GET_UP, SEE_PHYSICIAN);
    }

    /** No stretches, the usual two weeks. */
    public static Aftercare standard() {
        return new Aftercare(List.of(), Period.ofWeeks(2));
    }

    /**
     * Stretches chosen from the pain areas of the intake (names such as "lower back", "hips",
     * "neck"; case does not matter), and the rebook interval.
     */
    public static Aftercare forPainAreas(Collection<String> areas, boolean chronic) {
        List<String> lines = new ArrayList<>();
        List<String> names = areas.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
        if (names.stream().anyMatch(a -> a.contains("back"))) {
            lines.add(KNEE_TO_CHEST);
        }
        if (names.stream().anyMatch(a -> a.contains("lower back") || a.contains("hip") || a.contains("glute"))) {
            lines.add(LYING_TWIST);
        }
        if (names.stream().anyMatch(a -> a.contains("neck") || a.contains("shoulder"))) {
            lines.add(NECK);
        }
        if (!names.isEmpty()) {
            lines.add(GET_UP);
            lines.add(SEE_PHYSICIAN);
        }
        return new Aftercare(lines, chronic ? Period.ofWeeks(1) : Period.ofWeeks(2));
    }

    /** Aftercare for what an intake said: the areas that hurt, and whether the pain is chronic. */
    public static Aftercare forIntake(Intake intake) {
        IntakeAnswers answers = intake.answers();
        List<String> areas = answers.pain().keySet().stream().map(BodyRegion::label).toList();
        return forPainAreas(areas, answers.says(HOW_LONG, "chronic"));
    }

    /** The intake question about how long the pain has lasted (seeded by migration V3). */
    static final String HOW_LONG = "how_long";

    /** The day to suggest for the next visit. */
    public LocalDate rebookOn(LocalDate visitDay) {
        return visitDay.plus(rebookAfter);
    }

    /** {@code in two weeks} or {@code in one week}. */
    public String rebookWords() {
        int weeks = rebookAfter.getDays() / 7;
        return "in " + (weeks == 1 ? "one week" : weeks == 2 ? "two weeks" : weeks + " weeks");
    }
}
