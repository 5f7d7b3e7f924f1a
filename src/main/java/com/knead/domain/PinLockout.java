package com.knead.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One person's run of wrong PINs: five in a row lock that person (not the screen, not anyone else)
 * for five minutes. A right PIN, or the end of the lock, starts the count again.
 *
 * @param wrongInARow wrong PINs since the last right one (or since the last lock ended)
 * @param lockedUntil when the current lock ends; empty when not locked
 */
public record PinLockout(int wrongInARow, Optional<Instant> lockedUntil) {

    public static final int WRONG_PINS_BEFORE_LOCK = 5;
    public static final Duration LOCK = Duration.ofMinutes(5);
    public static final PinLockout CLEAR = new PinLockout(0, Optional.empty());

    public PinLockout {
        if (wrongInARow < 0) {
            throw new IllegalArgumentException("wrongInARow < 0");
        }
        java.util.Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }

    /** The state after one more wrong PIN at {@code now}; locks on the fifth in a row. */
    public PinLockout afterWrongPin(Instant now) {
        int wrong = (lockedUntil.isPresent() && !lockedAt(now) ? 0 : wrongInARow) + 1;
        return wrong >= WRONG_PINS_BEFORE_LOCK
                ? new PinLockout(wrong, Optional.of(now.plus(LOCK)))
                : new PinLockout(wrong, Optional.empty());
    }

    /** Wrong PINs left before the lock. */
    public int triesLeft() {
        return Math.max(0, WRONG_PINS_BEFORE_LOCK - wrongInARow);
    }
}
