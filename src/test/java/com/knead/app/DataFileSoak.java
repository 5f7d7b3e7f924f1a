package com.knead.app;

import com.knead.domain.Approval;
import com.knead.domain.Money;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.TenderKind;
import com.knead.report.EndOfDayReport;
import com.knead.report.ReportTemplates;
import com.knead.store.DatabaseFile;
import com.knead.store.Stores;
import com.knead.usecase.EndOfDayFigures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A busy clinic lived day by day the way Knead lives: each morning the data folder is opened as the app
 * opens it ({@link Stores#open}), the day's check-ins (newcomers through the kiosk with an intake), sales,
 * voids, gift cards and packages are recorded ({@link DemoHistory}, 8 to 18 visits), a sale of the day
 * before is partly refunded, the day is closed with its Z and its end-of-day report written as a PDF,
 * and the folder is closed as the app closes it. At the end of each month the database file's size is
 * measured against its compacted size (a copy compacted with H2's {@code SHUTDOWN COMPACT}).
 */
public final class DataFileSoak {

    /** The bound kept: the file at most this many times its compacted size. */
    static final double MOST = 3.0;

    /** One month's end: the file after the evening's close, its peak that day before closing, and compacted. */
    record Month(LocalDate lastDay, long size, long beforeClose, long compacted) {
        double ratio() {
            return (double) size / compacted;
        }

        @Override
        public String toString() {
            return String.format("%s  file %,11d B  before close %,11d B  compacted %,11d B  ratio %.2f",
                    lastDay.withDayOfMonth(1).toString().substring(0, 7), size, beforeClose, compacted, ratio());
        }
    }

    private DataFileSoak() {
    }

    /** {@code DataFileSoak [DAYS]}: lives DAYS days (default 365) in a temporary folder; exit 1 past the bound. */
    public static void main(String[] args) throws IOException {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        Path folder = Files.createTempDirectory("knead-soak-");
        try {
            LocalDate first = LocalDate.now().minusDays(days);
            long started = System.nanoTime();
            System.out.println("Living " + days + " days from " + first + " in " + folder);
            List<Month> months = live(folder, first, days, month -> {
                System.out.println(month);
                System.out.flush();
            });
            Month worst = months.stream().max(Comparator.comparingDouble(Month::ratio)).orElseThrow();
            System.out.printf("%d days in %.0f s; worst month %s, ratio %.2f (bound %.1f)%n", days,
                    (System.nanoTime() - started) / 1e9, worst.lastDay().toString().substring(0, 7), worst.ratio(), MOST);
            if (worst.ratio() > MOST) {
                System.out.println("FAILED: the data file grew past " + MOST + " times its compacted size");
                System.exit(1);
            }
        } finally {
            delete(folder);
        }
    }

    /** Lives {@code days} days from {@code first} in {@code folder}, telling {@code each} every month's end. */
    static List<Month> live(Path folder, LocalDate first, int days, Consumer<Month> each) {
        List<Month> months = new ArrayList<>();
        ReportTemplates templates = new ReportTemplates();
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            long beforeClose;
            try (Stores stores = Stores.open(folder)) {
                beforeClose = liveOneDay(stores, day, templates);
            }
            if (i == days - 1 || day.plusDays(1).getDayOfMonth() == 1) {
                Month month = new Month(day, size(folder), beforeClose, compactedSize(folder));
                months.add(month);
                each.accept(month);
            }
        }
        return months;
    }

    /** One day, from the drawer's float to its Z and end-of-day report; returns the file's size before closing. */
    private static long liveOneDay(Stores stores, LocalDate day, ReportTemplates templates) {
        Random random = new Random(day.toEpochDay());
        new DemoHistory(stores, day.toEpochDay()).fill(1, day.plusDays(1), false);
        StaffMember owner = stores.staff().active().stream().filter(member -> member.role() == StaffRole.OWNER)
                .findFirst().orElseThrow();
        refundOneOf(stores, day.minusDays(1), new Approval(owner.id(), owner.name()),
                day.atTime(LocalTime.of(17, 30)).atZone(stores.clinic().zone()).toInstant());
        new DemoClosing(stores, random, owner).close(day);
        Path pdf = stores.folder().resolve("eod.pdf");
        new EndOfDayReport(templates).writePdf(new EndOfDayFigures(stores).of(day), pdf);
        try {
            Files.delete(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return size(stores.folder());
    }

    /** Gives part of one of {@code earlier}'s sales back, to the card or in cash, as a client who left early. */
    private static void refundOneOf(Stores stores, LocalDate earlier, Approval owner, Instant at) {
        for (Sale sale : stores.sales().forDay(earlier)) {
            TenderKind back = sale.tenders().get(0).kind() == TenderKind.CARD ? TenderKind.CARD : TenderKind.CASH;
            try {
                stores.refunds().refund(sale.receiptNumber(), Money.of("15.00", stores.clinic().currency()), back,
                        "Part of the session", "Session cut short", owner, at);
                return;
            } catch (Refused notRefundable) {
                // A voided sale, a gift card: the next one.
            }
        }
    }

    static long size(Path folder) {
        try {
            return Files.size(folder.resolve("knead.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of the closed folder's database once compacted, measured on a copy (the folder is not touched). */
    static long compactedSize(Path folder) {
        try {
            Path copy = Files.createTempDirectory("knead-compacted-");
            try {
                for (String name : List.of("knead.id", "knead.mv.db")) {
                    Files.copy(folder.resolve(name), copy.resolve(name));
                }
                try (Connection c = DatabaseFile.connect(copy); Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN COMPACT");
                }
                return size(copy);
            } finally {
                delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compact a copy of " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
