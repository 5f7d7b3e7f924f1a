package com.knead.app;

import com.knead.store.DatabaseFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.sync.CentralPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code knead central init} and {@code knead sync} in-process against the test PostgreSQL: the
 * schema made (and made again, harmlessly), a demo clinic's history pushed with progress and exit
 * 0, every sale at the centre once; and one plain line with exit 1 when the centre does not answer.
 */
class SyncCommandTest {

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

    @Test
    void initThenSyncADemoClinicsDays() throws Exception {
        String url = CentralPostgres.cluster().newDatabase();
        assertThat(knead("central", "init", "--url", url, "--user", "postgres")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("is ready for Knead (schema version 3)");
        assertThat(knead("central", "init", "--url", url, "--user", "postgres")).as(err.toString()).isZero();

        String data = dir.resolve("data").toString();
        assertThat(knead("demo", "--data", data, "--days", "1", "--seed", "7")).as(err.toString()).isZero();
        out.getBuffer().setLength(0);
        assertThat(knead("sync", "--data", data, "--url", url, "--user", "postgres")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Pushed 0 of ").containsPattern("Synced with .*: [1-9][0-9]* records pushed");
        long local;
        try (Connection h2 = DatabaseFile.connect(dir.resolve("data"));
             ResultSet rs = h2.createStatement().executeQuery("SELECT COUNT(*) FROM sale")) {
            rs.next();
            local = rs.getLong(1);
        }
        try (Connection central = DriverManager.getConnection(url, "postgres", "");
             ResultSet rs = central.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM sale")) {
            rs.next();
            assertThat(local).isPositive();
            assertThat(rs.getLong(1)).isEqualTo(local);
            assertThat(rs.getLong(2)).isEqualTo(local);
        }
        out.getBuffer().setLength(0);
        assertThat(knead("sync", "--data", data, "--url", url, "--user", "postgres")).isZero();
        assertThat(out.toString()).contains(": 0 records pushed");
        out.getBuffer().setLength(0);
        assertThat(knead("sync", "--data", data, "--status")).isZero();
        assertThat(out.toString()).contains("Waiting to go: 0 records").contains("Last problem: none")
                .doesNotContain("Last success: never");
    }

    @Test
    void connectKeepsThePasswordOnlyItsUserMayReadOutsideTheDataFolderAndSyncUsesIt() throws Exception {
        String url = CentralPostgres.cluster().newDatabase();
        assertThat(knead("central", "init", "--url", url, "--user", "postgres")).as(err.toString()).isZero();
        Path config = dir.resolve("config");
        Path secret = Files.writeString(dir.resolve("typed-password"), "s3cret-Centr4l\n");
        String data = dir.resolve("data").toString();
        String before = System.getProperty("knead.config");
        System.setProperty("knead.config", config.toString());
        try {
            assertThat(knead("central", "connect", "--data", data, "--url", url, "--user", "postgres",
                    "--password-file", secret.toString())).as(err.toString()).isZero();
            try (Stream<Path> kept = Files.list(config)) {
                Path file = kept.filter(p -> p.toString().endsWith(".password")).findFirst().orElseThrow();
                assertThat(Files.readString(file)).isEqualTo("s3cret-Centr4l");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            }
            // Nowhere in the data folder (database, log, copies) is the password written.
            try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                            .doesNotContain("s3cret-Centr4l");
                }
            }
            out.getBuffer().setLength(0);
            assertThat(knead("sync", "--data", data)).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Synced with " + url.substring("jdbc:postgresql://".length()));
        } finally {
            if (before == null) {
                System.clearProperty("knead.config");
            } else {
                System.setProperty("knead.config", before);
            }
        }
        err.getBuffer().setLength(0);
        assertThat(knead("sync", "--data", dir.resolve("other").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("No central database is set for this clinic");
    }

    @Test
    void aCentreThatDoesNotAnswerIsOnePlainLineAndExitOne() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String data = dir.resolve("data").toString();
        int status = knead("sync", "--data", data, "--url", "jdbc:postgresql://localhost:" + closed + "/central",
                "--no-retry");
        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("knead: The central database at localhost:" + closed
                + "/central does not answer").doesNotContain("Exception").doesNotContain("\n");
        out.getBuffer().setLength(0);
        assertThat(knead("sync", "--data", data, "--status")).isZero();
        assertThat(out.toString()).contains("Last success: never").contains("Last problem: The central database at "
                + "localhost:" + closed + "/central does not answer");

        err.getBuffer().setLength(0);
        assertThat(knead("sync", "--data", data, "--url", "postgres://wrong")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("knead: The central database's address must look like "
                + "jdbc:postgresql://HOST:PORT/DATABASE.");
    }

    @Test
    void theCentralSalesReportNeedsACentreAndARangeTheRightWayRoundSaidInOneLine() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(knead("demo", "--data", data, "--days", "2", "--seed", "5")).as(err.toString()).isZero();
        java.time.LocalDate yesterday = java.time.LocalDate.now().minusDays(1);
        String day = yesterday.toString();

        err.getBuffer().setLength(0);
        assertThat(knead("report", "sales", "--central", "--data", data, "--from", day, "--to", day)).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("knead: No central database is set for this clinic; give --url, "
                + "or keep one with 'knead central connect'.");

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        err.getBuffer().setLength(0);
        assertThat(knead("report", "sales", "--central", "--data", data, "--url", "jdbc:postgresql://localhost:" + closed
                + "/central", "--from", day, "--to", day)).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("knead: The central database at localhost:" + closed
                + "/central does not answer").doesNotContain("Exception").doesNotContain("\n");

        String url = CentralPostgres.cluster().newDatabase();
        assertThat(knead("central", "init", "--url", url, "--user", "postgres")).as(err.toString()).isZero();
        assertThat(knead("sync", "--data", data, "--url", url, "--user", "postgres")).as(err.toString()).isZero();
        err.getBuffer().setLength(0);
        assertThat(knead("report", "sales", "--central", "--url", url, "--user", "postgres", "--from", day, "--to",
                yesterday.minusDays(1).toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("knead: The range ends (" + yesterday.minusDays(1) + ") before it "
                + "starts (" + day + "); give the earlier day first.");

        Path local = dir.resolve("local.csv");
        Path central = dir.resolve("central.csv");
        Path pdf = dir.resolve("central.pdf");
        assertThat(knead("report", "sales", "--data", data, "--from", day, "--to", day, "--csv", local.toString()))
                .as(err.toString()).isZero();
        out.getBuffer().setLength(0);
        assertThat(knead("report", "sales", "--central", "--url", url, "--user", "postgres", "--from", day, "--to", day,
                "--csv", central.toString(), "--pdf", pdf.toString())).as(err.toString()).isZero();
        assertThat(Files.exists(pdf)).isTrue();
        // One clinic: the whole and the clinic's part are each its own report, row for row.
        List<String> own = Files.readAllLines(local, StandardCharsets.UTF_8);
        List<String> rows = Files.readAllLines(central, StandardCharsets.UTF_8);
        List<String> expected = own.subList(1, own.size());
        assertThat(rows.subList(1, rows.size()).stream().filter(r -> r.startsWith("All locations,"))
                .map(r -> r.substring("All locations,".length())).toList()).isEqualTo(expected);
        assertThat(rows.subList(1, rows.size()).stream().filter(r -> !r.startsWith("All locations,"))
                .map(r -> r.substring(r.indexOf(',') + 1)).toList()).isEqualTo(expected);
    }
}
