package com.knead.domain;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key backups are encrypted with (AES-256), derived from a passphrase the owner keeps through
 * a deliberately slow PBKDF2-HMAC-SHA256 with a random salt. The passphrase itself is never kept:
 * the derived key stays in the clinic's private data folder so that daily backups need nobody, and
 * each backup carries the salt and cost, so the passphrase alone opens it on any other PC.
 */
public final class BackupKey {

    public static final int ITERATIONS = 600_000;
    private static final int MIN_PASSPHRASE = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] salt;
    private final int iterations;
    private final byte[] key;

    private BackupKey(byte[] salt, int iterations, byte[] key) {
        this.salt = salt.clone();
        this.iterations = iterations;
        this.key = key.clone();
    }

    /** A new key from a passphrase the owner chose (at least ten characters), with a fresh salt. Slow. */
    public static BackupKey choose(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new Refused("A backup passphrase is at least " + MIN_PASSPHRASE
                    + " characters: a few words you will remember, written down somewhere safe.");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return derive(passphrase, salt, ITERATIONS);
    }

    /** The key a backup's salt and cost give for a typed passphrase. Slow. */
    public static BackupKey derive(char[] passphrase, byte[] salt, int iterations) {
        if (iterations < 1 || salt.length == 0) {
            throw new IllegalArgumentException("salt and iterations");
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            return new BackupKey(salt, iterations,
                    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Read back from {@link #encoded()}. */
    public static BackupKey decode(String encoded) {
        String[] parts = encoded.strip().split("\\$");
        if (parts.length != 4 || !parts[0].equals("knead-backup-key-1")) {
            throw new IllegalArgumentException("Not a Knead backup key");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new BackupKey(b64.decode(parts[2]), Integer.parseInt(parts[1]), b64.decode(parts[3]));
    }

    /** {@code knead-backup-key-1$iterations$salt$key}, for the data folder's private key file. */
    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "knead-backup-key-1$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    public byte[] salt() {
        return salt.clone();
    }

    public int iterations() {
        return iterations;
    }

    public SecretKey secretKey() {
        return new SecretKeySpec(key, "AES");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BackupKey k && Arrays.equals(k.key, key) && Arrays.equals(k.salt, salt)
                && k.iterations == iterations;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "BackupKey[hidden]";
    }
}
