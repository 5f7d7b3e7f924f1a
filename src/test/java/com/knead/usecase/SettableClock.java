package com.knead.usecase;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that shows whatever instant a test sets. */
final class SettableClock extends Clock {

    private Instant now;

    SettableClock(Instant now) {
        this.now = now;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("A test clock stays in the local zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
