package com.knead.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a day a person typed as YYYY-MM-DD, or says in one plain sentence why it cannot. */
public final class TypedDay {

    private TypedDay() {
    }

    /** {@code today} shows the person the form to type. */
    public static LocalDate parse(String typed, LocalDate today) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new Refused("Type the day the price takes effect, like " + today + ".");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused("\"" + text + "\" is not a date; type it as YYYY-MM-DD, like " + today + ".");
        }
    }
}
