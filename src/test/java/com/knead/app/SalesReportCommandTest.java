package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Approval;
import com.knead.domain.CardReference;
import com.knead.domain.ContactDetails;
import com.knead.domain.Discount;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PrepaidCode;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.domain.Visit;
import com.knead.store.DatabaseFile;
import com.knead.store.Stores;
import com.knead.usecase.SalesHistory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code knead report sales} over generated history (refunds a day or two later, voids, split tenders,
 * discounts, tips, gift cards and package visits): every figure of the CSV is checked against sums
 * written here in plain SQL over the tables, and the PDF says the same as the CSV.
 */
class SalesReportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();
    private LocalDate today;
    private LocalDate from;
    private LocalDate to;

    @BeforeEach
    void generateHistory() {
        try (Stores stores = Stores.open(data())) {
            ZoneId zone = stores.clinic().zone();
            today = LocalDate.now(zone);
            from = today.minusDays(8);
            to = today.minusDays(1);
            new SalesHistory(stores, new Random(11)).days(today.minusDays(16), today);
        }
    }

    @Test
    void theCsvAgreesWithPlainSqlAndThePdfWithTheCsv() throws Exception {
        Path csv = dir.resolve("sales.csv");
        Path pdf = dir.resolve("sales.pdf");
        assertThat(knead("report", "sales", "--data", data().toString(), "--from", from.toString(), "--to", to.toString(),
                "--csv", csv.toString(), "--pdf", pdf.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Sales " + from + " to " + to + ": ");

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("a UTF-8 byte-order mark").isEqualTo("\u00EF\u00BB\u00BF");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1)))) {
            rows = parser.getRecords();
        }
        Sql sql = new Sql(data());
        // Each day, and the whole range.
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            CSVRecord row = find(rows, "Day", day.toString());
            assertThat(row.get("Sales")).as("sales kept on %s", day).isEqualTo(String.valueOf(sql.salesKept(day, day)));
            assertThat(row.get("Amount")).as("total on %s", day).isEqualTo(sql.total(day, day).toPlainString());
            assertThat(row.get("Tips")).isEqualTo(sql.tips(day, day).toPlainString());
            assertThat(row.get("Refunds")).isEqualTo(sql.refunds(day, day).toPlainString());
        }
        CSVRecord total = find(rows, "Total", from + " to " + to);
        BigDecimal net = sql.total(from, to).add(sql.tips(from, to)).subtract(sql.refunds(from, to));
        assertThat(total.get("Sales")).isEqualTo(String.valueOf(sql.salesKept(from, to)));
        assertThat(total.get("Amount")).isEqualTo(sql.total(from, to).toPlainString());
        assertThat(total.get("Tips")).isEqualTo(sql.tips(from, to).toPlainString());
        assertThat(total.get("Refunds")).isEqualTo(sql.refunds(from, to).toPlainString());
        assertThat(total.get("Net taken")).isEqualTo(net.toPlainString());
        assertThat(sql.refunds(from, to)).as("the history has refunds in the range").isPositive();
        assertThat(sql.voids(from, to)).as("and voids").isPositive();
        // By tender: what each kept, less what was given back that way; together they are the net taken.
        Map<String, BigDecimal> tenders = sql.byTender(from, to);
        assertThat(tenders.keySet()).contains("Cash", "Card", "Gift card", "Package credit");
        tenders.forEach((label, amount) -> assertThat(find(rows, "Tender", label).get("Amount"))
                .as("tender %s", label).isEqualTo(amount.toPlainString()));
        assertThat(tenders.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(net);
        // By modality, with the discounts taken off: together they are the sales total.
        Map<String, BigDecimal> modalities = sql.byModality(from, to);
        modalities.forEach((name, amount) -> assertThat(find(rows, "Modality", name).get("Amount"))
                .as("modality %s", name).isEqualTo(amount.toPlainString()));
        assertThat(modalities).containsKey("Discounts");
        assertThat(modalities.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(sql.total(from, to));
        // Tips per therapist, for payroll.
        Map<String, BigDecimal> tips = sql.tipsByTherapist(from, to);
        assertThat(tips).hasSizeGreaterThanOrEqualTo(2);
        tips.forEach((name, amount) -> assertThat(find(rows, "Therapist", name).get("Tips")).as("tips of %s", name)
                .isEqualTo(amount.toPlainString()));
        // New and returning clients.
        int[] clients = sql.newAndReturning(from, to);
        assertThat(clients[0]).isPositive();
        assertThat(clients[1]).isPositive();
        assertThat(find(rows, "Clients", "New").get("Visits")).isEqualTo(String.valueOf(clients[0]));
        assertThat(find(rows, "Clients", "Returning").get("Visits")).isEqualTo(String.valueOf(clients[1]));

        // The PDF says what the CSV says: each day's line, the tenders, the tips, the clients.
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document).replaceAll("[ \\t]+", " ");
        }
        for (CSVRecord row : rows) {
            switch (row.get("Section")) {
                case "Day" -> assertThat(text).contains(row.get("Name") + " " + row.get("Visits") + " " + row.get("Sales"));
                case "Total" -> assertThat(text).contains("All days " + row.get("Visits") + " " + row.get("Sales") + " "
                        + row.get("Amount") + " " + row.get("Tips") + " " + row.get("Refunds") + " " + row.get("Tax")
                        + " " + row.get("Net taken"));
                case "Therapist" -> assertThat(text).contains(row.get("Name") + " " + row.get("Sales") + " "
                        + row.get("Amount") + " " + row.get("Tips"));
                case "Clients" -> assertThat(text).contains(row.get("Name") + " clients " + row.get("Visits"));
                default -> assertThat(text).contains(row.get("Name") + " " + row.get("Amount"));
            }
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            CSVRecord row = find(rows, "Day", day.toString());
            assertThat(text).containsPattern(java.util.regex.Pattern.quote(day.toString()) + " \\d+ \\d+( \\(\\+\\d voided\\))? "
                    + java.util.regex.Pattern.quote(row.get("Amount") + " " + row.get("Tips") + " " + row.get("Refunds")
                    + " " + row.get("Tax") + " " + row.get("Net taken")));
        }
    }

    @Test
    void badRangesGetOnePlainLine() {
        assertThat(knead("report", "sales", "--data", data().toString(), "--from", "2026-02-30", "--to", "2026-03-01"))
                .isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("knead: ").contains("'2026-02-30' is not a date");
        err.getBuffer().setLength(0);
        assertThat(knead("report", "sales", "--data", data().toString(), "--from", to.toString(), "--to", from.toString()))
                .isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("knead: The range ends (" + from + ") before it starts (" + to
                + "); give the earlier day first.");
        err.getBuffer().setLength(0);
        assertThat(knead("report", "sales", "--data", data().toString(), "--from", today.plusDays(3).toString(),
                "--to", today.plusDays(4).toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("knead: " + today.plusDays(3) + " has not come yet")
                .doesNotContain("\n");
    }

    private static CSVRecord find(List<CSVRecord> rows, String section, String name) {
        return rows.stream().filter(r -> r.get("Section").equals(section) && r.get("Name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no CSV row " + section + " / " + name + " in " + rows));
    }

    private Path data() {
        return dir.resolve("data");
    }

    private int knead(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        java.io.PrintStream before = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            return cli.execute(args);
        } finally {
            System.setOut(before);
            out.write(printed.toString(StandardCharsets.UTF_8));
        }
    }

    /** The figures summed straight from the tables, written apart from the report's code. */
    private static final class Sql {
        private static final String KEPT = " s.business_day BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM refund v"
                + " WHERE v.sale_id = s.id AND v.kind = 'VOID')";
        private final Path folder;

        Sql(Path folder) {
            this.folder = folder;
        }

        int salesKept(LocalDate a, LocalDate b) throws SQLException {
            return one("SELECT COUNT(*) FROM sale s WHERE" + KEPT, a, b).intValue();
        }

        int voids(LocalDate a, LocalDate b) throws SQLException {
            return one("SELECT COUNT(*) FROM refund WHERE kind = 'VOID' AND business_day BETWEEN ? AND ?", a, b).intValue();
        }

        BigDecimal total(LocalDate a, LocalDate b) throws SQLException {
            return one("SELECT COALESCE(SUM(total), 0) FROM sale s WHERE" + KEPT, a, b);
        }

        BigDecimal tips(LocalDate a, LocalDate b) throws SQLException {
            return one("SELECT COALESCE(SUM(tip), 0) FROM sale s WHERE" + KEPT, a, b);
        }

        BigDecimal refunds(LocalDate a, LocalDate b) throws SQLException {
            return one("SELECT COALESCE(SUM(t.amount), 0) FROM refund_tender t JOIN refund r ON r.id = t.refund_id"
                    + " WHERE r.kind = 'REFUND' AND r.business_day BETWEEN ? AND ?", a, b);
        }

        Map<String, BigDecimal> byTender(LocalDate a, LocalDate b) throws SQLException {
            Map<String, BigDecimal> sums = new HashMap<>();
            Map<String, String> labels = Map.of("CASH", "Cash", "CARD", "Card", "GIFT_CARD", "Gift card",
                    "PACKAGE_CREDIT", "Package credit");
            for (var row : grouped("SELECT t.kind, SUM(t.amount) FROM tender t JOIN sale s ON s.id = t.sale_id WHERE" + KEPT
                    + " GROUP BY t.kind", a, b).entrySet()) {
                sums.merge(labels.get(row.getKey()), row.getValue(), BigDecimal::add);
            }
            sums.merge("Cash", one("SELECT COALESCE(SUM(change_due), 0) FROM sale s WHERE" + KEPT, a, b).negate(), BigDecimal::add);
            for (var row : grouped("SELECT t.kind, SUM(t.amount) FROM refund_tender t JOIN refund r ON r.id = t.refund_id"
                    + " WHERE r.kind = 'REFUND' AND r.business_day BETWEEN ? AND ? GROUP BY t.kind", a, b).entrySet()) {
                sums.merge(labels.get(row.getKey()), row.getValue().negate(), BigDecimal::add);
            }
            sums.values().removeIf(v -> v.signum() == 0);
            return sums;
        }

        Map<String, BigDecimal> byModality(LocalDate a, LocalDate b) throws SQLException {
            Map<String, BigDecimal> sums = grouped("SELECT COALESCE(m.name, 'Other'), SUM(l.unit_price * l.quantity)"
                    + " FROM sale_line l JOIN sale s ON s.id = l.sale_id LEFT JOIN modality m ON m.id = l.modality_id"
                    + " WHERE" + KEPT + " GROUP BY COALESCE(m.name, 'Other')", a, b);
            BigDecimal discounts = one("SELECT COALESCE(SUM(discount), 0) FROM sale s WHERE" + KEPT, a, b);
            if (discounts.signum() > 0) {
                sums.put("Discounts", discounts.negate());
            }
            return sums;
        }

        Map<String, BigDecimal> tipsByTherapist(LocalDate a, LocalDate b) throws SQLException {
            return grouped("SELECT st.name, SUM(s.tip) FROM sale s JOIN staff st ON st.id = s.therapist_id WHERE" + KEPT
                    + " GROUP BY st.name", a, b);
        }

        /** New: the clients whose first visit (not cancelled) is in the range; returning: the others who came. */
        int[] newAndReturning(LocalDate a, LocalDate b) throws SQLException {
            int fresh = one("SELECT COUNT(*) FROM (SELECT client_id FROM visit WHERE status <> 'CANCELLED' GROUP BY client_id"
                    + " HAVING MIN(business_day) BETWEEN ? AND ?)", a, b).intValue();
            int came = one("SELECT COUNT(DISTINCT client_id) FROM visit WHERE business_day BETWEEN ? AND ?"
                    + " AND status <> 'CANCELLED'", a, b).intValue();
            return new int[] {fresh, came - fresh};
        }

        private BigDecimal one(String sql, LocalDate a, LocalDate b) throws SQLException {
            try (Connection c = connect(); PreparedStatement ps = statement(c, sql, a, b); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).setScale(2, RoundingMode.UNNECESSARY);
            }
        }

        private Map<String, BigDecimal> grouped(String sql, LocalDate a, LocalDate b) throws SQLException {
            Map<String, BigDecimal> sums = new HashMap<>();
            try (Connection c = connect(); PreparedStatement ps = statement(c, sql, a, b); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getString(1), rs.getBigDecimal(2).setScale(2, RoundingMode.UNNECESSARY));
                }
            }
            return sums;
        }

        private static PreparedStatement statement(Connection c, String sql, LocalDate a, LocalDate b) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            int index = 1;
            for (int i = 0; i < sql.chars().filter(ch -> ch == '?').count() / 2; i++) {
                ps.setObject(index++, a);
                ps.setObject(index++, b);
            }
            return ps;
        }

        private Connection connect() throws SQLException {
            return DatabaseFile.connect(folder);
        }
    }

}
