package com.knead.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/** A visitor's finger-drawn signature on the consent, as a PNG image, and when it was signed. */
public record Signature(byte[] png, Instant signedAt) {

    public Signature {
        Objects.requireNonNull(signedAt, "signedAt");
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException("A signature needs its image");
        }
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature s && Arrays.equals(png, s.png) && signedAt.equals(s.signedAt);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(png) * 31 + signedAt.hashCode();
    }

    @Override
    public String toString() {
        return "Signature[" + png.length + " bytes, " + signedAt + "]";
    }
}
