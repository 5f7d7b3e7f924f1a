package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.IntakeQuestion.Choice;
import com.knead.domain.IntakeQuestion.Kind;
import com.knead.domain.IntakeQuestion.Section;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The clinic's intake form as data (PRODUCT.md, flow 2): questions per screen in the clinic's order,
 * answers read back in plain words, the red flags the answers raise, and free text kept to a length.
 */
class IntakeFormTest {

    static final IntakeQuestion HOW_LONG = new IntakeQuestion("how_long", Section.PAIN, "How long have you had this pain?",
            Kind.ONE, IntakeQuestion.parseChoices("acute=Under 6 weeks|subacute=6 to 12 weeks|chronic=Over 3 months"), 1);
    static final IntakeQuestion WORSE = new IntakeQuestion("worse_with", Section.PAIN, "What makes it worse?", Kind.MANY,
            IntakeQuestion.parseChoices("sitting=Sitting|standing=Standing|lifting=Lifting"), 2);
    static final IntakeQuestion FEVER = new IntakeQuestion("fever", Section.HEALTH, "Fever", Kind.YES_NO, List.of(), 6);
    static final IntakeQuestion BLADDER = new IntakeQuestion("bladder_bowel", Section.HEALTH,
            "Loss of bladder or bowel control", Kind.YES_NO, List.of(), 12);
    static final IntakeQuestion MEDICATIONS = new IntakeQuestion("medications", Section.HEALTH,
            "Medications you take (if any)", Kind.TEXT, List.of(), 14);
    static final IntakeQuestion AVOID = new IntakeQuestion("avoid_areas", Section.PREFERENCES, "Areas to avoid", Kind.MANY,
            IntakeQuestion.parseChoices("head=Head|feet=Feet"), 1);

    static final RedFlagRule BLADDER_RULE = new RedFlagRule("bladder_bowel", "Loss of bladder or bowel control",
            "bladder_bowel=yes");
    static final RedFlagRule FEVER_RULE = new RedFlagRule("fever_back_pain", "Fever with back pain",
            "fever=yes;region=UPPER_BACK,LOWER_BACK");

    private static IntakeForm form() {
        return new IntakeForm(List.of(AVOID, MEDICATIONS, WORSE, BLADDER, FEVER, HOW_LONG), List.of(BLADDER_RULE, FEVER_RULE));
    }

    @Test
    void questionsComeScreenByScreenInTheClinicsOrder() {
        IntakeForm form = form();
        assertThat(form.questions()).containsExactly(HOW_LONG, WORSE, FEVER, BLADDER, MEDICATIONS, AVOID);
        assertThat(form.questions(Section.PAIN)).containsExactly(HOW_LONG, WORSE);
        assertThat(form.questions(Section.HEALTH)).containsExactly(FEVER, BLADDER, MEDICATIONS);
        assertThat(form.questions(Section.PREFERENCES)).containsExactly(AVOID);
    }

    @Test
    void theScreensHaveHeadingsInPlainWords() {
        assertThat(Section.PAIN.heading()).isEqualTo("About your pain");
        assertThat(Section.HEALTH.heading()).isEqualTo("Your health: tap each one that applies");
        assertThat(Section.PREFERENCES.heading()).isEqualTo("Your preferences");
    }

    @Test
    void redFlagsAreRaisedInTheClinicsOrder() {
        IntakeForm form = form();
        IntakeAnswers feverWithBackPain = new IntakeAnswers(Map.of("fever", "yes"), Map.of(BodyRegion.LOWER_BACK, 5));
        assertThat(form.redFlags(feverWithBackPain)).containsExactly(new RedFlag("fever_back_pain", "Fever with back pain"));
        IntakeAnswers both = feverWithBackPain.with("bladder_bowel", "yes");
        assertThat(form.redFlags(both)).extracting(RedFlag::code).containsExactly("bladder_bowel", "fever_back_pain");
        assertThat(form.redFlags(new IntakeAnswers(Map.of("fever", "yes"), Map.of(BodyRegion.NECK, 5)))).isEmpty();
    }

    @Test
    void freeTextIsKeptToFiveHundredLettersCountingEmojiAsOne() {
        IntakeForm form = form();
        assertThat(form.problem(IntakeAnswers.NONE)).isEmpty();
        assertThat(form.problem(answer("medications", "a".repeat(500)))).isEmpty();
        assertThat(form.problem(answer("medications", "a".repeat(501))))
                .contains("\"Medications you take (if any)\" is too long; 500 letters at most.");
        String smile = "\uD83D\uDE42"; // two Java chars, one letter
        assertThat(form.problem(answer("medications", smile.repeat(500)))).isEmpty();
        assertThat(form.problem(answer("medications", smile.repeat(501)))).isPresent();
        assertThat(form.problem(answer("avoid_areas", "head,".repeat(200)))).as("only typed text is limited").isEmpty();
    }

    @Test
    void choicesAreReadFromTheirStoredForm() {
        assertThat(IntakeQuestion.parseChoices(" light = Light |medium=Medium|firm=Firm, please"))
                .containsExactly(new Choice("light", "Light"), new Choice("medium", "Medium"), new Choice("firm", "Firm, please"));
        assertThat(IntakeQuestion.parseChoices("=No code|no equals sign|none=No pain"))
                .containsExactly(new Choice("none", "No pain"));
        assertThat(IntakeQuestion.parseChoices("")).isEmpty();
    }

    @Test
    void answersReadInPlainWords() {
        assertThat(HOW_LONG.readable("chronic")).isEqualTo("Over 3 months");
        assertThat(WORSE.readable("sitting,lifting")).isEqualTo("Sitting, Lifting");
        assertThat(WORSE.readable("sitting,dancing")).as("an answer the list no longer has").isEqualTo("Sitting, dancing");
        assertThat(FEVER.readable("yes")).isEqualTo("Yes");
        assertThat(FEVER.readable("no")).isEqualTo("No");
        assertThat(MEDICATIONS.readable("ibuprofen, sometimes")).isEqualTo("ibuprofen, sometimes");
        for (IntakeQuestion question : List.of(HOW_LONG, FEVER, MEDICATIONS)) {
            assertThat(question.readable(null)).isEmpty();
            assertThat(question.readable("  ")).isEmpty();
        }
    }

    @Test
    void answersKeepOnlyWhatWasSaidAndPainFromZeroToTen() {
        IntakeAnswers answers = new IntakeAnswers(Map.of("fever", " yes ", "medications", "  "),
                Map.of(BodyRegion.NECK, 0, BodyRegion.LOWER_BACK, 10));
        assertThat(answers).isEqualTo(new IntakeAnswers(Map.of("fever", "yes"),
                Map.of(BodyRegion.LOWER_BACK, 10, BodyRegion.NECK, 0)));
        assertThat(answers.answer("fever")).contains("yes");
        assertThat(answers.answer("medications")).isEmpty();
        assertThat(answers.worstPain()).isEqualTo(10);
        assertThatThrownBy(() -> new IntakeAnswers(Map.of(), Map.of(BodyRegion.NECK, 11)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Pain is marked 0 to 10: 11");
        assertThatThrownBy(() -> new IntakeAnswers(Map.of(), Map.of(BodyRegion.NECK, -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changingAnAnswerMakesNewAnswersAndLeavesTheOldOnes() {
        IntakeAnswers before = new IntakeAnswers(Map.of("fever", "yes"), Map.of(BodyRegion.NECK, 3));
        IntakeAnswers after = before.with("pressure", "light").with("fever", "");
        assertThat(after.answers()).containsExactlyEntriesOf(Map.of("pressure", "light"));
        assertThat(after.pain()).containsExactlyEntriesOf(Map.of(BodyRegion.NECK, 3));
        assertThat(before.answer("fever")).contains("yes");
        IntakeAnswers moved = before.withPain(Map.of(BodyRegion.LOWER_BACK, 7));
        assertThat(moved.pain()).containsExactlyEntriesOf(Map.of(BodyRegion.LOWER_BACK, 7));
        assertThat(moved.answer("fever")).contains("yes");
        assertThat(moved.worstPain()).isEqualTo(7);
    }

    @Test
    void severalChoicesSplitWithoutEmptyOnes() {
        assertThat(IntakeAnswers.split(" sitting, ,lifting,")).containsExactly("sitting", "lifting");
        assertThat(IntakeAnswers.split(",,")).isEmpty();
        assertThat(IntakeAnswers.split(null)).isEmpty();
        assertThat(new IntakeAnswers(Map.of("worse_with", "sitting,lifting"), Map.of()).says("worse_with", "lifting")).isTrue();
    }

    @Test
    void anIntakeStartsAtVersionOneAndIsFlaggedWhenAnyFlagWasRaised() {
        Signature signed = new Signature(new byte[] {1}, Fixtures.NOON);
        Intake first = new Intake(Ids.next(), Ids.next(), 1, IntakeAnswers.NONE, List.of(), signed, Fixtures.NOON);
        assertThat(first.redFlagged()).isFalse();
        Intake flagged = new Intake(Ids.next(), Ids.next(), 2, IntakeAnswers.NONE, List.of(BLADDER_RULE.flag()), signed,
                Fixtures.NOON);
        assertThat(flagged.redFlagged()).isTrue();
        assertThatThrownBy(() -> new Intake(Ids.next(), Ids.next(), 0, IntakeAnswers.NONE, List.of(), signed, Fixtures.NOON))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Intake versions start at 1: 0");
    }

    private static IntakeAnswers answer(String code, String text) {
        return new IntakeAnswers(Map.of(code, text), Map.of());
    }
}
