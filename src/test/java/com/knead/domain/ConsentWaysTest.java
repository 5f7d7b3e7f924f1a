package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A consent is drawn or given with the typed name, never neither nor both, and the summary says which. */
class ConsentWaysTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:05:00Z");

    @Test
    void aDrawnConsentKeepsItsImageAndSaysItWasDrawn() {
        Signature drawn = new Signature(new byte[] {1, 2}, AT);
        assertThat(drawn.drawn()).isTrue();
        assertThat(drawn.typedName()).isEmpty();
        assertThat(Consent.howGiven(drawn, "20 Nov 2026 09:05"))
                .isEqualTo("Signed 20 Nov 2026 09:05 by drawing on the kiosk screen.");
        assertThat(drawn).isEqualTo(new Signature(new byte[] {1, 2}, AT)).hasSameHashCodeAs(new Signature(new byte[] {1, 2}, AT));
        assertThat(drawn.toString()).contains("2 bytes");
    }

    @Test
    void aTypedConsentHasNoImageAndSaysNoDrawingWasPossible() {
        Signature typed = Signature.typed("  Ada Lovelace ", AT);
        assertThat(typed.drawn()).isFalse();
        assertThat(typed.png()).isEmpty();
        assertThat(typed.typedName()).isEqualTo("Ada Lovelace");
        assertThat(Consent.howGiven(typed, "20 Nov 2026 09:05")).isEqualTo("Agreed 20 Nov 2026 09:05 by pressing "
                + "\"I agree\" with the full name typed: Ada Lovelace (no drawn signature was possible).");
        assertThat(typed).isNotEqualTo(Signature.typed("Ada Byron", AT))
                .isEqualTo(new Signature(null, AT, "Ada Lovelace"))
                .doesNotHaveSameHashCodeAs(Signature.typed("Ada Byron", AT));
        assertThat(typed.toString()).contains("typed \"Ada Lovelace\"");
    }

    @Test
    void neitherOrBothIsRefused() {
        assertThatThrownBy(() -> Signature.typed(" ", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Signature.typed(null, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Signature(new byte[0], AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Signature(null, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Signature(new byte[0], AT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Signature(new byte[] {1}, AT, "Ada")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Signature(new byte[] {1}, null)).isInstanceOf(NullPointerException.class);
    }
}
