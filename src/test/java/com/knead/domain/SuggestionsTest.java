package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<Modality> OFFERED = List.of(
            modality("SWEDISH", false), modality("RELAXATION", false), modality("DEEP_TISSUE", true),
            modality("TRIGGER_POINT", true), modality("MYOFASCIAL", false), modality("THAI", false));

    private static Modality modality(String code, boolean intense) {
        return new Modality(Ids.next(), code, code, "", Pressure.MEDIUM, intense, 1);
    }

    private static IntakeAnswers answers(String pressure, String howLong, int pain) {
        return new IntakeAnswers(Map.of("pressure", pressure, "how_long", howLong),
                pain > 0 ? Map.of(BodyRegion.LOWER_BACK, pain) : Map.of());
    }

    @Test
    void lightPressureSuggestsGentleWork() {
        Suggestions.Suggestion s = Suggestions.of(answers("light", "acute", 3), List.of(), OFFERED);
        assertThat(s.modalityCodes()).containsExactlyInAnyOrder("SWEDISH", "RELAXATION");
        assertThat(s.why()).contains("light pressure");
    }

    @Test
    void chronicPainSuggestsDeepWork() {
        Suggestions.Suggestion s = Suggestions.of(answers("firm", "chronic", 6), List.of(), OFFERED);
        assertThat(s.modalityCodes()).containsExactlyInAnyOrder("DEEP_TISSUE", "TRIGGER_POINT", "MYOFASCIAL");
        assertThat(s.why()).contains("over 3 months");
    }

    @Test
    void chronicPainWithLowToleranceLeavesOutIntenseWork() {
        Suggestions.Suggestion s = Suggestions.of(answers("light", "chronic", 6), List.of(), OFFERED);
        assertThat(s.modalityCodes()).containsExactlyInAnyOrder("SWEDISH", "RELAXATION", "MYOFASCIAL");
        assertThat(s.why()).contains("can hurt");
    }

    @Test
    void redFlagsSuggestNothingIntenseAndSayWhy() {
        List<RedFlag> flags = List.of(new RedFlag("blood_clots", "Blood clots"));
        Suggestions.Suggestion s = Suggestions.of(answers("firm", "chronic", 8), flags, OFFERED);
        assertThat(s.modalityCodes()).doesNotContain("DEEP_TISSUE", "TRIGGER_POINT")
                .allSatisfy(code -> assertThat(OFFERED.stream().filter(m -> m.code().equals(code))
                        .allMatch(m -> !m.intense())).isTrue());
        assertThat(s.why()).contains("nothing intense").contains("spoken with the desk");
    }

    @Test
    void nothingToGoOnSuggestsNothing() {
        Suggestions.Suggestion s = Suggestions.of(IntakeAnswers.NONE, List.of(), OFFERED);
        assertThat(s.modalityCodes()).isEmpty();
        assertThat(s.why()).isEmpty();
    }

    @Test
    void chronicWithNoPainMarkedSuggestsNoDeepWork() {
        assertThat(Suggestions.of(answers("firm", "chronic", 0), List.of(), OFFERED).modalityCodes()).isEmpty();
        Suggestions.Suggestion mild = Suggestions.of(answers("firm", "chronic", 1), List.of(), OFFERED);
        assertThat(mild.modalityCodes()).containsExactlyInAnyOrder("DEEP_TISSUE", "TRIGGER_POINT", "MYOFASCIAL");
        assertThat(OFFERED).filteredOn(mild::suggests).extracting(Modality::code)
                .containsExactly("DEEP_TISSUE", "TRIGGER_POINT", "MYOFASCIAL");
    }
}
