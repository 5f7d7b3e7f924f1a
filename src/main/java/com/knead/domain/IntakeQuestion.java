package com.knead.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One question of the clinic's intake form, as the clinic keeps it in its database: which screen
 * it is on, how it is answered and, for choices, the answers offered.
 */
public record IntakeQuestion(String code, Section section, String prompt, Kind kind, List<Choice> choices,
                             int sortOrder) {

    /** Longest free-text answer kept. */
    public static final int MAX_TEXT = 500;

    /** The screen a question is on, in the order the visitor meets them. */
    public enum Section {
        PAIN("About your pain"),
        HEALTH("Your health: tap each one that applies"),
        PREFERENCES("Your preferences");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /** ONE: pick one choice; MANY: pick any; YES_NO: tap if it applies; TEXT: type. */
    public enum Kind { ONE, MANY, YES_NO, TEXT }

    public record Choice(String code, String label) {
    }

    /** The answer a YES_NO question holds when it applies. */
    public static final String YES = "yes";

    public IntakeQuestion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
    }

    /** Reads the stored form of the choices, {@code "code=Label|code=Label"}. */
    public static List<Choice> parseChoices(String stored) {
        List<Choice> result = new ArrayList<>();
        for (String part : stored.split("\\|")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                result.add(new Choice(part.substring(0, eq).strip(), part.substring(eq + 1).strip()));
            }
        }
        return result;
    }

    /** The stored form of some choices, as {@link #parseChoices} reads it. */
    public static String storedChoices(List<Choice> choices) {
        return String.join("|", choices.stream().map(c -> c.code() + "=" + c.label()).toList());
    }

    /** How an answer reads to a person: choice labels instead of codes, "Yes" for a ticked item. */
    public String readable(String answer) {
        if (answer == null || answer.isBlank()) {
            return "";
        }
        return switch (kind) {
            case YES_NO -> YES.equals(answer) ? "Yes" : "No";
            case TEXT -> answer;
            case ONE, MANY -> String.join(", ", IntakeAnswers.split(answer).stream().map(this::label).toList());
        };
    }

    private String label(String choiceCode) {
        return choices.stream().filter(c -> c.code().equals(choiceCode)).map(Choice::label).findFirst()
                .orElse(choiceCode);
    }
}
