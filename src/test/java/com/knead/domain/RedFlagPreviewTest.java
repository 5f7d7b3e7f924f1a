package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trying a red-flag rule on sample answers before the clinic keeps it. */
class RedFlagPreviewTest {

    private static final IntakeForm FORM = new IntakeForm(List.of(
            new IntakeQuestion("fever", IntakeQuestion.Section.HEALTH, "Fever?", IntakeQuestion.Kind.YES_NO, List.of(), 1),
            new IntakeQuestion("worse_with", IntakeQuestion.Section.PAIN, "Worse with?", IntakeQuestion.Kind.MANY,
                    IntakeQuestion.parseChoices("sitting=Sitting|stress=Stress"), 2)), List.of());

    @Test
    void aRuleThatReadsAndNamesRealQuestionsHasNoProblem() {
        assertThat(RedFlagPreview.problem("fever=yes; region=LOWER_BACK; pain>=7", FORM)).isEmpty();
        assertThat(RedFlagPreview.problem(" worse_with=sitting ", FORM)).isEmpty();
    }

    @Test
    void aRuleThatDoesNotReadIsToldInASentence() {
        assertThat(RedFlagPreview.problem("", FORM)).hasValue("Type the rule's conditions, like \"fever=yes; region=LOWER_BACK\".");
        assertThat(RedFlagPreview.problem(null, FORM)).isPresent();
        assertThat(RedFlagPreview.problem(";", FORM)).hasValueSatisfying(s -> assertThat(s).startsWith("That rule cannot be read."));
        assertThat(RedFlagPreview.problem("pain>=many", FORM)).hasValueSatisfying(s -> assertThat(s)
                .startsWith("That rule cannot be read. Write each condition as question=answer, pain>=N or region=HEAD,NECK"));
        assertThat(RedFlagPreview.problem("fever", FORM)).hasValueSatisfying(s -> assertThat(s).startsWith("That rule cannot be read."));
        assertThat(RedFlagPreview.problem("region=WINGS", FORM)).hasValueSatisfying(s -> assertThat(s).startsWith("That rule cannot be read."));
        assertThat(RedFlagPreview.problem("fever=yes; chills=yes", FORM))
                .hasValue("The form has no question \"chills\"; the questions are fever, worse_with.");
    }

    @Test
    void sampleAnswersAreReadAsAnswersAndPain() {
        IntakeAnswers sample = RedFlagPreview.sample(" fever=yes ; lower_back=8; worse_with=sitting,stress;; ");
        assertThat(sample.answers()).containsOnly(Map.entry("fever", "yes"), Map.entry("worse_with", "sitting,stress"));
        assertThat(sample.pain()).containsOnly(Map.entry(BodyRegion.LOWER_BACK, 8));
        assertThat(RedFlagPreview.sample(null)).isEqualTo(IntakeAnswers.NONE);
        assertThat(RedFlagPreview.sample("NECK=0").pain()).containsOnly(Map.entry(BodyRegion.NECK, 0));
        assertThat(RedFlagPreview.sample("NECK=10").pain()).containsOnly(Map.entry(BodyRegion.NECK, 10));
    }

    @Test
    void aSampleThatDoesNotReadIsRefused() {
        assertThatThrownBy(() -> RedFlagPreview.sample("fever")).isInstanceOf(Refused.class)
                .hasMessage("Write each sample answer as question=answer or REGION=pain, like \"fever=yes; LOWER_BACK=8\".");
        assertThatThrownBy(() -> RedFlagPreview.sample("=yes")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> RedFlagPreview.sample("NECK=11")).isInstanceOf(Refused.class)
                .hasMessage("The pain in NECK must be a number from 0 to 10.");
        assertThatThrownBy(() -> RedFlagPreview.sample("NECK=-1")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> RedFlagPreview.sample("NECK=bad")).isInstanceOf(Refused.class);
    }

    @Test
    void theRuleIsTriedOnTheSample() {
        assertThat(RedFlagPreview.raises("fever=yes;region=LOWER_BACK", RedFlagPreview.sample("fever=yes; LOWER_BACK=3"))).isTrue();
        assertThat(RedFlagPreview.raises("fever=yes;region=LOWER_BACK", RedFlagPreview.sample("fever=yes; NECK=3"))).isFalse();
        assertThat(RedFlagPreview.raises(" pain>=7 ", RedFlagPreview.sample("NECK=7"))).isTrue();
        assertThat(RedFlagPreview.raises("pain>=7", RedFlagPreview.sample("NECK=6"))).isFalse();
    }
}
