package com.knead.usecase;

import com.knead.domain.BusinessDays;
import com.knead.domain.Clinic;
import com.knead.domain.CountedDrawer;
import com.knead.domain.DayFigures;
import com.knead.domain.DrawerCount;
import com.knead.domain.EndOfDay;
import com.knead.domain.Ids;
import com.knead.domain.Money;
import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.domain.ZReport;
import com.knead.store.Stores;
import com.knead.store.ZReportStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closing a business day: the drawer counted, expected against counted (a reason when they differ),
 * the PIN of someone allowed to close the day, then the Z with the next number. The day is frozen
 * from then on: what is recorded for it later counts on the next open day. A day is closed once.
 */
public final class CloseDay {

    static final String PLACE = "office";

    private final Stores stores;
    private final ZReportStore zReports;
    private final CloseOfDayFigures figures;
    private final PinCheck pins;
    private final Clock clock;

    public CloseDay(Stores stores, PinCheck pins, Clock clock) {
        this.stores = stores;
        this.zReports = stores.zReports();
        this.figures = new CloseOfDayFigures(stores);
        this.pins = pins;
        this.clock = clock;
    }

    /** A closed day: its Z and its figures. */
    public record Closed(ZReport z, DayFigures figures) {
    }

    public Clinic clinic() {
        return stores.clinic();
    }

    /** The clinic's business day now. */
    public LocalDate today() {
        return stores.clinic().businessDay(clock.instant());
    }

    /** The notes and coins of the clinic's currency, largest first (empty: count one total). */
    public List<BigDecimal> denominations() {
        return DrawerCount.denominations(stores.clinic().currency());
    }

    /** Everyone active whose role may close the day, to choose who types their PIN. */
    public List<StaffMember> whoMayClose() {
        return stores.staff().active().stream().filter(m -> RoleRights.may(m.role(), Permission.CLOSE_DAY)).toList();
    }

    /** What the drawer of {@code day} should hold now. */
    public Money expected(LocalDate day) {
        return figures.of(day).endOfDay().cashExpected();
    }

    /** Whether the day has its Z. */
    public boolean isClosed(LocalDate day) {
        return zReports.find(day).isPresent();
    }

    /**
     * Closes {@code day} as {@code who}, who types their PIN; refused with a plain sentence (and nothing
     * recorded) for a day not begun, a day already closed, a drawer over or short without a reason, or
     * a person who may not close the day.
     */
    public Closed close(StaffMember who, String pin, LocalDate day, DrawerCount count, String reason) {
        LocalDate today = today();
        BusinessDays.requireBegun(day, today);
        zReports.requireOpen(day);
        // Said before the PIN is asked; checked again, on the figures read under the close's lock.
        CountedDrawer.closing(expected(day), count, reason);
        var approval = pins.check(who, pin, Permission.CLOSE_DAY, PLACE);
        AtomicReference<DayFigures> read = new AtomicReference<>();
        ZReport z = zReports.close(day, number -> {
            DayFigures of = figures.of(day);
            read.set(of);
            EndOfDay end = of.endOfDay();
            CountedDrawer drawer = CountedDrawer.closing(end.cashExpected(), count, reason);
            Instant now = clock.instant();
            return new ZReport(Ids.next(), number, day, drawer, approval, now, end.total(), end.refunded(),
                    end.netTaken(), of.grandTotal(), end.visits(), of.newClients(), of.returningClients(), null);
        });
        return new Closed(z, read.get());
    }

    /** The Z of a closed day with its figures (the same as at the close: a closed day never changes). */
    public Closed zOf(LocalDate day) {
        ZReport z = zReports.find(day).orElseThrow(() -> new Refused(day + " is not closed" + (day.isAfter(today())
                ? " (it is in the future)." : "; close it first (knead close, or the office's Day tab).")));
        return new Closed(z, figures.ofClosed(z));
    }

    /** The X: today's figures so far, closing nothing. */
    public DayFigures xNow() {
        return figures.of(today());
    }
}
