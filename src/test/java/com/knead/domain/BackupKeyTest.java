package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The backup key: derived from the owner's passphrase, kept encoded, never shown. */
class BackupKeyTest {

    private static final byte[] SALT = {7, 1, 4, 2, 9, 9, 3, 0};

    @Test
    void aPassphraseAndASaltAlwaysGiveTheSameKeyAndAnotherPassphraseAnother() {
        BackupKey one = BackupKey.derive("lavender fields".toCharArray(), SALT, 1000);
        BackupKey again = BackupKey.derive("lavender fields".toCharArray(), SALT, 1000);
        BackupKey other = BackupKey.derive("lavender field".toCharArray(), SALT, 1000);
        assertThat(one).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(other);
        assertThat(one).isNotEqualTo(BackupKey.derive("lavender fields".toCharArray(), SALT, 1001));
        assertThat(one).isNotEqualTo(BackupKey.derive("lavender fields".toCharArray(), new byte[] {1}, 1000));
        assertThat(one).isNotEqualTo("lavender fields");
        assertThat(one.secretKey().getAlgorithm()).isEqualTo("AES");
        assertThat(one.secretKey().getEncoded()).hasSize(32).isEqualTo(again.secretKey().getEncoded());
        assertThat(one.salt()).isEqualTo(SALT);
        assertThat(one.iterations()).isEqualTo(1000);
    }

    @Test
    void theEncodedKeyReadsBackAndGarbageIsRefused() {
        BackupKey key = BackupKey.derive("lavender fields".toCharArray(), SALT, 1000);
        assertThat(key.encoded()).startsWith("knead-backup-key-1$1000$");
        assertThat(BackupKey.decode(key.encoded() + "\n")).isEqualTo(key);
        assertThatThrownBy(() -> BackupKey.decode("knead-backup-key-2$1000$AA$AA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackupKey.decode("knead-backup-key-1$1000$AA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackupKey.derive("x".toCharArray(), SALT, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackupKey.derive("x".toCharArray(), new byte[0], 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSaltIsACopySoNothingOutsideChangesTheKey() {
        BackupKey key = BackupKey.derive("lavender fields".toCharArray(), SALT.clone(), 1000);
        key.salt()[0] = 99;
        assertThat(key.salt()[0]).isEqualTo((byte) 7);
        assertThat(key.toString()).isEqualTo("BackupKey[hidden]").doesNotContain("lavender");
    }

    @Test
    void aChosenPassphraseIsLongEnoughAndGetsAFreshSaltAndTheFullCost() {
        assertThatThrownBy(() -> BackupKey.choose("short".toCharArray())).isInstanceOf(Refused.class)
                .hasMessageStartingWith("A backup passphrase is at least 10 characters");
        assertThatThrownBy(() -> BackupKey.choose(null)).isInstanceOf(Refused.class);
        BackupKey chosen = BackupKey.choose("ten chars!".toCharArray()); // slow on purpose: once
        assertThat(chosen.iterations()).isEqualTo(BackupKey.ITERATIONS);
        assertThat(chosen.salt()).hasSize(16);
        assertThat(BackupKey.derive("ten chars!".toCharArray(), chosen.salt(), chosen.iterations())).isEqualTo(chosen);
    }
}
