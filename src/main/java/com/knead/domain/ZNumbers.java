package com.knead.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Z numbers, checked for {@code knead verify}: read in number order they must run 1, 2, 3, … with
 * no number missing or repeated, each closing a later business day than the one before. One sentence
 * per problem, naming the Z and its day.
 */
public final class ZNumbers {

    /** One Z as stored: its number and the business day it closed. */
    public record Closed(long number, LocalDate day) {
        String label() {
            return name(number) + " (" + day + ")";
        }
    }

    private ZNumbers() {
    }

    /** A Z's name as on its paper: "Z 000042". */
    static String name(long number) {
        return "Z " + String.format("%06d", number);
    }

    /** What is wrong with the numbering of {@code zs} (in number order); empty when it is gap-free and in day order. */
    public static List<String> problems(List<Closed> zs) {
        List<String> problems = new ArrayList<>();
        Closed previous = null;
        for (Closed z : zs) {
            long expected = previous == null ? 1 : previous.number() + 1;
            if (previous == null && z.number() < 1) {
                problems.add(z.label() + " has a number below 1: Z numbers start at 1.");
            } else if (z.number() < expected) {
                problems.add(z.label() + " repeats a number already used by " + previous.label() + ".");
            } else if (z.number() > expected) {
                long missing = z.number() - expected;
                problems.add((missing == 1 ? name(expected) + " is missing" : name(expected) + " to " + name(z.number() - 1)
                        + " are missing") + ": " + (previous == null ? "the first Z is " + z.label()
                        : previous.label() + " is followed by " + z.label()) + ".");
            }
            if (previous != null && !z.day().isAfter(previous.day())) {
                problems.add(z.label() + " closes a day that is not after " + previous.label()
                        + "'s: the numbers run against the days.");
            }
            previous = z;
        }
        return problems;
    }
}
