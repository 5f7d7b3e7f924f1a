package com.knead.usecase;

import com.knead.domain.IntakeQuestion;
import com.knead.domain.RedFlagRule;
import com.knead.domain.Refused;
import com.knead.domain.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The choices of an intake question as the owner types them, one a line: "code = Label" keeps the choice
 * with that code (answers and red-flag rules hold codes, so a relabelled choice means what it meant),
 * a line of words alone is a new choice whose code is made from its words.
 */
final class IntakeChoices {

    /** The width of the question table's code and choices columns. */
    static final int LONGEST_CODE = 40;
    static final int LONGEST_STORED = 600;
    static final int LONGEST_LABEL = 60;

    private IntakeChoices() {
    }

    /** The choices typed for a question answered as {@code kind}; {@code before} are its choices until now. */
    static List<IntakeQuestion.Choice> typed(IntakeQuestion.Kind kind, String typed, List<IntakeQuestion.Choice> before) {
        List<String> lines = (typed == null ? "" : typed).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (kind != IntakeQuestion.Kind.ONE && kind != IntakeQuestion.Kind.MANY) {
            if (!lines.isEmpty()) {
                throw new Refused("A question answered by a tick or by typing has no choices; leave the choices empty.");
            }
            return List.of();
        }
        if (lines.size() < 2) {
            throw new Refused("Give at least two choices, one on each line.");
        }
        List<IntakeQuestion.Choice> choices = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            String label = (eq >= 0 ? line.substring(eq + 1) : line).strip().replaceAll("\\s+", " ");
            if (label.isEmpty()) {
                throw new Refused("Each choice needs its words after \"=\", as the visitor should read them.");
            }
            if (label.contains("|")) {
                throw new Refused("A choice cannot contain \"|\"; use other words for \"" + label + "\".");
            }
            if (label.length() > LONGEST_LABEL) {
                throw new Refused("The choice \"" + label + "\" is too long; " + LONGEST_LABEL + " characters at most.");
            }
            if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                throw new Refused("The choice \"" + label + "\" is there twice; each choice needs words of its own.");
            }
            String code = eq > 0 ? slug(line.substring(0, eq)) : "";
            if (code.isEmpty()) {
                code = free(slug(label).isEmpty() ? "choice" : slug(label), codes, before);
            } else if (codes.contains(code)) {
                throw new Refused("Two choices have the code " + code + "; each needs its own.");
            }
            codes.add(code);
            choices.add(new IntakeQuestion.Choice(code, label));
        }
        if (IntakeQuestion.storedChoices(choices).length() > LONGEST_STORED) {
            throw new Refused("The choices are too long together; " + LONGEST_STORED + " characters at most.");
        }
        return choices;
    }

    /** A code made from {@code words} that no question in {@code taken} has. */
    static String freeCode(String words, List<String> taken) {
        String base = slug(words).isEmpty() ? "question" : slug(words);
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    /** A new choice's code: its words' code, unless this or an earlier choice has it (an old answer may hold it). */
    private static String free(String base, Set<String> codes, List<IntakeQuestion.Choice> before) {
        Set<String> taken = new HashSet<>(codes);
        before.forEach(c -> taken.add(c.code()));
        return freeCode(base, List.copyOf(taken));
    }

    /** Lower-case letters, digits and "_", at most {@link #LONGEST_CODE - 4} characters (room for a "_99"). */
    private static String slug(String words) {
        String code = words.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return code.length() <= LONGEST_CODE - 4 ? code : code.substring(0, LONGEST_CODE - 4).replaceAll("_+$", "");
    }

    /**
     * Refused when a choice that goes is one a red-flag rule in use reads ({@code question=choice}), or one Knead's
     * suggestions read (light pressure, pain for over three months).
     */
    static void requireNobodyReadsRemoved(IntakeQuestion question, List<IntakeQuestion.Choice> after,
                                          List<RedFlagRule> rules) {
        Set<String> kept = new HashSet<>();
        after.forEach(c -> kept.add(c.code()));
        for (IntakeQuestion.Choice gone : question.choices()) {
            if (kept.contains(gone.code())) {
                continue;
            }
            for (RedFlagRule rule : rules) {
                for (String condition : rule.whenAll().split(";")) {
                    if (condition.replace(" ", "").equals(question.code() + "=" + gone.code())) {
                        throw new Refused("The red-flag rule \"" + rule.reason() + "\" reads the choice \"" + gone.label()
                                + "\"; retire that rule on the Red flags tab before taking the choice away.");
                    }
                }
            }
            if ((question.code().equals(Suggestions.PRESSURE) && gone.code().equals("light"))
                    || (question.code().equals(Suggestions.HOW_LONG) && gone.code().equals("chronic"))) {
                throw new Refused("Knead's massage suggestions read the choice \"" + gone.label()
                        + "\"; it can be reworded but not taken away.");
            }
        }
    }
}
