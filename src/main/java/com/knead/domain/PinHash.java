package com.knead.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A staff PIN kept only as a salted, deliberately slow hash (PBKDF2 with HMAC-SHA256). Stored as
 * {@code pbkdf2-sha256$iterations$salt$hash}, so the cost can be raised later without breaking old PINs.
 * A PIN identifies nobody on its own: it is always checked against one chosen staff member.
 */
public record PinHash(String encoded) {

    public static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The cost for PINs that are public anyway: the demo clinic's, printed in the README. A slow hash
     * protects a secret; these are none, and every fresh demo clinic (each test opens one) made four.
     */
    public static final int PUBLISHED_ITERATIONS = 1_000;

    public static PinHash of(String pin) {
        return of(pin, ITERATIONS);
    }

    /** A hash of a PIN that is published (the demo's), at {@link #PUBLISHED_ITERATIONS}; never for a real one. */
    public static PinHash ofPublished(String pin) {
        return of(pin, PUBLISHED_ITERATIONS);
    }

    private static PinHash of(String pin, int iterations) {
        requireWellFormed(pin);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(pin, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return new PinHash("pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash));
    }

    /** Checks a typed PIN in constant time. */
    public boolean matches(String pin) {
        if (pin == null || pin.isEmpty()) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
            throw new IllegalStateException("Unknown PIN hash format");
        }
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(pin, salt, iterations));
    }

    /** A PIN is 4 to 8 digits 0-9 (not other scripts' digits, which a keypad cannot type again). */
    public static void requireWellFormed(String pin) {
        if (pin == null || pin.length() < 4 || pin.length() > 8 || !pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Refused("A PIN is 4 to 8 digits.");
        }
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return "PinHash[hidden]";
    }
}
