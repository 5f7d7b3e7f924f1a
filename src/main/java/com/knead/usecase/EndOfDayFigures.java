package com.knead.usecase;

import com.knead.domain.CashDrawer;
import com.knead.domain.EndOfDay;
import com.knead.domain.Refund;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.VisitStatus;
import com.knead.store.Stores;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The end-of-day figures of one business day, from what is recorded (the office and {@code knead report eod}). */
public final class EndOfDayFigures {

    private final Stores stores;
    private final Clock clock;

    public EndOfDayFigures(Stores stores) {
        this(stores, Clock.systemUTC());
    }

    /** With the clock that says which business day is today: a later day has no figures yet. */
    public EndOfDayFigures(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * The figures of {@code day}: its sales, its voids and refunds (and the sales they give back on), its drawer.
     *
     * @throws Refused for a business day that has not begun yet, which would only give an empty report
     */
    public EndOfDay of(LocalDate day) {
        return of(day, stores.catalog().modalityNames());
    }

    /**
     * The figures of every day from {@code from} to {@code to} (none of them after today), in day order, each
     * the same as {@link #of(LocalDate)} gives it, but read for the whole range at once: a few range queries
     * grouped by business day instead of several queries a day.
     */
    List<EndOfDay> of(LocalDate from, LocalDate to, Map<UUID, String> names) {
        Map<LocalDate, Integer> visits = stores.visits().countsByDay(from, to);
        Map<LocalDate, List<Sale>> sales = stores.sales().forDays(from, to);
        Map<LocalDate, List<Refund>> refunds = stores.refunds().forDays(from, to);
        Map<LocalDate, CashDrawer> drawers = stores.drawer().ofDays(from, to);
        // The sales the refunds give back on: the range's own, and earlier days' read once for the range.
        Map<UUID, Sale> refundedSales = new HashMap<>(stores.sales().refundedOutside(from, to));
        sales.values().forEach(daySales -> daySales.forEach(sale -> refundedSales.put(sale.id(), sale)));
        List<EndOfDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(EndOfDay.of(day, stores.clinic(), visits.getOrDefault(day, 0), sales.getOrDefault(day, List.of()),
                    refunds.getOrDefault(day, List.of()), refundedSales, drawers.get(day),
                    id -> names.getOrDefault(id, "Other")));
        }
        return days;
    }

    /** The same, with the modalities' names already read (a range report reads them once for all its days). */
    EndOfDay of(LocalDate day, Map<UUID, String> names) {
        LocalDate today = stores.clinic().businessDay(clock.instant());
        if (day.isAfter(today)) {
            throw new Refused(ReportDays.notYet(day, today));
        }
        long visitCount = stores.visits().forDay(day).stream().filter(v -> v.status() != VisitStatus.CANCELLED).count();
        List<Sale> daySales = stores.sales().forDay(day);
        List<Refund> dayRefunds = stores.refunds().forDay(day);
        Map<UUID, Sale> refundedSales = new HashMap<>();
        daySales.forEach(sale -> refundedSales.put(sale.id(), sale));
        for (Refund refund : dayRefunds) {
            if (!refundedSales.containsKey(refund.saleId())) {
                // A refund today of an earlier day's sale: the sale is read to show what it gave back on.
                Sale original = stores.sales().find(refund.saleReceipt()).orElseThrow(() -> new IllegalStateException(
                        "Receipt " + refund.saleReceipt() + ", refunded by " + refund.receiptNumber() + ", is missing."));
                refundedSales.put(original.id(), original);
            }
        }
        return EndOfDay.of(day, stores.clinic(), (int) visitCount, daySales, dayRefunds, refundedSales,
                stores.drawer().ofDay(day).orElse(null), id -> names.getOrDefault(id, "Other"));
    }
}
