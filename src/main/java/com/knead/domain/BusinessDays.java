package com.knead.domain;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Closed business days. A day that has its Z never changes: anything recorded for it afterwards (a
 * late refund, a sale after the close) belongs to the first day after it that is still open, where it
 * is listed as an adjustment. A day can be closed once it has begun, never before.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    /** {@code day}, or the first day after it that is not closed. */
    public static LocalDate openFrom(LocalDate day, Predicate<LocalDate> closed) {
        LocalDate open = day;
        while (closed.test(open)) {
            open = open.plusDays(1);
        }
        return open;
    }

    /** Refuses a day after {@code today} (the clinic's business day now). */
    public static void requireBegun(LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new Refused(day + " is in the future; a day can be closed, or reported on, once it has begun (today is "
                    + today + ").");
        }
    }
}
