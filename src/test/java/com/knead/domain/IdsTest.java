package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    private static long millisOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    /** Waits, without sleeping, until the wall clock has moved on by at least one millisecond. */
    private static void nextMillisecond() {
        long start = System.currentTimeMillis();
        while (System.currentTimeMillis() == start) {
            Thread.onSpinWait();
        }
    }

    @Test
    void versionSevenWithTheRfcVariant() {
        for (int i = 0; i < 1_000; i++) {
            UUID id = Ids.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.toString().charAt(14)).isEqualTo('7');
            assertThat(id.toString().charAt(19)).isIn('8', '9', 'a', 'b');
        }
    }

    @Test
    void carriesTheWallClockInItsFirstFortyEightBits() {
        long before = System.currentTimeMillis();
        UUID id = Ids.next();
        long after = System.currentTimeMillis();
        assertThat(millisOf(id)).isBetween(before, after);
    }

    @Test
    void idsMadeInLaterMillisecondsSortLater() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(Ids.next());
            nextMillisecond();
        }
        for (int i = 1; i < ids.size(); i++) {
            UUID earlier = ids.get(i - 1);
            UUID later = ids.get(i);
            assertThat(millisOf(later)).isGreaterThan(millisOf(earlier));
            assertThat(later).isGreaterThan(earlier);
            // Text order is byte order, which is how databases and the sync compare keys.
            assertThat(later.toString()).isGreaterThan(earlier.toString());
        }
    }

    @Test
    void idsMadeInTheSameMillisecondStillSortInTheOrderTheyWereMade() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.next());
        }
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).isGreaterThan(ids.get(i - 1));
            assertThat(ids.get(i).toString()).isGreaterThan(ids.get(i - 1).toString());
        }
        assertThat(millisOf(ids.get(ids.size() - 1))).as("the time stays true").isLessThanOrEqualTo(System.currentTimeMillis());
    }

    @Test
    void doNotRepeat() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(Ids.next())).isTrue();
        }
    }

    @Test
    void eachMillisecondsCountStartsAtARandomPlaceInItsLowerHalf() {
        // RFC 9562 method 1: the 12 bits after the version count within a millisecond; the count starts
        // at random (with the 62 random bits of the second half, what keeps two machines' keys apart)
        // and below 0x800, so at least 2,048 keys fit in a millisecond before it must wait.
        long everSet = 0;
        long alwaysSet = 0x7FF;
        for (int i = 0; i < 200; i++) {
            nextMillisecond();
            long count = Ids.next().getMostSignificantBits() & 0xFFF;
            assertThat(count).isLessThan(0x800);
            everSet |= count;
            alwaysSet &= count;
        }
        assertThat(everSet).as("every bit of the start is sometimes 1").isEqualTo(0x7FF);
        assertThat(alwaysSet).as("every bit of the start is sometimes 0").isZero();
    }

    @Test
    void theSecondHalfIsRandom() {
        long everSet = 0;
        long alwaysSet = 0x3FFF_FFFF_FFFF_FFFFL;
        for (int i = 0; i < 1000; i++) {
            long low = Ids.next().getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL;
            everSet |= low;
            alwaysSet &= low;
        }
        assertThat(everSet).isEqualTo(0x3FFF_FFFF_FFFF_FFFFL);
        assertThat(alwaysSet).isZero();
    }
}
