package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.store.DatabaseFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code knead close}, {@code knead report z} and {@code knead report x} in-process on a demo folder:
 * the Z's PDF read back against sums written here in plain SQL, one Z per day, and one plain line for
 * a day not closed, a day in the future and a date that does not exist.
 */
class CloseCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int knead(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void closeADayThenReadItsZAndAnX() throws Exception {
        assertThat(knead("demo", "--data", data(), "--days", "3", "--seed", "7", "--no-close")).isZero();
        LocalDate yesterday = LocalDate.now(ZoneId.systemDefault()).minusDays(1);
        Path pin = Files.writeString(dir.resolve("pin"), "4827\n");
        String[] close = {"close", "--data", data(), "--date", yesterday.toString(), "--counted", "1.00",
                "--reason", "counted in a hurry", "--as", "Olivia Park", "--pin-file", pin.toString()};

        assertThat(knead(close)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Closed " + yesterday + " as Z 000001");

        assertThat(knead(close)).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("knead: " + yesterday + " is already closed: Z 000001, by Olivia Park")
                .doesNotContain("Exception").hasLineCount(1);

        Path zPdf = dir.resolve("z.pdf");
        assertThat(knead("report", "z", "--data", data(), "--date", yesterday.toString(), "--pdf", zPdf.toString()))
                .as(err.toString()).isZero();
        String z = text(zPdf);
        Summed sums = Summed.of(dir.resolve("data"), yesterday);
        assertThat(z).contains("Z 000001", "DEMO", "Closed by Olivia Park", "Counted", "counted in a hurry",
                "Sales by modality", "Grand total", "New clients", "By therapist");
        assertThat(z).contains("Net taken sales + tips − refunds " + sums.netTaken.toPlainString());
        assertThat(z).contains(sums.grandTotal.toPlainString());
        assertThat(z).doesNotContain("X — not a Z");
        assertThat(Files.list(dir.resolve("data").resolve("reports")).map(p -> p.getFileName().toString()))
                .contains("z-000001-" + yesterday + ".pdf", "z-000001-" + yesterday + "-80mm.pdf");

        Path previews = Files.createDirectories(Path.of("target", "report-previews"));
        Files.copy(zPdf, previews.resolve("z-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("data").resolve("reports").resolve("z-000001-" + yesterday + "-80mm.pdf"),
                previews.resolve("z-report-80mm.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path xPdf = dir.resolve("x.pdf");
        assertThat(knead("report", "x", "--data", data(), "--pdf", xPdf.toString())).as(err.toString()).isZero();
        assertThat(text(xPdf)).contains("X — not a Z", "Expected in drawer").doesNotContain("Z 000001");
    }

    @Test
    void badDaysGetOnePlainLine() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(knead("report", "z", "--data", data(), "--date", today.minusDays(2).toString())).isEqualTo(1);
        assertThat(err.toString()).contains(today.minusDays(2) + " is not closed; close it first");
        assertThat(knead("report", "z", "--data", data(), "--date", today.plusDays(3).toString())).isEqualTo(1);
        assertThat(err.toString()).contains(today.plusDays(3) + " is not closed (it is in the future).");
        assertThat(knead("report", "z", "--data", data(), "--date", "2026-02-30")).isEqualTo(2);
        assertThat(err.toString()).contains("'2026-02-30' is not a date");
        assertThat(knead("close", "--data", data(), "--date", today.plusDays(1).toString(), "--counted", "0",
                "--as", "Olivia Park", "--pin-file", data())).isEqualTo(1);
        assertThat(err.toString()).doesNotContain("Exception");
        assertThat(err.toString().lines().filter(l -> !l.startsWith("knead: "))).isEmpty();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The day's net taken and the grand total up to it, summed here in plain SQL apart from the report's code. */
    private record Summed(BigDecimal netTaken, BigDecimal grandTotal) {
        static Summed of(Path folder, LocalDate day) throws SQLException {
            try (Connection c = DatabaseFile.connect(folder)) {
                String kept = " FROM sale s WHERE NOT EXISTS (SELECT 1 FROM refund v WHERE v.sale_id = s.id "
                        + "AND v.kind = 'VOID') AND s.business_day ";
                String refunds = " FROM refund_tender t JOIN refund r ON r.id = t.refund_id WHERE r.kind = 'REFUND' "
                        + "AND r.business_day ";
                BigDecimal net = number(c, "SELECT COALESCE(SUM(s.total + s.tip), 0)" + kept + "= ?", day)
                        .subtract(number(c, "SELECT COALESCE(SUM(t.amount), 0)" + refunds + "= ?", day));
                BigDecimal grand = number(c, "SELECT COALESCE(SUM(s.total), 0)" + kept + "<= ?", day)
                        .subtract(number(c, "SELECT COALESCE(SUM(t.amount), 0)" + refunds + "<= ?", day));
                return new Summed(net.setScale(2), grand.setScale(2));
            }
        }

        private static BigDecimal number(Connection c, String sql, LocalDate day) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBigDecimal(1);
                }
            }
        }
    }
}
