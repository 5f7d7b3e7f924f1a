package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What changed between two versions of a client's intake, in the lines the client record shows. */
class IntakeChangesTest {

    private static final Instant AT = Instant.parse("2026-03-10T15:00:00Z");
    private static final IntakeForm FORM = new IntakeForm(List.of(IntakeFormTest.HOW_LONG, IntakeFormTest.WORSE,
            IntakeFormTest.MEDICATIONS), List.of());
    private static final RedFlag CLOTS = new RedFlag("clots", "Blood clots");
    private static final RedFlag FEVER = new RedFlag("fever", "Fever");

    private static Intake intake(Map<String, String> answers, Map<BodyRegion, Integer> pain, List<RedFlag> flags) {
        return new Intake(Ids.next(), Ids.next(), 1, new IntakeAnswers(answers, pain), flags,
                Signature.typed("Ada Lovelace", AT), AT);
    }

    @Test
    void nothingChangedIsNoLine() {
        Intake same = intake(Map.of("how_long", "acute"), Map.of(BodyRegion.NECK, 4), List.of(CLOTS));
        assertThat(IntakeChanges.between(same, intake(Map.of("how_long", "acute"), Map.of(BodyRegion.NECK, 4),
                List.of(CLOTS)), FORM)).isEmpty();
    }

    @Test
    void answersGivenChangedAndTakenBackReadInTheFormsWordsAndOrder() {
        Intake before = intake(Map.of("how_long", "acute", "worse_with", "sitting", "medications", "Ibuprofen"),
                Map.of(), List.of());
        Intake after = intake(Map.of("how_long", "chronic", "worse_with", "sitting,lifting", "old_code", "x"),
                Map.of(), List.of());
        assertThat(IntakeChanges.between(before, after, FORM)).containsExactly(
                "How long have you had this pain?: Under 6 weeks → Over 3 months",
                "What makes it worse?: Sitting → Sitting, Lifting",
                "Medications you take (if any): no longer Ibuprofen",
                "old_code: now x");
        assertThat(IntakeChanges.between(intake(Map.of(), Map.of(), List.of()),
                intake(Map.of("medications", "Warfarin"), Map.of(), List.of()), FORM))
                .containsExactly("Medications you take (if any): now Warfarin");
    }

    @Test
    void painMarkedChangedAndClearedOnTheBodyMap() {
        Intake before = intake(Map.of(), Map.of(BodyRegion.NECK, 4, BodyRegion.UPPER_BACK, 6, BodyRegion.LOWER_BACK, 3),
                List.of());
        Intake after = intake(Map.of(), Map.of(BodyRegion.NECK, 7, BodyRegion.LOWER_BACK, 3, BodyRegion.KNEES, 2),
                List.of());
        assertThat(IntakeChanges.between(before, after, FORM)).containsExactlyInAnyOrder(
                "Pain in the neck: 4/10 → 7/10",
                "Pain in the upper back: no longer marked (was 6/10)",
                "Pain in the knees: now 2/10");
    }

    @Test
    void redFlagsRaisedAndGone() {
        Intake before = intake(Map.of(), Map.of(), List.of(FEVER));
        Intake after = intake(Map.of(), Map.of(), List.of(CLOTS));
        assertThat(IntakeChanges.between(before, after, FORM))
                .containsExactly("New red flag: Blood clots", "Red flag gone: Fever");
    }
}
