package com.knead.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The name and phone number a visitor types at check-in, tidied and checked. Problems come back
 * as plain sentences tied to the field they concern, so the screen can show each next to its box.
 */
public record ContactDetails(String name, String phone) {

    public static final int MAX_NAME = 80;

    public enum Field { NAME, PHONE, EMAIL, BIRTH_DATE }

    public record Problem(Field field, String sentence) {
    }

    /** Checks what was typed; an empty list means it is fine to use. */
    public static List<Problem> check(String name, String phone) {
        List<Problem> problems = new ArrayList<>();
        String n = tidy(name);
        if (n.isEmpty()) {
            problems.add(new Problem(Field.NAME, "Please type your name."));
        } else if (n.codePointCount(0, n.length()) > MAX_NAME) {
            problems.add(new Problem(Field.NAME, "That name is too long; " + MAX_NAME + " letters at most."));
        }
        String p = tidy(phone);
        long digits = p.chars().filter(Character::isDigit).count();
        if (p.isEmpty()) {
            problems.add(new Problem(Field.PHONE, "Please type your phone number."));
        } else if (!p.matches("[+]?[0-9 ()./-]+") || digits < 7 || digits > 15) {
            problems.add(new Problem(Field.PHONE, "That does not look like a phone number; use 7 to 15 digits."));
        }
        return problems;
    }

    /** Tidied details; call only when {@link #check} found nothing. */
    public static ContactDetails of(String name, String phone) {
        List<Problem> problems = check(name, phone);
        if (!problems.isEmpty()) {
            throw new Refused(problems.get(0).sentence());
        }
        return new ContactDetails(tidy(name), normalisePhone(phone));
    }

    /** Keeps the digits (and a leading +) so "555 123-4567" and "5551234567" are the same number. */
    public static String normalisePhone(String phone) {
        String p = tidy(phone);
        String digits = p.replaceAll("[^0-9]", "");
        return p.startsWith("+") ? "+" + digits : digits;
    }

    static String tidy(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
