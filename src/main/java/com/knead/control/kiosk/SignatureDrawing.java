package com.knead.control.kiosk;

/**
 * The consent as the visitor gave it: drawn (made into a PNG only when the check-in is recorded, on
 * the write lane: encoding it on the screen's thread would hold up the next screen), or, for a
 * visitor who cannot draw, "I agree" with their full name typed.
 */
@FunctionalInterface
public interface SignatureDrawing {

    /** The drawing as PNG bytes (none for a typed consent). */
    byte[] png();

    /** The full name typed instead of a drawing; empty for a drawn consent. */
    default String typedName() {
        return "";
    }

    /** A consent given with the name typed, because the visitor could not draw. */
    static SignatureDrawing typed(String name) {
        return new SignatureDrawing() {
            @Override
            public byte[] png() {
                return new byte[0];
            }

            @Override
            public String typedName() {
                return name;
            }
        };
    }
}
