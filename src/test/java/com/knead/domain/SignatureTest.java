package com.knead.domain;

import static com.knead.domain.Fixtures.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The finger-drawn signature on the consent: an image that nobody can change once it is kept. */
class SignatureTest {

    @Test
    void aSignatureNeedsAnImage() {
        assertThatThrownBy(() -> new Signature(null, NOON)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A signature needs its image");
        assertThatThrownBy(() -> new Signature(new byte[0], NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Signature(new byte[] {7}, NOON).png()).containsExactly(7);
    }

    @Test
    void theImageKeptCannotBeChangedFromOutside() {
        byte[] drawn = {1, 2, 3};
        Signature signature = new Signature(drawn, NOON);
        drawn[0] = 9;
        signature.png()[1] = 9;
        assertThat(signature.png()).containsExactly(1, 2, 3);
    }

    @Test
    void twoSignaturesAreEqualWhenTheirImagesAndTimesAre() {
        Signature one = new Signature(new byte[] {1, 2, 3}, NOON);
        Signature same = new Signature(new byte[] {1, 2, 3}, NOON);
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(new Signature(new byte[] {1, 2, 4}, NOON));
        assertThat(one).isNotEqualTo(new Signature(new byte[] {1, 2, 3}, NOON.plusSeconds(1)));
        assertThat(one).isNotEqualTo("a signature");
        assertThat(one.hashCode()).as("different images hash apart")
                .isNotEqualTo(new Signature(new byte[] {1, 2, 4}, NOON).hashCode());
    }

    @Test
    void itPrintsItsSizeAndTimeNotItsBytes() {
        assertThat(new Signature(new byte[] {1, 2, 3}, NOON)).hasToString("Signature[3 bytes, 2026-03-10T12:00:00Z]");
    }
}
