package com.knead.bench;

import com.knead.store.DatabaseFile;
import com.knead.app.Main;
import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.report.ReportTemplates;
import com.knead.store.Stores;
import com.knead.usecase.CloseDay;
import com.knead.usecase.OfficeServices;
import com.knead.usecase.ReportProgress;
import com.knead.usecase.SalesForRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Close-of-day and range-report benchmark on three years of a busy clinic ({@code knead demo --days
 * 1095}, made once in the folder given, or a temporary one): the figures of a closed day's Z, the X of
 * today, and a one-year sales report, each next to the raw SQL aggregates over the same rows (the sums
 * the report needs, in as few grouped queries as SQL allows), alternating in the same run. Each
 * repetition moves the day (or the year) by one, so H2's result cache does not answer. Prints every
 * median and the ratio to its floor.
 * Run with {@code scripts/bench-reports [DAYS] [REPETITIONS] [FOLDER]}.
 */
public final class ReportsBenchmark {

    private static final String KEPT = " NOT EXISTS (SELECT 1 FROM refund v WHERE v.sale_id = s.id AND v.kind = 'VOID')";

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 1095;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path history = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("knead-reports-bench");
        if (!Files.exists(history.resolve("knead.mv.db"))) {
            long start = System.nanoTime();
            String[] demo = {"demo", "--data", history.toString(), "--days", String.valueOf(days)};
            if (Main.commandLine(demo).execute(demo) != 0) {
                throw new IllegalStateException("knead demo failed");
            }
            System.out.printf("made %d days of demo history in %.0f s%n", days, (System.nanoTime() - start) / 1e9);
        }
        try (Stores stores = Stores.open(history)) {
            LocalDate today = stores.clinic().businessDay(Instant.now());
            if (stores.sales().forDay(today).isEmpty()) {
                sellToday(stores, 12);
            }
            CloseDay closeDay = OfficeServices.over(stores, new ReportTemplates()).closeDay();
            SalesForRange range = new SalesForRange(stores, Clock.systemUTC());
            // The same embedded database, opened a second time in this JVM, for the raw SQL floors.
            Connection sql = DatabaseFile.connect(history);
            System.out.printf("%d sales, %d closed days; %d repetitions, medians:%n",
                    count(sql, "SELECT COUNT(*) FROM sale"), count(sql, "SELECT COUNT(*) FROM z_report"), repetitions);
            LocalDate lastClosed = today.minusDays(1);
            compare("Z of one closed day", 300, repetitions,
                    i -> closeDay.zOf(lastClosed.minusDays(30 + i)).figures().endOfDay().salesKept(),
                    i -> zFloor(sql, lastClosed.minusDays(30 + i), true));
            compare("X now (today so far)", 300, repetitions,
                    i -> closeDay.xNow().endOfDay().salesKept(),
                    i -> zFloor(sql, today, false));
            compare("one-year sales report", 1000, repetitions,
                    i -> range.of(lastClosed.minusDays(364 + i), lastClosed.minusDays(i), ReportProgress.NONE).whole().sales(),
                    i -> rangeFloor(sql, lastClosed.minusDays(364 + i), lastClosed.minusDays(i)));
        }
    }

    /** A task of repetition {@code i}, returning something the work produced so nothing is skipped. */
    private interface Work {
        int run(int i) throws Exception;
    }

    private static void compare(String what, long goalMillis, int repetitions, Work report, Work floor) throws Exception {
        report.run(repetitions + 1);
        floor.run(repetitions + 1);
        List<Double> reports = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            reports.add(time(report, i));
            floors.add(time(floor, i));
        }
        double r = median(reports);
        double f = median(floors);
        System.out.printf("  %-24s %8.1f ms (goal <= %d ms)   raw SQL %8.1f ms   ratio %.2f (goal <= 2)%n",
                what, r, goalMillis, f, r / f);
        System.out.printf("  %-24s all: report %s, SQL %s%n", "", rounded(reports), rounded(floors));
    }

    private static double time(Work work, int i) throws Exception {
        long start = System.nanoTime();
        if (work.run(i) < 0) {
            throw new IllegalStateException("negative count");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    /**
     * What a Z or X sums: the day's sales, tenders and refunds, its visits; then for an X its clients and
     * the grand total since the first sale, and for a closed day the Z that keeps them.
     */
    private static int zFloor(Connection c, LocalDate day, boolean closed) throws SQLException {
        int rows = 0;
        rows += rows(c, "SELECT COUNT(*), SUM(s.total), SUM(s.tip), SUM(s.tax), SUM(s.discount), SUM(s.change_due)"
                + " FROM sale s WHERE s.business_day = ? AND" + KEPT, day);
        rows += rows(c, "SELECT t.kind, SUM(t.amount) FROM tender t JOIN sale s ON s.id = t.sale_id"
                + " WHERE s.business_day = ? AND" + KEPT + " GROUP BY t.kind", day);
        rows += rows(c, "SELECT l.modality_id, SUM(l.unit_price * l.quantity) FROM sale_line l JOIN sale s ON s.id = l.sale_id"
                + " WHERE s.business_day = ? AND" + KEPT + " GROUP BY l.modality_id", day);
        rows += rows(c, "SELECT s.therapist_id, SUM(s.tip) FROM sale s WHERE s.business_day = ? AND" + KEPT
                + " GROUP BY s.therapist_id", day);
        rows += rows(c, "SELECT r.kind, t.kind, SUM(t.amount) FROM refund_tender t JOIN refund r ON r.id = t.refund_id"
                + " WHERE r.business_day = ? GROUP BY r.kind, t.kind", day);
        rows += rows(c, "SELECT COUNT(*) FROM visit WHERE business_day = ? AND status <> 'CANCELLED'", day);
        if (closed) {
            return rows + rows(c, "SELECT * FROM z_report WHERE business_day = ?", day);
        }
        rows += rows(c, "SELECT DISTINCT v.client_id, (SELECT COUNT(*) FROM visit e WHERE e.client_id = v.client_id"
                + " AND e.business_day < ?1 AND e.status <> 'CANCELLED') FROM visit v WHERE v.business_day = ?1"
                + " AND v.status <> 'CANCELLED'", day);
        rows += rows(c, "SELECT SUM(s.total) FROM sale s WHERE s.business_day <= ?", day);
        rows += rows(c, "SELECT SUM(s.total) FROM refund v JOIN sale s ON s.id = v.sale_id WHERE v.kind = 'VOID'"
                + " AND s.business_day <= ?", day);
        rows += rows(c, "SELECT SUM(t.amount) FROM refund_tender t JOIN refund r ON r.id = t.refund_id"
                + " WHERE r.kind = 'REFUND' AND r.business_day <= ?", day);
        return rows;
    }

    /** What the range report sums, each grouped once over the whole range. */
    private static int rangeFloor(Connection c, LocalDate from, LocalDate to) throws SQLException {
        int rows = 0;
        rows += rows(c, "SELECT s.business_day, COUNT(*), SUM(s.total), SUM(s.tip), SUM(s.tax), SUM(s.discount)"
                + " FROM sale s WHERE s.business_day BETWEEN ?1 AND ?2 AND" + KEPT + " GROUP BY s.business_day", from, to);
        rows += rows(c, "SELECT t.kind, SUM(t.amount) FROM tender t JOIN sale s ON s.id = t.sale_id"
                + " WHERE s.business_day BETWEEN ?1 AND ?2 AND" + KEPT + " GROUP BY t.kind", from, to);
        rows += rows(c, "SELECT l.modality_id, SUM(l.unit_price * l.quantity) FROM sale_line l JOIN sale s ON s.id = l.sale_id"
                + " WHERE s.business_day BETWEEN ?1 AND ?2 AND" + KEPT + " GROUP BY l.modality_id", from, to);
        rows += rows(c, "SELECT s.therapist_id, COUNT(*), SUM(s.total), SUM(s.tip) FROM sale s"
                + " WHERE s.business_day BETWEEN ?1 AND ?2 AND" + KEPT + " GROUP BY s.therapist_id", from, to);
        rows += rows(c, "SELECT r.business_day, t.kind, SUM(t.amount) FROM refund_tender t JOIN refund r ON r.id = t.refund_id"
                + " WHERE r.kind = 'REFUND' AND r.business_day BETWEEN ?1 AND ?2 GROUP BY r.business_day, t.kind", from, to);
        rows += rows(c, "SELECT business_day, COUNT(*) FROM visit WHERE business_day BETWEEN ?1 AND ?2"
                + " AND status <> 'CANCELLED' GROUP BY business_day", from, to);
        rows += rows(c, "SELECT client_id, MIN(business_day) FROM visit WHERE status <> 'CANCELLED' AND client_id IN"
                + " (SELECT client_id FROM visit WHERE business_day BETWEEN ?1 AND ?2) GROUP BY client_id", from, to);
        return rows;
    }

    private static int rows(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A few cash sales today, so the X has something of today to add up. */
    private static void sellToday(Stores stores, int count) {
        PriceList prices = stores.catalog().priceListOn(stores.clinic().businessDay(Instant.now()));
        Modality modality = prices.bookable().get(0);
        ServicePrice price = prices.pricesOf(modality.id()).get(0);
        for (int i = 0; i < count; i++) {
            Visit visit = stores.visits().checkIn(ContactDetails.of("Bench Client " + i, String.format("559%07d", i)),
                    modality, price, Instant.now());
            SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
            draft.addTender(Tender.cash(draft.totals().amountDue()));
            stores.sales().record(draft, Instant.now());
        }
    }
}
