package com.knead.control.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many returning-visitor lookups may fail in a row at this kiosk before it slows down, and
 * then sends the visitor to the desk. Kept for the kiosk, not the visitor: walking away and coming
 * back does not start the count again; a lookup that finds someone does.
 */
final class LookupLimit {

    /** Failures in a row that cost nothing: a typo or two, a wrong phone remembered. */
    static final int FREE = 3;
    /** Failures in a row after which the kiosk stops looking and sends the visitor to the desk. */
    static final int DESK = 5;
    /** The wait after the first failure over {@link #FREE}; it doubles with each further one. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    /** How long the kiosk refuses lookups once it has sent someone to the desk. */
    static final Duration DESK_TIME = Duration.ofMinutes(15);

    private int failures;
    private Instant notBefore = Instant.MIN;

    /** Why a lookup may not be made at {@code now}: a wait, or the desk; empty when it may. */
    Optional<String> refusal(Instant now) {
        if (failures >= DESK && !now.isBefore(notBefore)) {
            // The desk time is over: the next visitor starts afresh.
            failures = 0;
        }
        if (!now.isBefore(notBefore)) {
            return Optional.empty();
        }
        if (failures >= DESK) {
            return Optional.of(KioskWording.ASK_THE_DESK);
        }
        long millis = Duration.between(now, notBefore).toMillis();
        long seconds = Math.max(1, (millis + 999) / 1000);
        return Optional.of(KioskWording.pleaseWait(seconds));
    }

    /** Whether the kiosk is sending visitors to the desk at {@code now}. */
    boolean atTheDesk(Instant now) {
        return failures >= DESK && now.isBefore(notBefore);
    }

    void failed(Instant now) {
        failures++;
        if (failures >= DESK) {
            notBefore = now.plus(DESK_TIME);
        } else if (failures >= FREE) {
            notBefore = now.plus(FIRST_WAIT.multipliedBy(1L << (failures - FREE)));
        }
    }

    void found() {
        failures = 0;
        notBefore = Instant.MIN;
    }
}
