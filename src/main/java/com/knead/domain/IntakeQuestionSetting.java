package com.knead.domain;

import java.util.Objects;

/**
 * An intake question as the clinic keeps it: shown on the kiosk's form, or hidden (kept, for the
 * intakes that answered it). Each answer keeps the wording it was asked in, so rewording a question
 * changes only what the next visitors read.
 */
public record IntakeQuestionSetting(IntakeQuestion question, boolean shown) {

    /** The longest wording the form keeps. */
    public static final int LONGEST_PROMPT = 200;

    public IntakeQuestionSetting {
        Objects.requireNonNull(question, "question");
    }

    /** A wording as typed, stripped; refused in a sentence when empty or too long. */
    public static String wording(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new Refused("Type the question as the visitor should read it.");
        }
        if (text.length() > LONGEST_PROMPT) {
            throw new Refused("The question is too long; " + LONGEST_PROMPT + " characters at most.");
        }
        return text;
    }
}
