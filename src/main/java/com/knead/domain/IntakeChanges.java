package com.knead.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changed from one version of a client's intake to the next, in lines a person reads: answers
 * given, changed or taken back (with the form's wording), pain marked, changed or cleared on the body
 * map, and red flags raised or gone.
 */
public final class IntakeChanges {

    private IntakeChanges() {
    }

    /** The changes from {@code before} to {@code after}, in the form's question order; empty when nothing changed. */
    public static List<String> between(Intake before, Intake after, IntakeForm form) {
        List<String> lines = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        form.questions().forEach(q -> codes.add(q.code()));
        codes.addAll(before.answers().answers().keySet());
        codes.addAll(after.answers().answers().keySet());
        for (String code : codes) {
            Optional<IntakeQuestion> question = form.questions().stream().filter(q -> q.code().equals(code)).findFirst();
            String prompt = question.map(IntakeQuestion::prompt).orElse(code);
            String was = readable(question, before.answers().answer(code).orElse(""));
            String now = readable(question, after.answers().answer(code).orElse(""));
            if (!was.equals(now)) {
                lines.add(was.isEmpty() ? prompt + ": now " + now
                        : now.isEmpty() ? prompt + ": no longer " + was : prompt + ": " + was + " → " + now);
            }
        }
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        regions.addAll(before.answers().pain().keySet());
        regions.addAll(after.answers().pain().keySet());
        for (BodyRegion region : regions) {
            Integer was = before.answers().pain().get(region);
            Integer now = after.answers().pain().get(region);
            if (was == null) {
                lines.add("Pain in the " + region.label().toLowerCase() + ": now " + now + "/10");
            } else if (now == null) {
                lines.add("Pain in the " + region.label().toLowerCase() + ": no longer marked (was " + was + "/10)");
            } else if (!was.equals(now)) {
                lines.add("Pain in the " + region.label().toLowerCase() + ": " + was + "/10 → " + now + "/10");
            }
        }
        after.redFlags().stream().filter(f -> !before.redFlags().contains(f))
                .forEach(f -> lines.add("New red flag: " + f.reason()));
        before.redFlags().stream().filter(f -> !after.redFlags().contains(f))
                .forEach(f -> lines.add("Red flag gone: " + f.reason()));
        return lines;
    }

    private static String readable(Optional<IntakeQuestion> question, String answer) {
        return question.map(q -> q.readable(answer)).orElse(answer);
    }
}
