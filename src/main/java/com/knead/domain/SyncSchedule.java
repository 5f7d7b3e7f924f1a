package com.knead.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the clinic syncs with the centre by itself: once a day at a local time the owner chooses
 * (02:00 unless changed), in the clinic's zone. A sync is due when the last success is older than
 * the latest such time, so a night missed (the PC off, Knead closed) is caught up at the next start;
 * after a failed try it is due again {@link #RETRY} later, not at every look. On the day the clocks
 * go forward a time that does not exist runs at the hour after; on the day they go back the first
 * of the two runs, once.
 */
public record SyncSchedule(LocalTime at) {

    /** The time a new clinic syncs at, when the centre is least in the way. */
    public static final SyncSchedule DEFAULT = new SyncSchedule(LocalTime.of(2, 0));

    /** After a failed try, how long until the next one (each try already retries after 1, 4 and 16 s). */
    public static final Duration RETRY = Duration.ofHours(1);

    private static final Pattern TYPED = Pattern.compile("(\\d{1,2})[:.h](\\d{2})");

    public SyncSchedule {
        if (at == null) {
            throw new IllegalArgumentException("A sync schedule needs a time");
        }
        at = at.withSecond(0).withNano(0);
    }

    /** The time as typed ("2:00", "02:30", "23.15"); a plain sentence when it is not a time of day. */
    public static SyncSchedule typed(String text) {
        Matcher m = TYPED.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new Refused("Type the sync's time as hours and minutes on the 24-hour clock, for example 02:00.");
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            throw new Refused(text.strip() + " is not a time of day; use 00:00 to 23:59.");
        }
        return new SyncSchedule(LocalTime.of(hour, minute));
    }

    /** As the office shows it and the settings keep it: "02:00". */
    public String text() {
        return at.toString();
    }

    /** The latest scheduled time at or before {@code now}. */
    public Instant lastAtOrBefore(Instant now, ZoneId zone) {
        ZonedDateTime here = now.atZone(zone);
        Instant today = ZonedDateTime.of(here.toLocalDate(), at, zone).toInstant();
        return today.isAfter(now) ? ZonedDateTime.of(here.toLocalDate().minusDays(1), at, zone).toInstant() : today;
    }

    /** The first scheduled time after {@code now}. */
    public Instant nextAfter(Instant now, ZoneId zone) {
        ZonedDateTime here = now.atZone(zone);
        Instant today = ZonedDateTime.of(here.toLocalDate(), at, zone).toInstant();
        return today.isAfter(now) ? today : ZonedDateTime.of(here.toLocalDate().plusDays(1), at, zone).toInstant();
    }

    /**
     * Whether a sync is due at {@code now}: none has succeeded since the latest scheduled time (or
     * ever), and no try has failed in the last {@link #RETRY}.
     */
    public boolean due(Instant now, ZoneId zone, Optional<Instant> lastSuccess, Optional<Instant> lastAttempt) {
        Instant scheduled = lastAtOrBefore(now, zone);
        if (lastSuccess.isPresent() && !lastSuccess.get().isBefore(scheduled)) {
            return false;
        }
        return lastAttempt.map(tried -> tried.isBefore(scheduled) || !tried.plus(RETRY).isAfter(now)).orElse(true);
    }

    /** When the next sync will run: now when one is due, else the next try after a failure or the next scheduled time. */
    public Instant nextRun(Instant now, ZoneId zone, Optional<Instant> lastSuccess, Optional<Instant> lastAttempt) {
        if (due(now, zone, lastSuccess, lastAttempt)) {
            return now;
        }
        Instant next = nextAfter(now, zone);
        Instant scheduled = lastAtOrBefore(now, zone);
        boolean missed = lastSuccess.map(s -> s.isBefore(scheduled)).orElse(true);
        if (missed && lastAttempt.isPresent()) {
            Instant retry = lastAttempt.get().plus(RETRY);
            return retry.isBefore(next) ? retry : next;
        }
        return next;
    }
}
