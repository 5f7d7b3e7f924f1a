package com.knead.domain;

import static com.knead.domain.Fixtures.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The aftercare printed on the receipt (PRODUCT.md, "Useful facts"): knee-to-chest for the back, the
 * lying twist for the lower back and hips, a neck stretch, "get up and stretch often", "see a
 * physician if it gets worse"; and come back in about two weeks, weekly when the pain is chronic.
 */
class AftercareTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

    @Test
    void theAdviceToChooseFromIsEveryLineTheReceiptMayGive() {
        assertThat(Aftercare.advice()).containsExactly(Aftercare.KNEE_TO_CHEST, Aftercare.LYING_TWIST, Aftercare.NECK,
                Aftercare.GET_UP, Aftercare.SEE_PHYSICIAN);
    }

    @Test
    void lowerBackPainGetsBothBackStretchesAndComesBackInTwoWeeks() {
        Aftercare care = Aftercare.forPainAreas(List.of("Lower back"), false);
        assertThat(care.lines()).containsExactly(Aftercare.KNEE_TO_CHEST, Aftercare.LYING_TWIST, Aftercare.GET_UP,
                Aftercare.SEE_PHYSICIAN);
        assertThat(care.lines().get(0)).startsWith("Knee-to-chest stretch: lie on your back");
        assertThat(care.lines().get(1)).contains("one foot over the other knee, shoulders kept on the floor");
        assertThat(care.lines().get(3)).contains("see a physician before your next massage");
        assertThat(care.rebookAfter()).isEqualTo(Period.ofWeeks(2));
        assertThat(care.rebookOn(TUESDAY)).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(care.rebookWords()).isEqualTo("in two weeks");
    }

    @Test
    void chronicPainComesBackEveryWeek() {
        Aftercare care = Aftercare.forPainAreas(List.of("Upper back"), true);
        // the twist is for the lower back and hips, not the upper back
        assertThat(care.lines()).containsExactly(Aftercare.KNEE_TO_CHEST, Aftercare.GET_UP, Aftercare.SEE_PHYSICIAN);
        assertThat(care.rebookAfter()).isEqualTo(Period.ofWeeks(1));
        assertThat(care.rebookOn(TUESDAY)).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(care.rebookWords()).isEqualTo("in one week");
    }

    @Test
    void hipsOrGlutesGetTheTwistWithoutTheKneeToChest() {
        List<String> expected = List.of(Aftercare.LYING_TWIST, Aftercare.GET_UP, Aftercare.SEE_PHYSICIAN);
        assertThat(Aftercare.forPainAreas(List.of("Hips"), false).lines()).isEqualTo(expected);
        assertThat(Aftercare.forPainAreas(List.of("Glutes"), false).lines()).isEqualTo(expected);
        assertThat(Aftercare.forPainAreas(List.of(BodyRegion.HIPS_GLUTES.label()), false).lines()).isEqualTo(expected);
    }

    @Test
    void neckOrShouldersGetTheNeckStretch() {
        List<String> expected = List.of(Aftercare.NECK, Aftercare.GET_UP, Aftercare.SEE_PHYSICIAN);
        assertThat(Aftercare.forPainAreas(List.of("Neck"), false).lines()).isEqualTo(expected);
        assertThat(Aftercare.forPainAreas(List.of("Shoulders"), false).lines()).isEqualTo(expected);
        assertThat(Aftercare.NECK).startsWith("Neck: slowly tilt an ear towards each shoulder");
    }

    @Test
    void severalAreasGetEachStretchOnceAndCaseDoesNotMatter() {
        Aftercare care = Aftercare.forPainAreas(List.of("LOWER BACK", "neck", "Shoulders", "Upper back"), false);
        assertThat(care.lines()).containsExactly(Aftercare.KNEE_TO_CHEST, Aftercare.LYING_TWIST, Aftercare.NECK,
                Aftercare.GET_UP, Aftercare.SEE_PHYSICIAN);
    }

    @Test
    void painWithoutAStretchOfItsOwnStillGetsTheGeneralAdvice() {
        Aftercare care = Aftercare.forPainAreas(List.of("Knees", "Feet"), false);
        assertThat(care.lines()).containsExactly("Sitting all day? Get up and stretch often.", Aftercare.SEE_PHYSICIAN);
    }

    @Test
    void noPainIsTheStandardAdvice() {
        Aftercare none = Aftercare.forPainAreas(List.of(), false);
        assertThat(none).isEqualTo(Aftercare.standard());
        assertThat(Aftercare.standard().lines()).isEmpty();
        assertThat(Aftercare.standard().rebookAfter()).isEqualTo(Period.ofWeeks(2));
        assertThat(Aftercare.standard().rebookWords()).isEqualTo("in two weeks");
        assertThat(Aftercare.forPainAreas(List.of(), true).rebookAfter()).isEqualTo(Period.ofWeeks(1));
    }

    @Test
    void otherIntervalsReadAsANumberOfWeeks() {
        Aftercare care = new Aftercare(List.of(), Period.ofWeeks(3));
        assertThat(care.rebookWords()).isEqualTo("in 3 weeks");
        assertThat(care.rebookOn(TUESDAY)).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void anIntakeGivesItsPainAreasAndHowLongItHasLasted() {
        IntakeAnswers chronicBack = new IntakeAnswers(Map.of("how_long", "chronic"),
                Map.of(BodyRegion.LOWER_BACK, 6, BodyRegion.NECK, 3));
        Aftercare care = Aftercare.forIntake(intake(chronicBack));
        assertThat(care.lines()).containsExactly(Aftercare.KNEE_TO_CHEST, Aftercare.LYING_TWIST, Aftercare.NECK,
                Aftercare.GET_UP, Aftercare.SEE_PHYSICIAN);
        assertThat(care.rebookWords()).isEqualTo("in one week");

        IntakeAnswers recentHips = new IntakeAnswers(Map.of("how_long", "acute"), Map.of(BodyRegion.HIPS_GLUTES, 4));
        Aftercare recent = Aftercare.forIntake(intake(recentHips));
        assertThat(recent.lines()).containsExactly(Aftercare.LYING_TWIST, Aftercare.GET_UP, Aftercare.SEE_PHYSICIAN);
        assertThat(recent.rebookWords()).isEqualTo("in two weeks");

        assertThat(Aftercare.forIntake(intake(IntakeAnswers.NONE))).isEqualTo(Aftercare.standard());
    }

    static Intake intake(IntakeAnswers answers) {
        return new Intake(Ids.next(), Ids.next(), 1, answers, List.of(), new Signature(new byte[] {1, 2, 3}, NOON), NOON);
    }
}
