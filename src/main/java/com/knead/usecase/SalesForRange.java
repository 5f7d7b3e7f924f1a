package com.knead.usecase;

import com.knead.domain.EndOfDay;
import com.knead.domain.SalesRange;
import com.knead.store.Stores;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sales of a range of business days ({@code knead report sales}, the office's Reports tab): each
 * day's end-of-day figures, added up, read a month of days at a time. A range that ends before it starts, or starts after today, is
 * refused; one that runs past today stops at today.
 */
public final class SalesForRange {

    /** How many days are read at once. */
    static final int STRETCH = 31;

    private final Stores stores;
    private final Clock clock;
    private final EndOfDayFigures days;

    public SalesForRange(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
        this.days = new EndOfDayFigures(stores, clock);
    }

    /** The figures from {@code from} to {@code to}, both included. */
    public SalesRange of(LocalDate from, LocalDate to) {
        return of(from, to, ReportProgress.NONE);
    }

    /** The same, telling {@code progress} after each day and stopping with {@link ReportCancelled} when asked. */
    public SalesRange of(LocalDate from, LocalDate to, ReportProgress progress) {
        LocalDate today = stores.clinic().businessDay(clock.instant());
        ReportDays.checkRange(from, to, today);
        LocalDate last = to.isAfter(today) ? today : to;
        int count = (int) (last.toEpochDay() - from.toEpochDay() + 1);
        List<EndOfDay> read = new ArrayList<>(count);
        Map<java.util.UUID, String> names = stores.catalog().modalityNames();
        // A month at a time: a few range queries each, and the progress bar and Cancel still move during a long range.
        for (LocalDate start = from; !start.isAfter(last); start = start.plusDays(STRETCH)) {
            LocalDate end = start.plusDays(STRETCH - 1).isBefore(last) ? start.plusDays(STRETCH - 1) : last;
            if (progress.cancelled()) {
                throw new ReportCancelled();
            }
            for (EndOfDay day : days.of(start, end, names)) {
                if (progress.cancelled()) {
                    throw new ReportCancelled();
                }
                read.add(day);
                progress.done(read.size(), count);
            }
        }
        Map<java.util.UUID, LocalDate> firstVisits = stores.visits().firstVisitsOfClientsSeen(from, last);
        int fresh = (int) firstVisits.values().stream().filter(first -> !first.isBefore(from)).count();
        return SalesRange.of(from, last, stores.clinic(), read,
                new SalesRange.Clients(fresh, firstVisits.size() - fresh));
    }
}
