package com.knead.control.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The desk's one idle rule: a screen left untouched for the desk's sign-out time
 * ({@link com.knead.usecase.DeskSignIn#signOutAfter()}, set in the office) has been walked away from.
 * The sign-in and the therapist's "My sessions" each keep one, on the desk's clock and time, so both
 * go by the same setting and a test can pass ten minutes at once.
 */
public final class Untouched {

    private final Clock clock;
    private final Supplier<Duration> limit;
    private Instant last;

    Untouched(Clock clock, Supplier<Duration> limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Someone touched the screen: the time starts again. */
    public void touched() {
        last = clock.instant();
    }

    /** Whether the time ran out since the last touch; false before the first one. */
    public boolean over() {
        return last != null && !clock.instant().isBefore(last.plus(limit.get()));
    }
}
