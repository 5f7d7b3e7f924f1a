package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The last-writer-wins rule for a client's contact details between locations. */
class ClientVersionsTest {

    private static final UUID LOW = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID HIGH = UUID.fromString("ffffffff-0000-7000-8000-000000000001");

    @Test
    void theHigherVersionWinsWhereverItWasMade() {
        assertThat(ClientVersions.wins(3, LOW, 2, HIGH)).isTrue();
        assertThat(ClientVersions.wins(2, HIGH, 3, LOW)).isFalse();
        assertThat(ClientVersions.wins(4, null, 3, HIGH)).isTrue();
    }

    @Test
    void atTheSameVersionTheGreaterLocationWinsAndAnEditDoesNotBeatItself() {
        assertThat(ClientVersions.wins(3, HIGH, 3, LOW)).isTrue();
        assertThat(ClientVersions.wins(3, LOW, 3, HIGH)).isFalse();
        assertThat(ClientVersions.wins(3, LOW, 3, LOW)).isFalse();
    }

    @Test
    void anUnknownLocationLosesToAKnownOneAtTheSameVersion() {
        assertThat(ClientVersions.wins(1, LOW, 1, null)).isTrue();
        assertThat(ClientVersions.wins(1, null, 1, LOW)).isFalse();
        assertThat(ClientVersions.wins(1, null, 1, null)).isFalse();
    }
}
