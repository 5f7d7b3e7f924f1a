package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.Signature;
import com.knead.domain.Visit;
import com.knead.store.DatabaseFile;
import com.knead.store.Stores;
import com.knead.usecase.EndOfDayFigures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code knead} command line: each subcommand works, and bad input gets one plain line and a non-zero exit. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int knead(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void helpListsEveryCommand() {
        CommandLine cli = Main.commandLine("--help");
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("run", "demo", "receipt", "report");
    }

    @Test
    void unknownOptionIsOnePlainLine() {
        assertThat(knead("demo", "--bogus")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("knead: Unknown option: '--bogus'").doesNotContain("\n");
    }

    @Test
    void badDateIsOnePlainLine() {
        assertThat(knead("report", "eod", "--data", data(), "--date", "2026-13-01", "--pdf", "x.pdf")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("'2026-13-01' is not a date").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void missingSaleIsOnePlainLine() {
        assertThat(knead("receipt", "--data", data(), "--sale", "99", "--pdf", dir.resolve("r.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("knead: There is no sale with receipt number 000099.");
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void notAReceiptNumberIsOnePlainLine() {
        assertThat(knead("receipt", "--data", data(), "--sale", "abc", "--pdf", "r.pdf")).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("knead: \"abc\" is not a receipt number");
    }

    @Test
    void demoHistoryThenReceiptAndEndOfDayPdfs() throws IOException {
        assertThat(knead("demo", "--data", data(), "--days", "3", "--seed", "7")).isZero();
        LocalDate yesterday;
        String total;
        try (Stores stores = Stores.open(Path.of(data()))) {
            yesterday = LocalDate.now(stores.clinic().zone()).minusDays(1);
            assertThat(stores.sales().forDay(yesterday)).isNotEmpty();
            total = new EndOfDayFigures(stores).of(yesterday).total().plain();
        }
        Path eod = dir.resolve("eod.pdf");
        assertThat(knead("report", "eod", "--data", data(), "--date", yesterday.toString(), "--pdf", eod.toString()))
                .isZero();
        String printed = text(eod).replace("\r\n", "\n");
        assertThat(printed).contains("Knead Demo Clinic", "End of day", total);
        // The figures again, summed here in plain SQL straight from the tables, apart from EndOfDayFigures.
        Summed summed = Summed.of(Path.of(data()), yesterday);
        assertThat(summed.sales()).as("the demo day has sales and tips to sum").isPositive();
        assertThat(summed.tips()).isPositive();
        String voided = summed.voids() == 0 ? "" : " (" + summed.voids() + " voided, not counted)";
        assertThat(printed).contains("Sales" + voided + "\n" + summed.sales() + "\n", "Visits\n" + summed.visits() + "\n",
                "Sales, tax included\n" + summed.total() + "\n", "Tips\n" + summed.tips() + "\n",
                "Refunds\n" + summed.refunds() + "\n", "Tax\n" + summed.tax() + "\n",
                "Net taken (sales + tips - refunds)\n" + summed.total().add(summed.tips()).subtract(summed.refunds()) + "\n",
                "Total" + (summed.voids() == 0 ? " " : "\nvoided sales left out\n") + summed.total() + "\n", "Cash " + summed.cashKept().subtract(summed.cashBack()) + "\n",
                "Card " + summed.card().subtract(summed.cardBack()) + "\n",
                "Cash kept from sales " + summed.cashTaken() + "\n");

        Path receipt = dir.resolve("receipt.pdf");
        assertThat(knead("receipt", "--data", data(), "--sale", "1", "--pdf", receipt.toString())).isZero();
        assertThat(text(receipt)).contains("Knead Demo Clinic", "000001");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void demoReceiptsRunWithTheClockAndAFutureDayIsRefused() throws Exception {
        assertThat(knead("demo", "--data", data(), "--days", "6", "--seed", "3")).isZero();
        // Sales and voids share one counter: read apart from the app, in plain SQL, their numbers go up with their times.
        List<String> outOfOrder = new ArrayList<>();
        int voids;
        try (Connection c = DatabaseFile.connect(Path.of(data()));
             var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT receipt_number, created_at FROM (SELECT receipt_number, created_at FROM sale"
                     + " UNION ALL SELECT receipt_number, created_at FROM refund) ORDER BY receipt_number")) {
            java.time.OffsetDateTime previous = null;
            long previousNumber = 0;
            while (rs.next()) {
                var at = rs.getObject(2, java.time.OffsetDateTime.class);
                if (previous != null && at.isBefore(previous)) {
                    outOfOrder.add(previousNumber + " at " + previous + " before " + rs.getLong(1) + " at " + at);
                }
                previous = at;
                previousNumber = rs.getLong(1);
            }
            try (ResultSet count = c.createStatement().executeQuery("SELECT COUNT(*) FROM refund")) {
                count.next();
                voids = count.getInt(1);
            }
        }
        assertThat(voids).as("the demo history has voids among its sales").isPositive();
        assertThat(outOfOrder).isEmpty();

        LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("America/New_York")).plusDays(2);
        assertThat(knead("report", "eod", "--data", data(), "--date", tomorrow.toString(), "--pdf",
                dir.resolve("future.pdf").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("knead: " + tomorrow + " has not come yet (today is ")
                .endsWith("), so it has no sales to report.").doesNotContain("\n");
        assertThat(dir.resolve("future.pdf")).doesNotExist();

        Path receipt = dir.resolve("again.pdf");
        assertThat(knead("receipt", "--data", data(), "--sale", "2", "--pdf", receipt.toString())).isZero();
        assertThat(text(receipt)).contains("COPY — reprinted, not a new sale", "000002");
    }

    private String kneadOut(String... args) {
        CommandLine cli = Main.commandLine(args);
        StringWriter out = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void staffListShowsEveryoneWithRolePinAndLock() {
        String listed = kneadOut("staff", "list", "--data", data());
        assertThat(listed.lines().toList()).containsExactly(
                "Name          Role       Active       PIN   Locked",
                "Maya Chen     therapist  active       set   ",
                "Olivia Park   owner      active       set   ",
                "Riley Brooks  cashier    active       set   ",
                "Sam Ortiz     therapist  active       set   ");
        assertThat(knead("staff")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("knead: Say what to do, for example 'list'. (see 'knead staff --help')");
    }

    @Test
    void auditPrintsTheDaysEntriesOrWritesThemAsCsv() throws IOException {
        LocalDate today;
        try (Stores stores = Stores.open(Path.of(data()))) {
            today = LocalDate.now(stores.clinic().zone());
            com.knead.usecase.OfficeServices.over(stores, new com.knead.report.ReportTemplates()).door()
                    .unlock(stores.staff().active().get(1), com.knead.store.DemoSeed.DEMO_OWNER_PIN);
        }
        String printed = kneadOut("audit", "--from", today.toString(), "--to", today.toString(), "--data", data());
        assertThat(printed.lines().toList()).hasSize(2);
        assertThat(printed.lines().findFirst().orElseThrow()).startsWith(today.toString())
                .endsWith("office  office unlocked  done  Olivia Park  -");
        assertThat(printed).contains("1 entry, " + today + " to " + today + ", times in ");

        Path csv = dir.resolve("audit.csv");
        String wrote = kneadOut("audit", "--from", today.toString(), "--to", today.toString(), "--csv", csv.toString(),
                "--data", data());
        assertThat(wrote.strip()).isEqualTo("Wrote 1 entry (" + today + " to " + today + ") to " + csv.toAbsolutePath());
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            assertThat(parser.getRecords()).singleElement().satisfies(r -> {
                assertThat(r.get("Action")).isEqualTo("office unlocked");
                assertThat(r.get("Staff")).isEqualTo("Olivia Park");
            });
        }
        assertThat(kneadOut("audit", "--from", today.toString(), "--to", today.toString(), "--action",
                "audit exported", "--data", data())).contains("command line  audit exported  done  -  -  1 entry");
    }

    @Test
    void auditRefusesBadDaysAndAFileItCannotWriteInOnePlainLine() {
        assertThat(knead("audit", "--from", "1 Dec", "--to", "2026-12-01", "--data", data())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("knead: --from must be a date like 2026-12-01, not '1 Dec'")
                .doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(knead("audit", "--from", "2026-12-02", "--to", "2026-12-01", "--data", data())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("knead: --to (2026-12-01) is before --from (2026-12-02)");
        err.getBuffer().setLength(0);
        Path nowhere = dir.resolve("no/such/folder/audit.csv");
        assertThat(knead("audit", "--from", "2026-12-01", "--to", "2026-12-01", "--csv", nowhere.toString(),
                "--data", data())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("knead: The audit log could not be written to " + nowhere
                + ": that folder does not exist.");
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void demoRefusesToAddHistoryTwice() {
        assertThat(knead("demo", "--data", data(), "--days", "2", "--seed", "1")).isZero();
        assertThat(knead("demo", "--data", data(), "--days", "2", "--seed", "1")).isEqualTo(1);
        assertThat(err.toString()).contains("already has sales on");
    }

    @Test
    void sameSeedGivesTheSameHistory() {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(knead("demo", "--data", a.toString(), "--days", "4", "--seed", "42")).isZero();
        assertThat(knead("demo", "--data", b.toString(), "--days", "4", "--seed", "42")).isZero();
        assertThat(totals(a)).isEqualTo(totals(b)).isNotEmpty();
    }

    @Test
    void secondCopyOnTheSameDataIsToldPlainly() throws Exception {
        try (Stores running = Stores.open(Path.of(data()))) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "report", "eod", "--data", data(), "--date", "2026-11-20", "--pdf", dir.resolve("x.pdf").toString()));
            Process child = new ProcessBuilder(command).redirectErrorStream(false).start();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            child.getErrorStream().transferTo(stderr);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(1);
            String message = stderr.toString(StandardCharsets.UTF_8);
            assertThat(message).contains("knead: Knead is already running on this data folder")
                    .doesNotContain("Exception").doesNotContain("[90020-").doesNotContain("may be already in use");
        }
    }

    /** A day's figures summed with plain SQL on the database file, at two decimals. */
    /**
     * The day's figures in plain SQL: sales kept (a voided sale counts for nothing), visits not cancelled,
     * refunds (not voids) on the day they were given, each taking its share of its sale's tax with it, and
     * what each tender kept less what was given back that way; the drawer's cash taken from every sale.
     */
    record Summed(int sales, int voids, int visits, BigDecimal total, BigDecimal tips, BigDecimal tax, BigDecimal refunds,
                  BigDecimal cashKept, BigDecimal cashBack, BigDecimal card, BigDecimal cardBack, BigDecimal cashTaken) {

        private static final String KEPT = " s.business_day = ? AND NOT EXISTS (SELECT 1 FROM refund v"
                + " WHERE v.sale_id = s.id AND v.kind = 'VOID')";
        private static final String GIVEN_BACK = "SELECT COALESCE(SUM(t.amount), 0) FROM refund_tender t"
                + " JOIN refund r ON r.id = t.refund_id WHERE r.kind = 'REFUND' AND r.business_day = ?";

        static Summed of(Path folder, LocalDate day) {
            try (Connection c = DatabaseFile.connect(folder)) {
                return new Summed(
                        number(c, "SELECT COUNT(*) FROM sale s WHERE" + KEPT, day).intValue(),
                        number(c, "SELECT COUNT(*) FROM refund WHERE kind = 'VOID' AND business_day = ?", day).intValue(),
                        number(c, "SELECT COUNT(*) FROM visit WHERE business_day = ? AND status <> 'CANCELLED'", day).intValue(),
                        number(c, "SELECT COALESCE(SUM(total), 0) FROM sale s WHERE" + KEPT, day),
                        number(c, "SELECT COALESCE(SUM(tip), 0) FROM sale s WHERE" + KEPT, day),
                        number(c, "SELECT COALESCE(SUM(tax), 0) FROM sale s WHERE" + KEPT, day).subtract(number(c,
                                "SELECT COALESCE(SUM(ROUND(s.tax * b.amount / (s.total + s.tip), 2)), 0) FROM (SELECT r.sale_id,"
                                + " SUM(t.amount) AS amount FROM refund_tender t JOIN refund r ON r.id = t.refund_id"
                                + " WHERE r.kind = 'REFUND' AND r.business_day = ? GROUP BY r.id, r.sale_id) b"
                                + " JOIN sale s ON s.id = b.sale_id", day)),
                        number(c, GIVEN_BACK, day),
                        number(c, "SELECT COALESCE(SUM(t.amount), 0) FROM tender t JOIN sale s ON s.id = t.sale_id"
                                + " WHERE t.kind = 'CASH' AND" + KEPT, day)
                                .subtract(number(c, "SELECT COALESCE(SUM(change_due), 0) FROM sale s WHERE" + KEPT, day)),
                        number(c, GIVEN_BACK + " AND t.kind = 'CASH'", day),
                        number(c, "SELECT COALESCE(SUM(t.amount), 0) FROM tender t JOIN sale s ON s.id = t.sale_id"
                                + " WHERE t.kind = 'CARD' AND" + KEPT, day),
                        number(c, GIVEN_BACK + " AND t.kind = 'CARD'", day),
                        // The drawer takes in the cash of every sale, a voided one too, and gives a void's back.
                        number(c, "SELECT COALESCE(SUM(t.amount), 0) FROM tender t JOIN sale s ON s.id = t.sale_id"
                                + " WHERE t.kind = 'CASH' AND s.business_day = ?", day)
                                .subtract(number(c, "SELECT COALESCE(SUM(change_due), 0) FROM sale WHERE business_day = ?", day)));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static BigDecimal number(Connection c, String sql, LocalDate day) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBigDecimal(1).setScale(2, RoundingMode.UNNECESSARY);
                }
            }
        }
    }

    private static List<String> totals(Path folder) {
        try (Stores stores = Stores.open(folder)) {
            LocalDate today = LocalDate.now(stores.clinic().zone());
            List<String> result = new ArrayList<>();
            for (int back = 1; back <= 4; back++) {
                var day = new EndOfDayFigures(stores).of(today.minusDays(back));
                result.add(day.day() + " " + day.sales().size() + " " + day.total());
            }
            return result;
        }
    }

    private static String text(Path pdf) throws IOException {
        assertThat(Files.size(pdf)).isPositive();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void writesTheSummaryOfAVisitWithItsRedFlags() throws IOException {
        Path data = dir.resolve("data");
        Visit visit;
        try (Stores stores = Stores.open(data)) {
            Modality swedish = stores.catalog().priceListOn(java.time.LocalDate.now()).modalities().get(0);
            ClientDetails ada = ClientDetails.of("Ada Lovelace", "5551234567", "", "10", "12", "1975", LocalDate.now());
            IntakeAnswers answers = new IntakeAnswers(Map.of("blood_clots", "yes", "pressure", "light"),
                    Map.of(BodyRegion.NECK, 4));
            visit = stores.intakes().checkIn(new KioskCheckIn(ada, Optional.empty(), answers,
                    Optional.of(new Signature(png(), Instant.now())), swedish,
                    stores.catalog().priceListOn(java.time.LocalDate.now()).pricesOf(swedish.id()).get(0)), stores.intakes().form(), Instant.now());
        }
        Path pdf = dir.resolve("intake.pdf");
        assertThat(knead("intake", "--data", data.toString(), "--visit", String.valueOf(visit.queueNumber()),
                "--date", visit.businessDay().toString(), "--pdf", pdf.toString())).isZero();
        assertThat(text(pdf)).contains("Ada Lovelace", "RED FLAGS", "Blood clots",
                "Neck: 4", "What pressure do you like?", "Light", "I agree to receive massage.");

        assertThat(knead("intake", "--data", data.toString(), "--visit", "99", "--pdf", pdf.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("knead: Visit 99 of ").endsWith("without an intake.");
    }
}
