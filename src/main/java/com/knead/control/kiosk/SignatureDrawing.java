package com.knead.control.kiosk;

/**
 * The consent as the visitor drew it. Made into a PNG only when the check-in is recorded, on the
 * write lane: encoding it on the screen's thread would hold up the next screen.
 */
@FunctionalInterface
public interface SignatureDrawing {

    /** The drawing as PNG bytes. */
    byte[] png();
}
