package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a person may choose as a PIN, and the lock after five wrong ones. */
class PinRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0000", "1111", "99999999", "1212", "123123", "1234", "0123", "6789", "12345678",
            "9876", "43210", "3210"})
    void theObviousOnesAreRefused(String pin) {
        assertThatThrownBy(() -> PinRules.requireGoodChoice(pin)).isInstanceOf(Refused.class)
                .hasMessageContaining("easy to guess");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4827", "1357", "2468", "1123", "90210", "12341235", "1221"})
    void othersAreAccepted(String pin) {
        assertThatCode(() -> PinRules.requireGoodChoice(pin)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "482", "123456789", "48a7", "４８２７"})
    void aPinIsFourToEightDigits(String pin) {
        assertThatThrownBy(() -> PinRules.requireGoodChoice(pin)).hasMessage("A PIN is 4 to 8 digits.");
    }

    @Test
    void fiveWrongPinsInARowLockForFiveMinutes() {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        PinLockout state = PinLockout.CLEAR;
        for (int i = 1; i <= 4; i++) {
            state = state.afterWrongPin(t.plusSeconds(i));
            assertThat(state.lockedAt(t.plusSeconds(i))).isFalse();
            assertThat(state.triesLeft()).isEqualTo(5 - i);
        }
        state = state.afterWrongPin(t.plusSeconds(5));
        assertThat(state.lockedUntil()).hasValue(t.plusSeconds(5).plus(PinLockout.LOCK));
        assertThat(state.lockedAt(t.plusSeconds(5))).isTrue();
        assertThat(state.lockedAt(t.plusSeconds(5).plus(PinLockout.LOCK).minusMillis(1))).isTrue();
        assertThat(state.lockedAt(t.plusSeconds(5).plus(PinLockout.LOCK))).isFalse();
    }

    @Test
    void afterTheLockEndsTheCountStartsAgain() {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        PinLockout ended = new PinLockout(5, Optional.of(t));
        PinLockout next = ended.afterWrongPin(t.plusSeconds(1));
        assertThat(next.wrongInARow()).isEqualTo(1);
        assertThat(next.lockedUntil()).isEmpty();
    }
}
