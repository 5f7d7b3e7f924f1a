package com.knead.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How long the disk holding the clinic's data lasts: its free space against how fast the free space
 * went down since an earlier measure (the data folder growing, or anything else filling the disk). The desk warns the owner while there is still time to act — a week
 * before the disk is full at the recent pace, or as soon as less than {@link #LOW_BYTES} is left.
 *
 * @param freeBytes    what the disk still has for Knead
 * @param growthPerDay how many bytes a day the disk lost lately (0 when it did not fill)
 */
public record DiskRunway(long freeBytes, long growthPerDay) {

    /** Below this the desk warns whatever the pace: a busy day, a backup or an upgrade's copy needs room. */
    public static final long LOW_BYTES = 500L * 1024 * 1024;

    /** The warning comes this many days before the disk is full. */
    public static final int WARN_DAYS = 7;

    private static final long MEGABYTE = 1024L * 1024;

    public DiskRunway {
        if (freeBytes < 0 || growthPerDay < 0) {
            throw new IllegalArgumentException("free space and growth are never negative");
        }
    }

    /** A measure of the disk: its free bytes on a day. */
    public record Measure(LocalDate day, long freeBytes) {
    }

    /** The bytes a day the disk filled from {@code earlier} to {@code now}; 0 before a full day has passed or when it freed up. */
    public static long growthPerDay(Measure earlier, Measure now) {
        long days = ChronoUnit.DAYS.between(earlier.day(), now.day());
        if (days < 1 || now.freeBytes() >= earlier.freeBytes()) {
            return 0;
        }
        return (earlier.freeBytes() - now.freeBytes()) / days;
    }

    /** Whole days until the disk is full at this pace; empty when it is not filling. */
    public OptionalLong daysLeft() {
        return growthPerDay == 0 ? OptionalLong.empty() : OptionalLong.of(freeBytes / growthPerDay);
    }

    /** The sentence for the desk's header, when the owner must act; empty while there is room. */
    public Optional<String> warning() {
        OptionalLong days = daysLeft();
        boolean soon = days.isPresent() && days.getAsLong() <= WARN_DAYS;
        if (!soon && freeBytes >= LOW_BYTES) {
            return Optional.empty();
        }
        String left = "The computer's disk has only " + megabytes(freeBytes) + " free";
        String when = !soon ? "" : days.getAsLong() == 0 ? "; at the recent pace it is full by tomorrow"
                : days.getAsLong() == 1 ? "; at the recent pace it is full in about a day"
                : "; at the recent pace it is full in about " + days.getAsLong() + " days";
        return Optional.of(left + when + ". Free some space, or ask for a larger disk, before sales can no "
                + "longer be saved.");
    }

    private static String megabytes(long bytes) {
        return bytes >= 10 * 1024 * MEGABYTE ? bytes / (1024 * MEGABYTE) + " GB" : bytes / MEGABYTE + " MB";
    }
}
