package com.knead.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUID keys (version 7, RFC 9562): the first 48 bits are the Unix time in milliseconds,
 * so new rows land at the end of an index instead of all over it, and keys made on different
 * machines never collide, which is what lets the nightly sync merge rows safely.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Clock CLOCK = Clock.systemUTC();

    private Ids() {
    }

    public static UUID next() {
        long millis = CLOCK.millis();
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (millis << 16) | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L | (toLong(random, 2) & 0x3FFF_FFFF_FFFF_FFFFL);
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
