package com.knead.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a kiosk visitor tells about themselves: name and phone, an email if they like, and their
 * date of birth, which with the phone number lets them be found again without anyone seeing names.
 */
public record ClientDetails(ContactDetails contact, String email, LocalDate dateOfBirth) {

    public static final int MAX_EMAIL = 254;
    public static final int OLDEST_AGE = 120;

    public ClientDetails {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        email = email == null ? "" : email;
    }

    /** Every problem with what was typed, each tied to its field; empty means it can be used. */
    public static List<ContactDetails.Problem> check(String name, String phone, String email,
                                                     String day, String month, String year, LocalDate today) {
        List<ContactDetails.Problem> problems = new ArrayList<>(ContactDetails.check(name, phone));
        String mail = ContactDetails.tidy(email);
        if (mail.length() > MAX_EMAIL) {
            problems.add(new ContactDetails.Problem(ContactDetails.Field.EMAIL,
                    "That email is too long; " + MAX_EMAIL + " letters at most."));
        } else if (!mail.isEmpty() && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new ContactDetails.Problem(ContactDetails.Field.EMAIL,
                    "That does not look like an email address. You can leave it empty."));
        }
        birthProblem(day, month, year, today).ifPresent(sentence ->
                problems.add(new ContactDetails.Problem(ContactDetails.Field.BIRTH_DATE, sentence)));
        return problems;
    }

    /** Tidied details; call only when {@link #check} found nothing. */
    public static ClientDetails of(String name, String phone, String email, String day, String month, String year,
                                   LocalDate today) {
        List<ContactDetails.Problem> problems = check(name, phone, email, day, month, year, today);
        if (!problems.isEmpty()) {
            throw new Refused(problems.get(0).sentence());
        }
        return new ClientDetails(ContactDetails.of(name, phone), ContactDetails.tidy(email),
                birthDate(day, month, year).orElseThrow());
    }

    /** The plain sentence for a date of birth that cannot be right, or empty when it is fine. */
    public static Optional<String> birthProblem(String day, String month, String year, LocalDate today) {
        if (blank(day) && blank(month) && blank(year)) {
            return Optional.of("Please type your date of birth.");
        }
        Optional<LocalDate> date = birthDate(day, month, year);
        if (date.isEmpty()) {
            return Optional.of("That is not a date. Please type the day (1-31), the month (1-12) and the year, like 1971.");
        }
        if (date.get().isAfter(today)) {
            return Optional.of("That date of birth is in the future.");
        }
        if (date.get().isBefore(today.minusYears(OLDEST_AGE))) {
            return Optional.of("That date of birth is more than " + OLDEST_AGE + " years ago.");
        }
        return Optional.empty();
    }

    /** The date typed as day, month and a four-digit year, if it is a real date. */
    public static Optional<LocalDate> birthDate(String day, String month, String year) {
        String d = ContactDetails.tidy(day);
        String m = ContactDetails.tidy(month);
        String y = ContactDetails.tidy(year);
        if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
