package com.knead.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a visitor answered on the intake form: an answer per question code (several choices of a
 * MANY question joined by commas; a YES_NO question holds "yes" when it applies) and a pain
 * intensity 0–10 per body region tapped. Empty answers are not kept, so two forms that say the
 * same thing are equal.
 */
public record IntakeAnswers(Map<String, String> answers, Map<BodyRegion, Integer> pain) {

    public static final IntakeAnswers NONE = new IntakeAnswers(Map.of(), Map.of());

    public IntakeAnswers {
        Map<String, String> kept = new LinkedHashMap<>();
        answers.forEach((code, answer) -> {
            if (answer != null && !answer.isBlank()) {
                kept.put(code, answer.strip());
            }
        });
        answers = Map.copyOf(kept);
        Map<BodyRegion, Integer> marked = new EnumMap<>(BodyRegion.class);
        pain.forEach((region, intensity) -> {
            if (intensity < 0 || intensity > 10) {
                throw new IllegalArgumentException("Pain is marked 0 to 10: " + intensity);
            }
            marked.put(region, intensity);
        });
        pain = Map.copyOf(marked);
    }

    public Optional<String> answer(String code) {
        return Optional.ofNullable(answers.get(code));
    }

    /** True when the answer is, or (for several choices) includes, {@code value}. */
    public boolean says(String code, String value) {
        return split(answers.get(code)).contains(value);
    }

    /** The highest intensity marked anywhere, 0 when nothing is marked. */
    public int worstPain() {
        return pain.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public IntakeAnswers with(String code, String answer) {
        Map<String, String> changed = new LinkedHashMap<>(answers);
        changed.put(code, answer);
        return new IntakeAnswers(changed, pain);
    }

    public IntakeAnswers withPain(Map<BodyRegion, Integer> regions) {
        return new IntakeAnswers(answers, regions);
    }

    /** The choices of a stored answer. */
    public static List<String> split(String answer) {
        if (answer == null || answer.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(answer.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
