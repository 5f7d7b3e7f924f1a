package com.knead.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * How a visitor gave the consent, and when: either drawn with a finger (a PNG image, {@code typedName}
 * empty), or, for a visitor who cannot draw, by pressing "I agree" with their full name typed
 * ({@code png} empty, {@code typedName} the name); {@link Consent#howGiven} says which, in words.
 */
public record Signature(byte[] png, Instant signedAt, String typedName) {

    public Signature {
        Objects.requireNonNull(signedAt, "signedAt");
        typedName = typedName == null ? "" : typedName.strip();
        png = png == null ? new byte[0] : png.clone();
        if (png.length == 0 && typedName.isEmpty()) {
            throw new IllegalArgumentException("A signature needs its image or the typed name");
        }
        if (png.length > 0 && !typedName.isEmpty()) {
            throw new IllegalArgumentException("A signature is drawn or typed, not both");
        }
    }

    /** A consent drawn with a finger. */
    public Signature(byte[] png, Instant signedAt) {
        this(requireImage(png), signedAt, "");
    }

    /** A consent given by pressing "I agree" with the full name typed, when no drawing was possible. */
    public static Signature typed(String name, Instant signedAt) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A typed consent needs the visitor's name");
        }
        return new Signature(new byte[0], signedAt, name);
    }

    private static byte[] requireImage(byte[] png) {
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException("A signature needs its image");
        }
        return png;
    }

    /** True when the consent was drawn (there is an image), false when the name was typed. */
    public boolean drawn() {
        return png.length > 0;
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature s && Arrays.equals(png, s.png) && signedAt.equals(s.signedAt)
                && typedName.equals(s.typedName);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(png) * 31 + signedAt.hashCode()) * 31 + typedName.hashCode();
    }

    @Override
    public String toString() {
        return drawn() ? "Signature[" + png.length + " bytes, " + signedAt + "]"
                : "Signature[typed \"" + typedName + "\", " + signedAt + "]";
    }
}
