package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinHashTest {

    private static final String PIN = "7391";
    private static PinHash hash;

    @BeforeAll
    static void hashOnce() {
        hash = PinHash.of(PIN); // deliberately slow: made once for the class
    }

    @Test
    void matchesTheRightPin() {
        assertThat(hash.matches(PIN)).isTrue();
    }

    @Test
    void doesNotMatchAWrongPin() {
        assertThat(hash.matches("7392")).isFalse();
        assertThat(hash.matches("73910")).isFalse();
        assertThat(hash.matches("")).isFalse();
        assertThat(hash.matches(null)).isFalse();
    }

    @Test
    void twoHashesOfOnePinDifferBecauseOfTheSalt() {
        PinHash again = PinHash.of(PIN);
        assertThat(again.encoded()).isNotEqualTo(hash.encoded());
        assertThat(again.matches(PIN)).isTrue();
    }

    @Test
    void encodedFormNamesTheCostAndHidesThePin() {
        String[] parts = hash.encoded().split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(Integer.parseInt(parts[1])).isEqualTo(PinHash.ITERATIONS).isGreaterThanOrEqualTo(100_000);
        assertThat(hash.encoded()).doesNotContain(PIN);
        assertThat(hash.toString()).doesNotContain(PIN).doesNotContain(hash.encoded());
    }

    @Test
    void readsBackAStoredHash() {
        assertThat(new PinHash(hash.encoded()).matches(PIN)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "123", "123456789", "12a4", "12 34", "-123", "１２３４"})
    void malformedPinsAreRefused(String pin) {
        assertThatThrownBy(() -> PinHash.of(pin))
                .isInstanceOf(Refused.class)
                .hasMessage("A PIN is 4 to 8 digits.");
    }

    @Test
    void fourToEightDigitsAreWellFormed() {
        PinHash.requireWellFormed("0000");
        PinHash.requireWellFormed("12345678");
    }

    @Test
    void printsAsHiddenSoLogsNeverCarryIt() {
        assertThat(hash).hasToString("PinHash[hidden]");
    }

    @Test
    void aPublishedPinSuchAsTheDemosIsHashedAtALowCostAndStillChecked() {
        PinHash published = PinHash.ofPublished("4827");
        assertThat(published.encoded().split("\\$")[1]).isEqualTo(String.valueOf(PinHash.PUBLISHED_ITERATIONS));
        assertThat(PinHash.PUBLISHED_ITERATIONS).isLessThan(PinHash.ITERATIONS);
        assertThat(published.matches("4827")).isTrue();
        assertThat(published.matches("4828")).isFalse();
        assertThat(PinHash.ofPublished("4827").encoded()).as("salted all the same").isNotEqualTo(published.encoded());
    }
}
