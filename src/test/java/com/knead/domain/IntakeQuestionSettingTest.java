package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A question's wording as the owner types it, and the small value changes the office's editors make. */
class IntakeQuestionSettingTest {

    @Test
    void aWordingIsTidiedAndRefusedWhenEmptyOrTooLong() {
        assertThat(IntakeQuestionSetting.wording("  How   long has it\thurt? ")).isEqualTo("How long has it hurt?");
        assertThat(IntakeQuestionSetting.wording("q".repeat(IntakeQuestionSetting.LONGEST_PROMPT)))
                .hasSize(IntakeQuestionSetting.LONGEST_PROMPT);
        assertThatThrownBy(() -> IntakeQuestionSetting.wording("q".repeat(IntakeQuestionSetting.LONGEST_PROMPT + 1)))
                .isInstanceOf(Refused.class).hasMessage("The question is too long; 200 characters at most.");
        assertThatThrownBy(() -> IntakeQuestionSetting.wording("  ")).isInstanceOf(Refused.class)
                .hasMessage("Type the question as the visitor should read it.");
        assertThatThrownBy(() -> IntakeQuestionSetting.wording(null)).isInstanceOf(Refused.class);
    }

    @Test
    void aSettingNeedsItsQuestion() {
        assertThat(new IntakeQuestionSetting(IntakeFormTest.HOW_LONG, false).shown()).isFalse();
        assertThatThrownBy(() -> new IntakeQuestionSetting(null, true)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void choicesAreStoredAsTheFormReadsThem() {
        String stored = IntakeQuestion.storedChoices(IntakeFormTest.HOW_LONG.choices());
        assertThat(stored).isEqualTo("acute=Under 6 weeks|subacute=6 to 12 weeks|chronic=Over 3 months");
        assertThat(IntakeQuestion.parseChoices(stored)).isEqualTo(IntakeFormTest.HOW_LONG.choices());
    }

    @Test
    void aTaxPolicyAtAnotherRateKeepsItsWayOfTaxing() {
        TaxPolicy inclusive = new TaxPolicy(new BigDecimal("5"), true, java.math.RoundingMode.HALF_EVEN);
        TaxPolicy other = inclusive.withRate(new BigDecimal("7.5"));
        assertThat(other.ratePercent()).isEqualByComparingTo("7.5");
        assertThat(other.inclusive()).isTrue();
        assertThat(other.rounding()).isEqualTo(java.math.RoundingMode.HALF_EVEN);
        assertThat(new TaxPolicy(new BigDecimal("5"), false, java.math.RoundingMode.HALF_UP)
                .withRate(BigDecimal.TEN).inclusive()).isFalse();
    }
}
