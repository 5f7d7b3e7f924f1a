package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The tax rate on a day and at a moment, the rate waiting, how a rate is typed, and a sale taxed at its visit's rate. */
class TaxRatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final Instant NINE = Instant.parse("2026-12-02T09:00:00Z");
    private static final TaxPolicy SET_UP = new TaxPolicy(new BigDecimal("5"), true, RoundingMode.HALF_UP);

    private static TaxRateChange change(String rate, LocalDate from, Instant made) {
        return new TaxRateChange(Ids.next(), new BigDecimal(rate), Optional.of(from), "Olivia Park", made);
    }

    @Test
    void theRateAsSetUpHoldsUntilAChangeStarts() {
        TaxRates rates = new TaxRates(SET_UP, List.of(change("7", DAY.plusDays(1), NINE)));
        assertThat(rates.on(DAY)).isEqualTo(SET_UP);
        assertThat(rates.on(DAY.plusDays(1))).isEqualTo(new TaxPolicy(new BigDecimal("7"), true, RoundingMode.HALF_UP));
        assertThat(rates.pending(DAY)).hasValueSatisfying(p -> assertThat(p.words()).isEqualTo("7%"));
        assertThat(rates.pending(DAY.plusDays(1))).isEmpty();
        assertThat(new TaxRates(SET_UP, List.of()).on(DAY)).isEqualTo(SET_UP);
    }

    @Test
    void atAMomentOnlyTheChangesMadeByThenCount() {
        TaxRateChange madeAtEleven = change("7.5", DAY, NINE.plusSeconds(7200));
        TaxRates rates = new TaxRates(SET_UP, List.of(madeAtEleven));
        assertThat(rates.at(NINE, DAY).ratePercent()).as("checked in before the change was made").isEqualByComparingTo("5");
        assertThat(rates.at(NINE.plusSeconds(7200), DAY).ratePercent()).isEqualByComparingTo("7.5");
        assertThat(rates.on(DAY).ratePercent()).isEqualByComparingTo("7.5");
        TaxRateChange madeTheDayBefore = change("6", DAY, NINE.minusSeconds(86_400));
        assertThat(new TaxRates(SET_UP, List.of(madeTheDayBefore)).at(NINE, DAY).ratePercent()).isEqualByComparingTo("6");
    }

    @Test
    void ofTwoChangesFromTheSameDayTheOneMadeLastWinsAndTheHistoryIsNewestFirst() {
        TaxRateChange first = change("6", DAY, NINE);
        TaxRateChange second = change("6.5", DAY, NINE.plusSeconds(60));
        TaxRates rates = new TaxRates(SET_UP, List.of(second, first));
        assertThat(rates.on(DAY).ratePercent()).isEqualByComparingTo("6.5");
        assertThat(rates.at(NINE.plusSeconds(30), DAY).ratePercent()).isEqualByComparingTo("6");
        assertThat(rates.newestFirst()).containsExactly(second, first);
    }

    @Test
    void aRateIsTypedInPercentOrRefusedWithASentence() {
        assertThat(TaxRateChange.parse(" 7,25 % ")).isEqualByComparingTo("7.25");
        assertThat(TaxRateChange.parse("0")).isEqualByComparingTo("0");
        assertThatThrownBy(() -> TaxRateChange.parse("")).isInstanceOf(Refused.class)
                .hasMessage("Type the tax rate in percent; 0 when prices carry no tax.");
        assertThatThrownBy(() -> TaxRateChange.parse("seven")).isInstanceOf(Refused.class)
                .hasMessage("\"seven\" is not a number; type the tax rate in percent, like 5 or 7.5.");
        assertThatThrownBy(() -> TaxRateChange.parse("101")).hasMessage("The tax rate must be between 0 and 100 percent.");
        assertThatThrownBy(() -> TaxRateChange.parse("7.12345")).hasMessage("The tax rate can have at most four decimals.");
        assertThatThrownBy(() -> change("-1", DAY, NINE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TaxRateChange.percent(new BigDecimal("8.8750"))).isEqualTo("8.875%");
    }

    @Test
    void aDraftTaxedAtAnotherRateTotalsAndRecordsThatRate() {
        Clinic clinic = new Clinic("Knead", "", "", java.util.Currency.getInstance("USD"), SET_UP, java.time.ZoneOffset.UTC);
        SaleDraft draft = new SaleDraft(clinic, null, "Ada")
                .addLine(new SaleLine("Deep tissue, 60 min", null, 60, clinic.money("85.00"), 1));
        assertThat(draft.totals().tax()).isEqualTo(clinic.money("4.05"));
        assertThat(draft.totals().taxRate()).isEqualByComparingTo("5");
        draft.taxedAt(SET_UP.withRate(new BigDecimal("7.5")));
        assertThat(draft.totals().tax()).isEqualTo(clinic.money("5.93"));
        assertThat(draft.totals().taxRate()).isEqualByComparingTo("7.5");
        assertThat(draft.totals().total()).isEqualTo(clinic.money("85.00"));
    }
}
