package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the nightly sync is due: before and after its time, a night missed, never synced, a failed try, DST. */
class SyncScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final SyncSchedule TWO = SyncSchedule.DEFAULT;

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }

    private static boolean due(SyncSchedule s, String now, String success, String attempt) {
        return s.due(at(now), NEW_YORK, Optional.ofNullable(success).map(SyncScheduleTest::at),
                Optional.ofNullable(attempt).map(SyncScheduleTest::at));
    }

    private static Instant next(SyncSchedule s, String now, String success, String attempt) {
        return s.nextRun(at(now), NEW_YORK, Optional.ofNullable(success).map(SyncScheduleTest::at),
                Optional.ofNullable(attempt).map(SyncScheduleTest::at));
    }

    @Test
    void theDefaultIsTwoInTheMorning() {
        assertThat(TWO.at()).isEqualTo(LocalTime.of(2, 0));
        assertThat(TWO.text()).isEqualTo("02:00");
    }

    @Test
    void dueFromItsTimeUntilItSucceeds() {
        String yesterday = "2026-06-09T02:00:30";
        assertThat(due(TWO, "2026-06-10T01:59:59", yesterday, yesterday)).isFalse();
        assertThat(due(TWO, "2026-06-10T02:00:00", yesterday, yesterday)).isTrue();
        assertThat(due(TWO, "2026-06-10T02:00:01", yesterday, yesterday)).isTrue();
        assertThat(due(TWO, "2026-06-10T02:00:31", "2026-06-10T02:00:30", "2026-06-10T02:00:30")).isFalse();
        assertThat(due(TWO, "2026-06-10T23:59:00", "2026-06-10T02:00:00", "2026-06-10T02:00:00")).isFalse();
    }

    @Test
    void aNightMissedIsCaughtUpAtTheNextStart() {
        // The PC was off from the evening of the 8th to 09:00 on the 10th: due at once, whatever the hour.
        assertThat(due(TWO, "2026-06-10T09:01:00", "2026-06-08T18:00:00", "2026-06-08T18:00:00")).isTrue();
        // Synced by hand after 02:00 today: nothing more until tomorrow's.
        assertThat(due(TWO, "2026-06-10T09:01:00", "2026-06-10T08:00:00", "2026-06-10T08:00:00")).isFalse();
        // Synced by hand yesterday evening, after yesterday's time but before today's: today's is still due.
        assertThat(due(TWO, "2026-06-10T09:01:00", "2026-06-09T22:00:00", "2026-06-09T22:00:00")).isTrue();
    }

    @Test
    void neverSyncedIsDue() {
        assertThat(due(TWO, "2026-06-10T14:00:00", null, null)).isTrue();
        assertThat(next(TWO, "2026-06-10T14:00:00", null, null)).isEqualTo(at("2026-06-10T14:00:00"));
    }

    @Test
    void aFailedTryIsRetriedAnHourLaterNotAtEveryLook() {
        String failed = "2026-06-10T02:00:20";
        assertThat(due(TWO, "2026-06-10T02:01:00", "2026-06-09T02:00:10", failed)).isFalse();
        assertThat(due(TWO, "2026-06-10T03:00:19", "2026-06-09T02:00:10", failed)).isFalse();
        assertThat(due(TWO, "2026-06-10T03:00:20", "2026-06-09T02:00:10", failed)).isTrue();
        assertThat(next(TWO, "2026-06-10T02:01:00", "2026-06-09T02:00:10", failed)).isEqualTo(at("2026-06-10T03:00:20"));
        // Never succeeded, and the last try failed a minute ago.
        assertThat(due(TWO, "2026-06-10T14:01:00", null, "2026-06-10T14:00:00")).isFalse();
        assertThat(next(TWO, "2026-06-10T14:01:00", null, "2026-06-10T14:00:00")).isEqualTo(at("2026-06-10T15:00:00"));
    }

    @Test
    void aRetryLaterThanTheNextScheduledTimeWaitsForThatTime() {
        SyncSchedule late = SyncSchedule.typed("23:30");
        // Failed at 23:10 for the 22:.. missed night: the next try is tonight's 23:30, not 00:10.
        assertThat(next(late, "2026-06-10T23:11:00", "2026-06-08T23:30:00", "2026-06-10T23:10:00"))
                .isEqualTo(at("2026-06-10T23:30:00"));
    }

    @Test
    void theNextRunIsTonightOrTomorrowNight() {
        String synced = "2026-06-10T02:00:05";
        assertThat(next(TWO, "2026-06-10T01:00:00", "2026-06-09T02:00:05", "2026-06-09T02:00:05"))
                .isEqualTo(at("2026-06-10T02:00:00"));
        assertThat(next(TWO, "2026-06-10T09:00:00", synced, synced)).isEqualTo(at("2026-06-11T02:00:00"));
        assertThat(next(TWO, "2026-06-10T02:00:05", synced, synced)).isEqualTo(at("2026-06-11T02:00:00"));
        assertThat(TWO.nextAfter(at("2026-06-10T02:00:00"), NEW_YORK)).isEqualTo(at("2026-06-11T02:00:00"));
        assertThat(TWO.lastAtOrBefore(at("2026-06-10T02:00:00"), NEW_YORK)).isEqualTo(at("2026-06-10T02:00:00"));
        assertThat(TWO.lastAtOrBefore(at("2026-06-10T01:59:00"), NEW_YORK)).isEqualTo(at("2026-06-09T02:00:00"));
    }

    @Test
    void onTheNightTheClocksGoForwardATimeThatDoesNotExistRunsAnHourLaterOnce() {
        // 8 March 2026 in New York: 02:00 jumps to 03:00.
        SyncSchedule halfPast = SyncSchedule.typed("2:30");
        Instant previous = at("2026-03-07T02:30:00");
        Instant shifted = Instant.parse("2026-03-08T07:30:00Z"); // 03:30 EDT
        assertThat(halfPast.nextAfter(at("2026-03-08T01:00:00"), NEW_YORK)).isEqualTo(shifted);
        assertThat(halfPast.due(Instant.parse("2026-03-08T07:29:00Z"), NEW_YORK, Optional.of(previous),
                Optional.of(previous))).isFalse();
        assertThat(halfPast.due(shifted, NEW_YORK, Optional.of(previous), Optional.of(previous))).isTrue();
        assertThat(halfPast.due(shifted.plusSeconds(3600), NEW_YORK, Optional.of(shifted), Optional.of(shifted)))
                .isFalse();
        assertThat(halfPast.nextAfter(shifted, NEW_YORK)).isEqualTo(at("2026-03-09T02:30:00"));
    }

    @Test
    void onTheNightTheClocksGoBackATimeThatHappensTwiceRunsOnce() {
        // 1 November 2026 in New York: 01:30 comes twice, first in EDT (05:30 UTC), then in EST (06:30 UTC).
        SyncSchedule halfPastOne = SyncSchedule.typed("01:30");
        Instant first = Instant.parse("2026-11-01T05:30:00Z");
        Instant second = Instant.parse("2026-11-01T06:30:00Z");
        Instant before = at("2026-10-31T01:30:00");
        assertThat(halfPastOne.nextAfter(Instant.parse("2026-11-01T05:00:00Z"), NEW_YORK)).isEqualTo(first);
        assertThat(halfPastOne.due(first, NEW_YORK, Optional.of(before), Optional.of(before))).isTrue();
        assertThat(halfPastOne.due(second, NEW_YORK, Optional.of(first), Optional.of(first))).isFalse();
        assertThat(halfPastOne.nextRun(second, NEW_YORK, Optional.of(first), Optional.of(first)))
                .isEqualTo(at("2026-11-02T01:30:00"));
    }

    @Test
    void aSuccessFromAClockAheadCountsAsDone() {
        assertThat(due(TWO, "2026-06-10T09:00:00", "2026-06-10T10:00:00", "2026-06-10T10:00:00")).isFalse();
    }

    @Test
    void typedTimes() {
        assertThat(SyncSchedule.typed(" 2:00 ").at()).isEqualTo(LocalTime.of(2, 0));
        assertThat(SyncSchedule.typed("23.59").text()).isEqualTo("23:59");
        assertThat(SyncSchedule.typed("00h00").text()).isEqualTo("00:00");
        assertThat(new SyncSchedule(LocalTime.of(4, 5, 6, 7)).text()).isEqualTo("04:05");
        assertThatThrownBy(() -> SyncSchedule.typed("24:00")).isInstanceOf(Refused.class)
                .hasMessage("24:00 is not a time of day; use 00:00 to 23:59.");
        assertThatThrownBy(() -> SyncSchedule.typed("12:60")).isInstanceOf(Refused.class)
                .hasMessage("12:60 is not a time of day; use 00:00 to 23:59.");
        assertThat(SyncSchedule.typed("23:00").text()).isEqualTo("23:00");
        assertThat(SyncSchedule.typed("10:59").text()).isEqualTo("10:59");
        for (String bad : new String[] {"", "two", "2", "2:0", "123:00", "2:000"}) {
            assertThatThrownBy(() -> SyncSchedule.typed(bad)).isInstanceOf(Refused.class)
                    .hasMessage("Type the sync's time as hours and minutes on the 24-hour clock, for example 02:00.");
        }
        assertThatThrownBy(() -> SyncSchedule.typed(null)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> new SyncSchedule(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
