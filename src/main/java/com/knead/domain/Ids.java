package com.knead.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUID keys (version 7, RFC 9562): the first 48 bits are the Unix time in milliseconds,
 * so new rows land at the end of an index instead of all over it, and keys made on different
 * machines never collide, which is what lets the nightly sync merge rows safely.
 *
 * <p>Within one process the keys also strictly increase (RFC 9562, method 1): the 12 bits after the
 * version count keys made in the same millisecond, so records ordered by key stay in the order they
 * were made, even when the clock does not move between them or steps back.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Clock CLOCK = Clock.systemUTC();

    /** The millisecond and the count within it of the last key made. */
    private static long lastMillis;
    private static int sequence;

    private Ids() {
    }

    public static synchronized UUID next() {
        long millis = CLOCK.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            // A random start within the lower half keeps keys unguessable and leaves room to count.
            sequence = RANDOM.nextInt(0x800);
        } else if (++sequence > 0xFFF) {
            // Over 2,048 keys in one millisecond: wait for the next one, unless the clock stepped back.
            while (millis == lastMillis) {
                Thread.onSpinWait();
                millis = CLOCK.millis();
            }
            lastMillis = Math.max(millis, lastMillis + 1);
            sequence = 0;
        }
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        long high = (lastMillis << 16) | 0x7000L | sequence;
        long low = 0x8000_0000_0000_0000L | (toLong(random, 0) & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(high, low);
    }

    private static long toLong(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = (value << 8) | (bytes[i] & 0xFFL);
        }
        return value;
    }
}
