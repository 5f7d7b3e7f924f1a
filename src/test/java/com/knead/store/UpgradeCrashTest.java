package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Knead killed while it creates or upgrades its database (a first start stopped after a second,
 * a power cut during an upgrade) must leave a folder that opens afterwards, at the newest schema,
 * holding exactly what an uninterrupted start would have made: nothing lost, nothing half-done.
 * Real H2 files; child JVMs halted at chosen steps of every migration ({@link UpgradeChild}), or
 * killed with SIGKILL from outside, and the folder then reopened here.
 *
 * <p>By default each migration is stopped after its first statement and once it is applied (V1 and V2
 * in a first start, the later ones in an upgrade), and both cases at every step of the swap;
 * {@code -Dknead.crash.everyStep=true} stops after every single statement (about 85 children).
 */
class UpgradeCrashTest {

    /** The old version the upgrade case starts from: after V2 a clinic has visits and sales. */
    private static final String OLD_VERSION = "2";
    private static final int OLD_VISITS = 300;

    @TempDir
    Path dir;
    @TempDir
    Path logs;

    @Test
    @Timeout(180)
    void aFirstStartKilledAtAnyStepOpensAfterwardsAsIfNeverKilled() throws Exception {
        Path reference = dir.resolve("reference");
        List<String> steps = openRecordingSteps(reference);
        FolderContents expected = FolderContents.of(reference);
        assertThat(expected.versions()).hasSize(migrationFiles());

        // The later migrations are stopped in the upgrade case; here the first two and every swap step.
        List<String> points = killPoints(steps, step -> !step.startsWith("V") || step.matches("V[12] .*"));
        eachOnTwoLanes(points, point -> {
            Path folder = dir.resolve("first-start-" + points.indexOf(point));
            haltAt(folder, point);
            boolean liveFileLeft = Files.exists(SchemaUpgrade.liveFile(folder));
            assertOpensAs(folder, expected, point);
            assertThat(liveFileLeft).as("killed at %s, the live file exists only once swapped in", point)
                    .isEqualTo(point.equals("swapped"));
        });
    }

    @Test
    // Each migration adds its kill points: from V2 through V33 it took 171 s before V33 and passed 180 s with it
    // on a 2-core machine at load 12.
    @Timeout(300)
    void anUpgradeKilledAtAnyStepKeepsEveryRow() throws Exception {
        Path old = dir.resolve("old");
        OldRows oldRows = createAtOldVersion(old);
        assertThat(oldRows.rows().get("VISIT")).hasSize(OLD_VISITS);

        Path reference = copyOf(old, "reference");
        List<String> steps = openRecordingSteps(reference);
        FolderContents expected = FolderContents.of(reference);
        assertThat(expected.versions()).hasSize(migrationFiles());
        assertEveryOldRowIntact(reference, oldRows);

        FolderContents atOldVersion = FolderContents.of(old);
        List<String> points = killPoints(steps, step -> !step.matches("V[12] .*"));
        assertThat(points).as("stops in every migration after V" + OLD_VERSION).contains("V3 applied", "V12 applied");
        eachOnTwoLanes(points, point -> {
            Path folder = copyOf(old, "upgrade-" + points.indexOf(point));
            haltAt(folder, point);
            // Read as it is, before Knead opens it again. (Not compared byte for byte: H2 writes a chunk
            // of its own whenever a file is opened and closed, as for the version check.)
            FolderContents left = FolderContents.of(folder);
            // Equal to the reference, so every old row is intact here too.
            assertOpensAs(folder, expected, point);
            assertThat(left).as("killed at %s, the clinic's database is as it was before, or fully upgraded", point)
                    .isEqualTo(point.equals("swapped") ? expected : atOldVersion);
        });
    }

    /** One kill point's child and checks; may throw anything, which fails the test. */
    @FunctionalInterface
    private interface KillPoint {
        void check(String point) throws Exception;
    }

    /**
     * Runs the points two at a time, each in its own folder: a child spends most of its second
     * starting a JVM, so two overlap well on two cores. The first failure, in order of the points, fails the test.
     */
    private static void eachOnTwoLanes(List<String> points, KillPoint check) throws Exception {
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String point : points) {
                runs.add(lanes.submit(() -> {
                    check.check(point);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                try {
                    run.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw (Exception) e.getCause();
                }
            }
        } finally {
            lanes.shutdownNow();
        }
    }

    @Test
    @Timeout(120)
    void killedFromOutsideWhileItMigratesOpensAfterwards() throws Exception {
        Path reference = dir.resolve("reference");
        List<String> steps = openRecordingSteps(reference);
        FolderContents expected = FolderContents.of(reference);

        // SIGKILL lands a little after the step was printed: wherever the child has got to by then.
        for (String seen : List.of("V1 statement 3", "V3 statement 7", "V11 applied", "written")) {
            assertThat(steps).contains(seen);
            Path folder = dir.resolve("killed-after-" + seen.replace(' ', '-'));
            try (ChildJvm child = ChildJvm.start(ChildJvm.QUICK_START, UpgradeChild.class,
                    logs.resolve("killed-" + seen.replace(' ', '-') + ".txt"), folder.toString(), "never")) {
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                for (Optional<String> line = child.nextLine(deadline); !line.orElseThrow(() -> new AssertionError(
                        "the child ended before " + seen + ": " + child.errors())).equals(seen);
                     line = child.nextLine(deadline)) {
                    // Reading on to the step.
                }
                child.kill();
            }
            assertOpensAs(folder, expected, "SIGKILL after " + seen);
        }
    }

    @Test
    void aCurrentDatabaseOpensWithoutACopy() throws Exception {
        Database.open(dir).close();
        List<String> steps = new ArrayList<>();
        try (Database db = Database.open(dir, steps::add)) {
            assertThat(steps).as("no upgrade step, so no copy").isEmpty();
        }
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void copiesLeftByAnInterruptedUpgradeAreRemovedAndTheUpgradeDoneAgain() throws Exception {
        Path old = dir.resolve("old");
        OldRows oldRows = createAtOldVersion(old);
        // As a power cut might leave them: a half-written copy, H2's trace and a temp file beside it.
        Files.write(old.resolve(SchemaUpgrade.COPY + ".mv.db"), new byte[] {1, 2, 3});
        Files.writeString(old.resolve(SchemaUpgrade.COPY + ".trace.db"), "trace");
        Files.writeString(old.resolve(SchemaUpgrade.COPY + ".17.temp.db"), "temp");

        Database.open(old).close();

        assertThat(leftovers(old)).isEmpty();
        assertThat(FolderContents.of(old).versions()).hasSize(migrationFiles());
        assertEveryOldRowIntact(old, oldRows);
    }

    /** The steps to stop at: all with {@code -Dknead.crash.everyStep=true}, else a first statement and the end of each migration. */
    private static List<String> killPoints(List<String> steps, Predicate<String> wanted) {
        boolean every = Boolean.getBoolean("knead.crash.everyStep");
        return steps.stream()
                .filter(wanted)
                .filter(s -> every || !s.startsWith("V") || s.endsWith(" statement 1") || s.endsWith(" applied"))
                .toList();
    }

    private static List<String> openRecordingSteps(Path folder) {
        List<String> steps = new ArrayList<>();
        Database.open(folder, steps::add).close();
        return steps;
    }

    private void haltAt(Path folder, String step) throws IOException, InterruptedException {
        Path errors = logs.resolve("halted-at-" + step.replace(' ', '-') + ".txt");
        ChildJvm.Finished halted = ChildJvm.run(ChildJvm.QUICK_START, UpgradeChild.class, errors,
                folder.toString(), step);
        assertThat(halted.exitCode()).as("halted at %s; errors:%n%s", step, halted.errors())
                .isEqualTo(UpgradeChild.HALTED);
        assertThat(halted.output()).as("reached %s", step).contains(step);
    }

    private static void assertOpensAs(Path folder, FolderContents expected, String killedAt) throws Exception {
        try (Database db = Database.open(folder)) {
            assertThat(db.folder()).isNotNull();
        }
        FolderContents reopened = FolderContents.of(folder);
        assertThat(reopened.migrations()).as("migrations after a kill at %s", killedAt).isEqualTo(expected.migrations());
        assertThat(reopened.schema()).as("schema after a kill at %s", killedAt).isEqualTo(expected.schema());
        assertThat(reopened.rows()).as("rows after a kill at %s", killedAt).isEqualTo(expected.rows());
        assertThat(leftovers(folder)).as("leftovers after a kill at %s", killedAt).isEmpty();
    }

    /** A folder as an older Knead left it: the schema up to {@link #OLD_VERSION} and a clinic's history. */
    private static OldRows createAtOldVersion(Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        String url = SchemaUpgrade.liveUrl(folder);
        Flyway.configure().dataSource(url, "knead", "").locations("classpath:db/migration")
                .target(OLD_VERSION).load().migrate();
        String at = "TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+00'";
        String n = "LPAD(CAST(X AS VARCHAR), 12, '0')";
        try (Connection c = TestClinic.jdbc(folder); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO clinic (id, name, address, phone, currency, tax_rate, tax_inclusive, rounding, "
                    + "zone, created_at, updated_at) VALUES ('00000000-0000-7000-8000-000000000001', 'Old Willow Clinic', "
                    + "'3 Elm St', '555-0199', 'USD', 5, TRUE, 'HALF_UP', 'UTC', " + at + ", " + at + ")");
            st.executeUpdate("INSERT INTO modality (id, code, name, description, pressure, intense, sort_order, active, "
                    + "created_at, updated_at) VALUES ('00000000-0000-7000-8000-000000000002', 'SWEDISH', 'Swedish', "
                    + "'Long strokes', 'LIGHT_MEDIUM', FALSE, 1, TRUE, " + at + ", " + at + ")");
            st.executeUpdate("INSERT INTO staff (id, name, role, pin_hash, active, created_at, updated_at) VALUES "
                    + "('00000000-0000-7000-8000-000000000003', 'Ada Owner', 'OWNER', 'x', TRUE, " + at + ", " + at + ")");
            st.executeUpdate("INSERT INTO counter (id, name, last_value, created_at, updated_at) VALUES "
                    + "('00000000-0000-7000-8000-000000000004', 'receipt', " + OLD_VISITS + ", " + at + ", " + at + ")");
            String range = " FROM SYSTEM_RANGE(1, " + OLD_VISITS + ")";
            st.executeUpdate("INSERT INTO client (id, name, phone, created_at, updated_at) SELECT "
                    + "CAST('00000000-0000-7000-8001-' || " + n + " AS UUID), 'Client ' || X, '555' || X, "
                    + at + ", " + at + range);
            st.executeUpdate("INSERT INTO visit (id, business_day, queue_number, client_id, modality_id, minutes, price, "
                    + "status, therapist_id, room, red_flag, created_at, updated_at) SELECT "
                    + "CAST('00000000-0000-7000-8002-' || " + n + " AS UUID), DATEADD('DAY', X, DATE '2025-01-01'), 1, "
                    + "CAST('00000000-0000-7000-8001-' || " + n + " AS UUID), '00000000-0000-7000-8000-000000000002', "
                    + "60, 80, 'PAID', '00000000-0000-7000-8000-000000000003', 'Room ' || MOD(X, 3), MOD(X, 7) = 0, "
                    + at + ", " + at + range);
            st.executeUpdate("INSERT INTO sale (id, receipt_number, visit_id, business_day, client_name, currency, "
                    + "subtotal, net, tax, total, change_due, created_at, updated_at) SELECT "
                    + "CAST('00000000-0000-7000-8003-' || " + n + " AS UUID), X, "
                    + "CAST('00000000-0000-7000-8002-' || " + n + " AS UUID), DATEADD('DAY', X, DATE '2025-01-01'), "
                    + "'Client ' || X, 'USD', 80, 76.1905, 3.8095, 80, X / 100.0, " + at + ", " + at + range);
            st.executeUpdate("INSERT INTO sale_line (id, sale_id, line_no, description, modality_id, minutes, unit_price, "
                    + "quantity, created_at, updated_at) SELECT CAST('00000000-0000-7000-8004-' || " + n + " AS UUID), "
                    + "CAST('00000000-0000-7000-8003-' || " + n + " AS UUID), 1, 'Swedish 60 min', "
                    + "'00000000-0000-7000-8000-000000000002', 60, 80, 1, " + at + ", " + at + range);
            st.executeUpdate("INSERT INTO tender (id, sale_id, line_no, kind, amount, reference, created_at, updated_at) "
                    + "SELECT CAST('00000000-0000-7000-8005-' || " + n + " AS UUID), "
                    + "CAST('00000000-0000-7000-8003-' || " + n + " AS UUID), 1, 'CASH', 80, '', " + at + ", " + at + range);
            st.execute("SHUTDOWN");
        }
        // Encrypted as any folder is from now on (the conversion of a plain one is EncryptionAtRestTest's).
        DatabaseFile.reEncrypt(folder, SchemaUpgrade.LIVE, null, DatabaseKey.findOrCreate(folder));
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : FolderContents.of(folder).rows().keySet()) {
            columns.put(table, FolderContents.columns(folder, table));
            rows.put(table, FolderContents.rows(folder, table, columns.get(table)));
        }
        return new OldRows(columns, rows);
    }

    /**
     * Every row the old folder had is still there with the same values in the columns it had, and no
     * other row, but for the one row a migration adds on purpose: the sync outbox's counter (V24), which
     * numbers the old records it queues.
     */
    private static void assertEveryOldRowIntact(Path folder, OldRows old) throws SQLException {
        for (Map.Entry<String, List<String>> table : old.rows().entrySet()) {
            List<String> now = FolderContents.rows(folder, table.getKey(), old.columns().get(table.getKey()));
            if (table.getKey().equalsIgnoreCase("counter")) {
                List<String> added = new java.util.ArrayList<>(now);
                table.getValue().forEach(added::remove);
                assertThat(added).as("rows added to COUNTER").singleElement().asString().contains(" | outbox | ");
                now = new java.util.ArrayList<>(now);
                now.removeAll(added);
            }
            assertThat(now).as("rows of %s", table.getKey()).isEqualTo(table.getValue());
        }
    }

    /** What the old folder held: each table's columns then and its rows in those columns. */
    private record OldRows(Map<String, List<String>> columns, Map<String, List<String>> rows) {
    }

    private Path copyOf(Path old, String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(old)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".mv.db")
                    || f.getFileName().toString().equals(DatabaseKey.ID_FILE)).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static List<Path> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(SchemaUpgrade.COPY)).toList();
        }
    }

    private static int migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }
}
