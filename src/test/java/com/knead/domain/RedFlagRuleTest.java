package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedFlagRuleTest {

    private final IntakeForm form = new IntakeForm(List.of(), List.of(
            new RedFlagRule("bladder", "Loss of bladder or bowel control", "bladder_bowel=yes"),
            new RedFlagRule("numb", "Numbness with severe pain", "numbness=yes;pain>=7"),
            new RedFlagRule("fever", "Fever with back pain", "fever=yes; region=UPPER_BACK,LOWER_BACK"),
            new RedFlagRule("worse", "Worse when lifting", "worse_with=lifting")));

    private List<String> flags(Map<String, String> answers, Map<BodyRegion, Integer> pain) {
        return form.redFlags(new IntakeAnswers(answers, pain)).stream().map(RedFlag::code).toList();
    }

    @Test
    void aSingleAnswerFlags() {
        assertThat(flags(Map.of("bladder_bowel", "yes"), Map.of())).containsExactly("bladder");
        assertThat(flags(Map.of("bladder_bowel", "no"), Map.of())).isEmpty();
    }

    @Test
    void numbnessFlagsOnlyWithSeverePain() {
        assertThat(flags(Map.of("numbness", "yes"), Map.of(BodyRegion.NECK, 6))).isEmpty();
        assertThat(flags(Map.of("numbness", "yes"), Map.of(BodyRegion.NECK, 7))).containsExactly("numb");
    }

    @Test
    void feverFlagsOnlyWithBackPain() {
        assertThat(flags(Map.of("fever", "yes"), Map.of(BodyRegion.KNEES, 5))).isEmpty();
        assertThat(flags(Map.of("fever", "yes"), Map.of(BodyRegion.LOWER_BACK, 2))).containsExactly("fever");
    }

    @Test
    void oneOfSeveralChoicesFlags() {
        assertThat(flags(Map.of("worse_with", "sitting,lifting"), Map.of())).containsExactly("worse");
    }

    @Test
    void aRuleThatCannotBeReadIsRefusedWhenLoaded() {
        assertThatThrownBy(() -> new RedFlagRule("x", "x", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedFlagRule("x", "x", "region=ELBOW")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedFlagRule("x", "x", "nonsense")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyConditionsBetweenSeparatorsAreIgnored() {
        RedFlagRule clots = new RedFlagRule("clots", "Blood clots", "blood_clots=yes; ;");
        assertThat(clots.raisedBy(new IntakeAnswers(Map.of("blood_clots", "yes"), Map.of()))).isTrue();
        assertThat(clots.raisedBy(IntakeAnswers.NONE)).isFalse();
        assertThat(clots.flag()).isEqualTo(new RedFlag("clots", "Blood clots"));
    }

    @Test
    void aConditionMustNameWhatItAsksAbout() {
        assertThatThrownBy(() -> new RedFlagRule("x", "x", "=yes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read the red-flag condition \"=yes\"");
    }
}
