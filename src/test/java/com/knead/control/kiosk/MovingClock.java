package com.knead.control.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock in the local zone that stands still until a test moves it on; windows and workers may read it from any thread. */
public final class MovingClock extends Clock {

    private volatile Instant now = Instant.now();

    public void pass(Duration time) {
        now = now.plus(time);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The kiosk's clock stays in the local zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
