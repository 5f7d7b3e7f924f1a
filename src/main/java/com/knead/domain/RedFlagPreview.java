package com.knead.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Trying a red-flag rule before the clinic keeps it: whether its conditions can be read and name
 * questions the form has, and whether it flags sample answers typed the same way
 * ({@code numbness=yes; LOWER_BACK=8}: an answer per question code, a pain level per body region).
 */
public final class RedFlagPreview {

    private RedFlagPreview() {
    }

    /** Why this rule cannot be kept, in a sentence; empty when it reads and names only real questions. */
    public static Optional<String> problem(String whenAll, IntakeForm form) {
        String text = whenAll == null ? "" : whenAll.strip();
        if (text.isEmpty()) {
            return Optional.of("Type the rule's conditions, like \"fever=yes; region=LOWER_BACK\".");
        }
        try {
            new RedFlagRule("preview", "preview", text);
        } catch (IllegalArgumentException e) {
            return Optional.of("That rule cannot be read. Write each condition as question=answer, pain>=N or "
                    + "region=" + regions() + ", separated by \";\".");
        }
        Set<String> codes = form.questions().stream().map(IntakeQuestion::code).collect(Collectors.toSet());
        for (String condition : text.split(";")) {
            String part = condition.strip();
            int eq = part.indexOf('=');
            if (part.isEmpty() || part.startsWith("pain>=") || eq <= 0) {
                continue;
            }
            String code = part.substring(0, eq).strip();
            if (!code.equals("region") && !codes.contains(code)) {
                return Optional.of("The form has no question \"" + code + "\"; the questions are "
                        + String.join(", ", codes.stream().sorted().toList()) + ".");
            }
        }
        return Optional.empty();
    }

    private static String regions() {
        return Arrays.stream(BodyRegion.values()).map(Enum::name).collect(Collectors.joining(","));
    }

    /** Sample answers as typed; refused in a sentence when a part cannot be read. */
    public static IntakeAnswers sample(String typed) {
        Map<String, String> answers = new HashMap<>();
        Map<BodyRegion, Integer> pain = new EnumMap<>(BodyRegion.class);
        for (String part : (typed == null ? "" : typed).split(";")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new Refused("Write each sample answer as question=answer or REGION=pain, like \"fever=yes; "
                        + "LOWER_BACK=8\".");
            }
            String name = entry.substring(0, eq).strip();
            String value = entry.substring(eq + 1).strip();
            Optional<BodyRegion> region = Arrays.stream(BodyRegion.values())
                    .filter(r -> r.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
            if (region.isPresent()) {
                try {
                    int level = Integer.parseInt(value);
                    if (level < 0 || level > 10) {
                        throw new NumberFormatException();
                    }
                    pain.put(region.get(), level);
                } catch (NumberFormatException e) {
                    throw new Refused("The pain in " + name + " must be a number from 0 to 10.");
                }
            } else {
                answers.put(name, value);
            }
        }
        return new IntakeAnswers(answers, pain);
    }

    /** Whether the rule flags the sample answers; the rule must read (see {@link #problem}). */
    public static boolean raises(String whenAll, IntakeAnswers sample) {
        return new RedFlagRule("preview", "preview", whenAll.strip()).raisedBy(sample);
    }
}
