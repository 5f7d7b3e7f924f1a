package com.knead.usecase;

import com.knead.domain.Clinic;
import com.knead.domain.EndOfDay;
import com.knead.domain.Money;
import com.knead.domain.Refund;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SalesRange;
import com.knead.report.SalesCsv;
import com.knead.report.SalesReport;
import com.knead.sync.CentralAddress;
import com.knead.sync.CentralSales;
import com.knead.sync.CentralStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sales of a range of business days across every location that has synced ({@code knead report
 * sales --central}), computed at the centre from what the locations pushed: each location's days are
 * its end-of-day figures built with the same rules as its own report, so each location's part equals
 * its own range report, and the whole is their sum (by day, modality, tender, therapist, clients).
 * A location's range stops at its own today; a range the wrong way round or not yet begun anywhere is
 * refused in a sentence.
 */
public final class CentralSalesForRange {

    /** The name the whole of the report goes under. */
    public static final String ALL = "All locations";

    /** The whole ({@link #ALL}), then each location's own range, by location name. */
    public record Report(SalesRange all, List<SalesRange> locations) {

        /** The whole first, then the locations, each under its name. */
        public Map<String, SalesRange> byName() {
            Map<String, SalesRange> named = new LinkedHashMap<>();
            named.put(ALL, all);
            locations.forEach(range -> named.put(range.clinic().name(), range));
            return named;
        }
    }

    private final CentralAddress centre;
    private final Clock clock;

    public CentralSalesForRange(CentralAddress centre, Clock clock) {
        this.centre = centre;
        this.clock = clock;
    }

    /** The figures from {@code from} to {@code to}, both included. */
    public Report of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new Refused("The range ends (" + to + ") before it starts (" + from + "); give the earlier day first.");
        }
        List<CentralSales.Location> read;
        try (CentralStore central = CentralStore.connect(centre)) {
            read = CentralSales.read(central, from, to);
        }
        if (read.isEmpty()) {
            throw new Refused("No clinic has synced with the central database at " + centre.where()
                    + " yet, so it has no sales to report.");
        }
        List<LocalDate> todays = new ArrayList<>();
        List<SalesRange> locations = new ArrayList<>();
        for (CentralSales.Location location : read) {
            LocalDate today = location.clinic().businessDay(clock.instant());
            todays.add(today);
            if (!from.isAfter(today)) {
                locations.add(range(location, from, to.isAfter(today) ? today : to));
            }
        }
        if (locations.isEmpty()) {
            throw new Refused(ReportDays.notYet(from, java.util.Collections.max(todays)));
        }
        return new Report(whole(from, locations), locations);
    }

    /** One location's range, exactly as its own report reads it from its own records. */
    private static SalesRange range(CentralSales.Location location, LocalDate from, LocalDate last) {
        Map<LocalDate, List<Sale>> sales = new TreeMap<>();
        location.sales().forEach(sale -> sales.computeIfAbsent(sale.businessDay(), d -> new ArrayList<>()).add(sale));
        Map<LocalDate, List<Refund>> refunds = new TreeMap<>();
        location.refunds().forEach(r -> refunds.computeIfAbsent(r.businessDay(), d -> new ArrayList<>()).add(r));
        List<EndOfDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(EndOfDay.of(day, location.clinic(), location.visits().getOrDefault(day, 0),
                    sales.getOrDefault(day, List.of()), refunds.getOrDefault(day, List.of()), location.refundedSales(),
                    null, id -> location.modalityNames().getOrDefault(id, "Other")));
        }
        int fresh = (int) location.firstVisits().values().stream().filter(first -> !first.isBefore(from)).count();
        return SalesRange.of(from, last, location.clinic(), days,
                new SalesRange.Clients(fresh, location.firstVisits().size() - fresh));
    }

    /** The locations added up: day by day, modality by modality, tender by tender, therapist by therapist. */
    private static SalesRange whole(LocalDate from, List<SalesRange> locations) {
        Clinic first = locations.get(0).clinic();
        for (SalesRange location : locations) {
            if (!location.clinic().currency().equals(first.currency())) {
                throw new Refused("The clinics sell in different currencies (" + first.currency() + " at "
                        + first.name() + ", " + location.clinic().currency() + " at " + location.clinic().name()
                        + "), so their sales cannot be added up.");
            }
        }
        Clinic all = new Clinic(ALL, "", "", first.currency(), first.tax(), first.zone(), first.dayEnds(), false, "");
        Money zero = Money.zero(first.currency());
        Map<LocalDate, SalesRange.Day> days = new TreeMap<>();
        Map<String, Money> byModality = new LinkedHashMap<>();
        Map<com.knead.domain.TenderKind, Money> byTender = new TreeMap<>();
        Map<String, SalesRange.Therapist> byTherapist = new TreeMap<>();
        SalesRange.Day whole = new SalesRange.Day(null, 0, 0, 0, zero, zero, zero, zero, zero);
        int fresh = 0;
        int returning = 0;
        LocalDate to = from;
        for (SalesRange location : locations) {
            to = location.to().isAfter(to) ? location.to() : to;
            location.days().forEach(day -> days.merge(day.day(), day, CentralSalesForRange::plus));
            location.byModality().forEach((name, amount) -> byModality.merge(name, amount, Money::plus));
            location.byTender().forEach((kind, amount) -> byTender.merge(kind, amount, Money::plus));
            location.byTherapist().forEach((name, one) -> byTherapist.merge(name, one, (a, b) -> new SalesRange.Therapist(
                    name, a.sales() + b.sales(), a.services().plus(b.services()), a.tips().plus(b.tips()))));
            whole = plus(whole, location.whole());
            fresh += location.clients().fresh();
            returning += location.clients().returning();
        }
        // The discounts and the tax added on top read last, as on each location's report.
        for (String last : List.of(EndOfDay.DISCOUNTS, EndOfDay.TAX_ADDED)) {
            Money amount = byModality.remove(last);
            if (amount != null) {
                byModality.put(last, amount);
            }
        }
        return new SalesRange(from, to, all, List.copyOf(days.values()), byModality, byTender, byTherapist,
                new SalesRange.Clients(fresh, returning), whole);
    }

    private static SalesRange.Day plus(SalesRange.Day a, SalesRange.Day b) {
        return new SalesRange.Day(a.day(), a.visits() + b.visits(), a.sales() + b.sales(), a.voided() + b.voided(),
                a.total().plus(b.total()), a.tips().plus(b.tips()), a.refunded().plus(b.refunded()),
                a.tax().plus(b.tax()), a.netTaken().plus(b.netTaken()));
    }

    /** Writes the report as one A4 PDF: the whole first, then each location's own pages. */
    public Path savePdf(Report report, SalesReport pdf, Path file) {
        pdf.writePdf(List.copyOf(report.byName().values()), file);
        return file;
    }

    /** Writes the figures as one CSV table, its first column the location ({@link #ALL} for the whole). */
    public Path saveCsv(Report report, Path file) {
        return SaveSalesRange.csv(file, to -> SalesCsv.write(report.byName(), to));
    }
}
