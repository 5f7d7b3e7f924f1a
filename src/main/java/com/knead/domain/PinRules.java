package com.knead.domain;

/**
 * What a person may choose as a PIN: 4 to 8 digits, and not one anybody would guess first: one
 * digit repeated (0000), a straight run up or down (1234, 9876), or a short block repeated (1212).
 */
public final class PinRules {

    private PinRules() {
    }

    /** Refuses a PIN that is malformed or too easy to guess, in a sentence that says why. */
    public static void requireGoodChoice(String pin) {
        PinHash.requireWellFormed(pin);
        if (repeatsABlock(pin)) {
            throw new Refused("That PIN repeats itself (like 0000 or 1212), so it is easy to guess; choose another.");
        }
        if (straightRun(pin, 1) || straightRun(pin, -1)) {
            throw new Refused("That PIN is a straight run (like 1234 or 9876), so it is easy to guess; choose another.");
        }
    }

    private static boolean repeatsABlock(String pin) {
        for (int block = 1; block <= pin.length() / 2; block++) {
            if (pin.length() % block == 0 && pin.equals(pin.substring(0, block).repeat(pin.length() / block))) {
                return true;
            }
        }
        return false;
    }

    private static boolean straightRun(String pin, int step) {
        for (int i = 1; i < pin.length(); i++) {
            if (pin.charAt(i) - pin.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
