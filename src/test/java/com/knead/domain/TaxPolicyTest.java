package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxPolicyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN};
    private static final String[] RATES = {"5", "8.875", "20", "100"};

    private static TaxPolicy policy(String rate, boolean inclusive, RoundingMode rounding) {
        return new TaxPolicy(new BigDecimal(rate), inclusive, rounding);
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    private static void assertSplit(TaxPolicy.TaxSplit split, String net, String tax, String gross) {
        assertThat(split).isEqualTo(new TaxPolicy.TaxSplit(usd(net), usd(tax), usd(gross)));
    }

    @Test
    void exclusiveFivePercentIsAddedOnTop() {
        assertSplit(policy("5", false, RoundingMode.HALF_UP).split(usd("85.00")), "85.00", "4.25", "89.25");
    }

    @Test
    void inclusiveFivePercentIsTakenOutOfThePrice() {
        assertSplit(policy("5", true, RoundingMode.HALF_UP).split(usd("85.00")), "80.95", "4.05", "85.00");
    }

    @Test
    void roundingModeDecidesExactHalves() {
        // 5% of 10.50 is 0.525: half up gives 0.53, half even 0.52.
        assertThat(policy("5", false, RoundingMode.HALF_UP).split(usd("10.50")).tax()).isEqualTo(usd("0.53"));
        assertThat(policy("5", false, RoundingMode.HALF_EVEN).split(usd("10.50")).tax()).isEqualTo(usd("0.52"));
        // 20% included in 10.35 is 10.35 / 6 = 1.725.
        assertSplit(policy("20", true, RoundingMode.HALF_UP).split(usd("10.35")), "8.62", "1.73", "10.35");
        assertSplit(policy("20", true, RoundingMode.HALF_EVEN).split(usd("10.35")), "8.63", "1.72", "10.35");
        // Where the half is already even both agree: 5% of 10.70 is 0.535.
        assertThat(policy("5", false, RoundingMode.HALF_EVEN).split(usd("10.70")).tax()).isEqualTo(usd("0.54"));
        // Yen has no minor unit: 10% of 1005 is 100.5.
        assertThat(policy("10", false, RoundingMode.HALF_UP).split(Money.of("1005", JPY)).tax().plain()).isEqualTo("101");
        assertThat(policy("10", false, RoundingMode.HALF_EVEN).split(Money.of("1005", JPY)).tax().plain()).isEqualTo("100");
    }

    @Test
    void zeroPercentChargesNoTax() {
        for (boolean inclusive : new boolean[] {true, false}) {
            assertSplit(policy("0", inclusive, RoundingMode.HALF_UP).split(usd("85.00")), "85.00", "0.00", "85.00");
        }
        assertThat(TaxPolicy.none().split(usd("12.34")).tax()).isEqualTo(usd("0.00"));
    }

    @Test
    void refusesRatesOutsideZeroToHundred() {
        assertThatThrownBy(() -> policy("-1", true, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy("100.01", true, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every cent from 0.01 to 500.00, several rates, both modes, both ways of quoting prices. */
    @Test
    void netPlusTaxIsGrossForEveryCentUpToFiveHundred() {
        BigDecimal hundred = BigDecimal.valueOf(100);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String rateText : RATES) {
            BigDecimal rate = new BigDecimal(rateText);
            for (RoundingMode mode : MODES) {
                TaxPolicy inclusive = new TaxPolicy(rate, true, mode);
                TaxPolicy exclusive = new TaxPolicy(rate, false, mode);
                for (long cents = 1; cents <= 50_000; cents++) {
                    Money priced = Money.of(BigDecimal.valueOf(cents, 2), USD);

                    TaxPolicy.TaxSplit in = inclusive.split(priced);
                    Money taxIn = Money.rounded(priced.amount().multiply(rate)
                            .divide(hundred.add(rate), MathContext.DECIMAL128), USD, mode);
                    if (!in.gross().equals(priced) || !in.tax().equals(taxIn) || !in.net().plus(in.tax()).equals(in.gross())
                            || in.net().isNegative() || in.tax().isNegative()) {
                        wrong.add("inclusive " + rate + "% " + mode + " of " + priced + ": " + in);
                    }

                    TaxPolicy.TaxSplit ex = exclusive.split(priced);
                    Money taxEx = Money.rounded(priced.amount().multiply(rate).divide(hundred, MathContext.DECIMAL128),
                            USD, mode);
                    if (!ex.net().equals(priced) || !ex.tax().equals(taxEx) || !ex.net().plus(ex.tax()).equals(ex.gross())) {
                        wrong.add("exclusive " + rate + "% " + mode + " of " + priced + ": " + ex);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(RATES.length * MODES.length * 50_000);
        assertThat(wrong).isEmpty();
    }
}
