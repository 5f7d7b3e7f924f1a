package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void holdsTheCurrencysScale() {
        assertThat(Money.of("85", USD).amount()).isEqualTo(new BigDecimal("85.00"));
        assertThat(Money.of("85.5", USD).plain()).isEqualTo("85.50");
        assertThat(Money.of("1.0000", USD).plain()).isEqualTo("1.00");
        assertThat(Money.of("1200", JPY).amount().scale()).isZero();
        assertThat(Money.of("1200.00", JPY).plain()).isEqualTo("1200");
        assertThat(Money.zero(USD).plain()).isEqualTo("0.00");
        assertThat(Money.of("85", USD)).isEqualTo(Money.of("85.00", USD));
        assertThat(Money.of("85.00", USD)).hasToString("USD 85.00");
    }

    /** Never silently drops a fraction of a cent; what a person types is read by {@link TypedAmount} first. */
    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of("1.005", USD)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of("0.001", EUR)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of("1.5", JPY)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("99.999"), USD)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void roundedHonoursTheRoundingMode() {
        BigDecimal tie = new BigDecimal("0.125");
        assertThat(Money.rounded(tie, USD, RoundingMode.HALF_UP).plain()).isEqualTo("0.13");
        assertThat(Money.rounded(tie, USD, RoundingMode.HALF_EVEN).plain()).isEqualTo("0.12");
        BigDecimal otherTie = new BigDecimal("0.135");
        assertThat(Money.rounded(otherTie, USD, RoundingMode.HALF_UP).plain()).isEqualTo("0.14");
        assertThat(Money.rounded(otherTie, USD, RoundingMode.HALF_EVEN).plain()).isEqualTo("0.14");
        assertThat(Money.rounded(new BigDecimal("-0.125"), USD, RoundingMode.HALF_UP).plain()).isEqualTo("-0.13");
        assertThat(Money.rounded(new BigDecimal("100.5"), JPY, RoundingMode.HALF_UP).plain()).isEqualTo("101");
        assertThat(Money.rounded(new BigDecimal("100.5"), JPY, RoundingMode.HALF_EVEN).plain()).isEqualTo("100");
        assertThat(Money.rounded(new BigDecimal("4.0476190"), USD, RoundingMode.HALF_UP).plain()).isEqualTo("4.05");
    }

    @Test
    void arithmeticStaysExact() {
        Money a = Money.of("0.10", USD);
        Money sum = Money.zero(USD);
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(a);
        }
        assertThat(sum).isEqualTo(Money.of("1.00", USD));
        assertThat(Money.of("85.00", USD).minus(Money.of("100.00", USD))).isEqualTo(Money.of("-15.00", USD));
        assertThat(Money.of("20.00", USD).times(3)).isEqualTo(Money.of("60.00", USD));
        assertThat(Money.of("5.00", USD).negate().isNegative()).isTrue();
        assertThat(Money.zero(JPY).isZero()).isTrue();
        assertThat(Money.of("0.01", USD).isPositive()).isTrue();
        assertThat(Money.of("3.00", USD).max(Money.of("7.00", USD))).isEqualTo(Money.of("7.00", USD));
    }

    @Test
    void refusesToMixCurrencies() {
        Money dollars = Money.of("10.00", USD);
        Money euros = Money.of("10.00", EUR);
        assertThatThrownBy(() -> dollars.plus(euros)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dollars.minus(euros)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dollars.compareTo(euros)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dollars.max(euros)).isInstanceOf(IllegalArgumentException.class);
        assertThat(dollars).isNotEqualTo(euros);
    }

    @Test
    void compareToIgnoresHowTheAmountWasWritten() {
        assertThat(Money.of("85", USD).compareTo(Money.of("85.00", USD))).isZero();
        assertThat(Money.of(new BigDecimal("8.5E+1"), USD).compareTo(Money.of("85.00", USD))).isZero();
        assertThat(Money.of("84.99", USD)).isLessThan(Money.of("85", USD));
        assertThat(Money.of("100", JPY)).isGreaterThan(Money.of("99.0", JPY));
    }
}
