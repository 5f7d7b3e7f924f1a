package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptNumberTest {

    @Test
    void firstIsOneShownWithSixDigits() {
        assertThat(ReceiptNumber.FIRST.value()).isEqualTo(1);
        assertThat(ReceiptNumber.FIRST).hasToString("000001");
    }

    @Test
    void nextCountsOn() {
        assertThat(ReceiptNumber.FIRST.next()).isEqualTo(new ReceiptNumber(2));
        assertThat(new ReceiptNumber(999_999).next()).hasToString("1000000");
        assertThat(new ReceiptNumber(41).next()).isGreaterThan(new ReceiptNumber(41));
        assertThatThrownBy(() -> new ReceiptNumber(Long.MAX_VALUE).next()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void formatsWithAtLeastSixDigits() {
        assertThat(new ReceiptNumber(42)).hasToString("000042");
        assertThat(new ReceiptNumber(123_456)).hasToString("123456");
        assertThat(new ReceiptNumber(1_234_567)).hasToString("1234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "000042", "#42", " 42 ", "#000042"})
    void parsesWhatAPersonTypes(String typed) {
        assertThat(ReceiptNumber.parse(typed)).isEqualTo(new ReceiptNumber(42));
    }

    @Test
    void parseReadsBackWhatToStringWrote() {
        for (long value : new long[] {1, 9, 10, 99_999, 999_999, 1_000_000, 123_456_789_012L}) {
            ReceiptNumber number = new ReceiptNumber(value);
            assertThat(ReceiptNumber.parse(number.toString())).isEqualTo(number);
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "#", "0", "000000", "-1", "4 2", "42a", "abc", "1e3", "##42", "4.2",
            "9999999999999999999"})
    void refusesWhatIsNotAReceiptNumber(String typed) {
        assertThatThrownBy(() -> ReceiptNumber.parse(typed))
                .isInstanceOf(Refused.class)
                .hasMessageMatching("(?s).*[Rr]eceipt number.*");
    }

    @Test
    void constructorRefusesZero() {
        assertThatThrownBy(() -> new ReceiptNumber(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eighteenDigitsAreTheLongestNumberRead() {
        assertThat(ReceiptNumber.parse("999999999999999999").value()).isEqualTo(999_999_999_999_999_999L);
        assertThatThrownBy(() -> ReceiptNumber.parse("1000000000000000000")).isInstanceOf(Refused.class);
    }
}
