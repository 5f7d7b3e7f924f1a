package com.knead.domain;

import static com.knead.domain.Fixtures.USD;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;

/** What a person types at the desk as an amount: read exactly, or refused with one plain sentence. */
class TypedAmountTest {

    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void plainAmountsAreReadAtTheCurrencysScale() {
        assertThat(TypedAmount.parse("100", USD)).isEqualTo(usd("100.00"));
        assertThat(TypedAmount.parse(" 85.5 ", USD)).isEqualTo(usd("85.50"));
        assertThat(TypedAmount.parse("1,250.50", USD)).isEqualTo(usd("1250.50"));
        assertThat(TypedAmount.parse(".75", USD)).isEqualTo(usd("0.75"));
        assertThat(TypedAmount.parse("12.", USD)).isEqualTo(usd("12.00"));
        assertThat(TypedAmount.parse("4500", JPY)).isEqualTo(Money.of("4500", JPY));
    }

    @Test
    void nothingTypedAsksForAnAmount() {
        for (String typed : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> TypedAmount.parse(typed, USD)).isInstanceOf(Refused.class)
                    .hasMessage("Type an amount, like 100 or 100.00.");
        }
    }

    @Test
    void negativeAndNonNumbersAreRefused() {
        assertThatThrownBy(() -> TypedAmount.parse("-5", USD)).isInstanceOf(Refused.class)
                .hasMessage("An amount cannot be negative.");
        assertThatThrownBy(() -> TypedAmount.parse(" 12a ", USD)).isInstanceOf(Refused.class)
                .hasMessage("\"12a\" is not an amount; type digits, like 100 or 100.00.");
        assertThatThrownBy(() -> TypedAmount.parse(".", USD)).isInstanceOf(Refused.class)
                .hasMessage("\".\" is not an amount; type digits, like 100 or 100.00.");
        assertThatThrownBy(() -> TypedAmount.parse("1.2.3", USD)).isInstanceOf(Refused.class);
    }

    @Test
    void centsAsFarAsTheCurrencyHasThem() {
        assertThat(TypedAmount.parse("19.99", USD)).isEqualTo(usd("19.99"));
        assertThat(TypedAmount.parse("19.900", USD)).as("trailing zeros lose nothing").isEqualTo(usd("19.90"));
        assertThatThrownBy(() -> TypedAmount.parse("19.995", USD)).isInstanceOf(Refused.class)
                .hasMessage("Type at most 2 digits after the point.");
        assertThat(TypedAmount.parse("4500.0", JPY)).isEqualTo(Money.of("4500", JPY));
        assertThatThrownBy(() -> TypedAmount.parse("4500.5", JPY)).isInstanceOf(Refused.class)
                .hasMessage("Type a whole amount, without cents.");
    }

    @Test
    void aFigureNoClinicTakesInOnePaymentIsASlip() {
        assertThat(TypedAmount.parse("99,999.99", USD)).isEqualTo(usd("99999.99"));
        assertThatThrownBy(() -> TypedAmount.parse("100000", USD)).isInstanceOf(Refused.class)
                .hasMessage("100000 is far more than any payment here; please check the amount.");
    }
}
