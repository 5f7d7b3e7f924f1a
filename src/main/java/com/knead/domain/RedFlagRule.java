package com.knead.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A rule from the clinic's data saying which answers flag a visit. Its conditions are kept as text,
 * separated by ";", and all must hold:
 * <ul>
 *   <li>{@code code=value}: the answer to that question is (or includes) value;</li>
 *   <li>{@code pain>=N}: some body region is marked N or more;</li>
 *   <li>{@code region=A,B}: one of these body regions is marked.</li>
 * </ul>
 */
public record RedFlagRule(String code, String reason, String whenAll) {

    public RedFlagRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        conditions(whenAll); // a rule that cannot be read is refused when loaded, not when a visitor answers
    }

    /** The flag when these answers raise it. */
    public boolean raisedBy(IntakeAnswers answers) {
        return conditions(whenAll).stream().allMatch(condition -> condition.test(answers));
    }

    public RedFlag flag() {
        return new RedFlag(code, reason);
    }

    private static List<Predicate<IntakeAnswers>> conditions(String whenAll) {
        List<String> parts = Arrays.stream(whenAll.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("A red-flag rule needs at least one condition");
        }
        return parts.stream().map(RedFlagRule::condition).toList();
    }

    private static Predicate<IntakeAnswers> condition(String text) {
        if (text.startsWith("pain>=")) {
            int at = Integer.parseInt(text.substring("pain>=".length()).strip());
            return answers -> answers.worstPain() >= at;
        }
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("Cannot read the red-flag condition \"" + text + "\"");
        }
        String name = text.substring(0, eq).strip();
        String value = text.substring(eq + 1).strip();
        if (name.equals("region")) {
            Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
            for (String region : value.split(",")) {
                regions.add(BodyRegion.valueOf(region.strip()));
            }
            return answers -> answers.pain().keySet().stream().anyMatch(regions::contains);
        }
        return answers -> answers.says(name, value);
    }
}
