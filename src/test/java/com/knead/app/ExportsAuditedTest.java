package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.store.DatabaseFile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of sales or health data a command writes leaves one audit entry, by the command line and the
 * computer's user, naming what was written and where: with the data folder free (written directly), and
 * while another process holds it as Knead's windows do (the command reads a copy; the holder appends).
 */
class ExportsAuditedTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final String by = ", by the command line (OS user " + System.getProperty("user.name") + ")";

    @Test
    @Timeout(120)
    void eachExportWithTheFolderFreeIsAuditedOnce() throws Exception {
        Path data = demo();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        String client;
        String visitDay;
        String visitNumber;
        try (Connection c = DatabaseFile.connect(data); Statement st = c.createStatement()) {
            client = one(st, "SELECT MIN(client_id) FROM visit WHERE intake_id IS NOT NULL");
            visitDay = one(st, "SELECT business_day FROM visit WHERE intake_id IS NOT NULL ORDER BY business_day, queue_number LIMIT 1");
            visitNumber = one(st, "SELECT queue_number FROM visit WHERE intake_id IS NOT NULL ORDER BY business_day, queue_number LIMIT 1");
        }
        List<String> expected = new ArrayList<>(reportExports(data, yesterday));
        ok("client", "show", client, "--pdf", file("client.pdf"), "--data", data.toString());
        expected.add("The history of client " + client + " as PDF to " + file("client.pdf") + by);
        ok("intake", "--visit", visitNumber, "--date", visitDay, "--pdf", file("intake.pdf"), "--data", data.toString());
        expected.add("The intake summary of visit " + visitNumber + " of " + visitDay + " as PDF to " + file("intake.pdf") + by);
        ok("receipt", "--sale", "2", "--pdf", file("receipt.pdf"), "--data", data.toString());
        expected.add("Receipt 000002 as PDF to " + file("receipt.pdf") + by);

        assertThat(exported(data)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(auditExports(data)).singleElement().asString()
                .endsWith(" to " + file("audit.csv") + by);
    }

    @Test
    @Timeout(180)
    void eachExportWhileAnotherProcessHoldsTheFolderIsAuditedOnceByTheHolder() throws Exception {
        Path data = demo();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                HoldsTheFolderChild.class.getName(), data.toString(), yesterday.toString())
                .redirectError(dir.resolve("child-errors.txt").toFile()).start();
        List<String> expected;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).as("the child's errors: %s", errors()).isEqualTo("serving");
            expected = reportExports(data, yesterday);
            assertThat(err.toString()).as("nothing refused while it runs").doesNotContain("already running");
        } finally {
            child.getOutputStream().close();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("the child's errors: %s", errors()).isZero();
        assertThat(exported(data)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(auditExports(data)).singleElement().asString().endsWith(" to " + file("audit.csv") + by);
    }

    /** The report exports and the audit CSV, each run once; the entries they should leave (the audit CSV's apart). */
    private List<String> reportExports(Path data, LocalDate yesterday) throws Exception {
        String d = data.toString();
        ok("report", "eod", "--date", yesterday.toString(), "--pdf", file("eod.pdf"), "--data", d);
        ok("report", "sales", "--from", yesterday.minusDays(1).toString(), "--to", yesterday.toString(),
                "--pdf", file("sales.pdf"), "--csv", file("sales.csv"), "--data", d);
        ok("report", "z", "--date", yesterday.toString(), "--pdf", file("z.pdf"), "--data", d);
        ok("report", "z", "--date", yesterday.minusDays(1).toString(), "--data", d);
        ok("report", "x", "--pdf", file("x.pdf"), "--data", d);
        ok("audit", "--from", yesterday.toString(), "--to", LocalDate.now().toString(), "--csv", file("audit.csv"), "--data", d);
        String sales = "The sales of " + yesterday.minusDays(1) + " to " + yesterday;
        Path reports = data.toAbsolutePath().resolve("reports");
        List<Path> zPapers;
        try (var listed = Files.list(reports)) {
            zPapers = listed.filter(p -> p.getFileName().toString().endsWith(yesterday.minusDays(1) + ".pdf")
                    || p.getFileName().toString().endsWith(yesterday.minusDays(1) + "-80mm.pdf"))
                    .sorted(java.util.Comparator.comparing(p -> p.toString().endsWith("-80mm.pdf"))).toList();
        }
        assertThat(zPapers).hasSize(2);
        String zName = zPapers.get(0).getFileName().toString().substring(2, 8);
        String zOfYesterday = String.format("%06d", Integer.parseInt(zName) + 1);
        return List.of("The end of day of " + yesterday + " as PDF to " + file("eod.pdf") + by,
                sales + " as PDF to " + file("sales.pdf") + by,
                sales + " as CSV to " + file("sales.csv") + by,
                "Z " + zOfYesterday + " of " + yesterday + " as PDF to " + file("z.pdf") + by,
                "Z " + zName + " of " + yesterday.minusDays(1) + " as PDF to " + zPapers.get(0) + " and " + zPapers.get(1) + by,
                "The X of " + LocalDate.now() + " so far as PDF to " + file("x.pdf") + by);
    }

    private Path demo() {
        Path data = dir.resolve("data");
        ok("demo", "--days", "3", "--data", data.toString());
        return data;
    }

    private String file(String name) {
        return dir.resolve(name).toAbsolutePath().normalize().toString();
    }

    private List<String> exported(Path data) throws SQLException {
        return details(data, "exported");
    }

    private List<String> auditExports(Path data) throws SQLException {
        return details(data, "audit exported");
    }

    /** The details of the command line's entries of {@code action}, with no staff member. */
    private static List<String> details(Path data, String action) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = DatabaseFile.connect(data); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT detail FROM audit WHERE place = 'command line' AND staff_id IS NULL "
                     + "AND action = '" + action + "'")) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void ok(String... args) {
        assertThat(CommandRun.of(err, args).code()).as("%s: %s", String.join(" ", args), err).isZero();
    }

    private String errors() throws java.io.IOException {
        Path file = dir.resolve("child-errors.txt");
        return Files.exists(file) ? String.join("\n", Files.readAllLines(file)) : "";
    }
}
