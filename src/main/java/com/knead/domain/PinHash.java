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

    public static PinHash of(String pin) {
        requireWellFormed(pin);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(pin, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return new PinHash("pbkdf2-sha256$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash));
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
