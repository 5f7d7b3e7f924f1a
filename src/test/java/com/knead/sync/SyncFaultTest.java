package com.knead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Sale;
import com.knead.usecase.SyncWithCentre;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync stopped the hard ways, against the real PostgreSQL: its process killed (SIGKILL) at a
 * random batch, the server stopped ({@code pg_ctl stop -m immediate}) mid-sync and started again,
 * the connection cut in the middle of a transaction, and the desk selling while the sync runs.
 * After a rerun the centre equals the location, row by row: nothing lost, nothing doubled.
 */
class SyncFaultTest {

    @TempDir
    Path folder;
    @TempDir
    Path scratch;

    String url;

    @BeforeEach
    void centre() {
        url = CentralPostgres.cluster().newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
    }

    @Test
    void aSyncKilledAtARandomBatchLosesAndDoublesNothingAfterARerun() throws Exception {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        UUID location;
        try (Installation here = new Installation(folder)) {
            location = here.stores.sync().state().location();
            sell(here, 15, Instant.now());
        }
        // 30 records wait, 3 per batch; each trial goes on where the last was killed, after 1 to 3 more
        // batches, while the next batch may be mid-commit at the centre or its mark mid-write here.
        for (int trial = 0; trial < 3; trial++) {
            int batches = 1 + random.nextInt(3);
            killAfter(batches, "seed " + seed + ", trial " + trial);
        }
        try (Installation here = new Installation(folder)) {
            here.syncNow(url);
            assertThat(here.stores.sync().state().waiting()).isZero();
        }
        try (Connection central = DriverManager.getConnection(url, "postgres", "")) {
            SyncTest.assertSameRows(folder, location, central);
        }
    }

    /** Runs the sync in a child JVM and kills it (SIGKILL) once it has said it pushed {@code batches} batches. */
    private void killAfter(int batches, String trial) throws Exception {
        Path errors = scratch.resolve("child-errors.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), SyncChild.class.getName(),
                folder.toString(), url, "3");
        Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        child.getOutputStream().close();
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.add(line);
                if (line.startsWith("pushed ") && seen.size() > batches || line.equals("done")) {
                    break;
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the killed sync ended").isTrue();
        }
        assertThat(seen).as(trial + ": the child synced before it was killed; its errors: "
                + (Files.exists(errors) ? Files.readString(errors) : "")).isNotEmpty();
    }

    @Test
    void theServerStoppedMidSyncAndStartedAgainThenTheRetryFinishes() throws Exception {
        CentralPostgres cluster = CentralPostgres.cluster();
        try (Installation here = new Installation(folder)) {
            sell(here, 6, Instant.now());
            AtomicBoolean stopped = new AtomicBoolean();
            List<String> problems = new ArrayList<>();
            SyncWithCentre sync = here.sync(url, 4, List.of(Duration.ofMillis(1), Duration.ofMillis(2)), wait -> {
                problems.add(here.stores.sync().state().lastProblem());
                cluster.start();
            });
            SyncWithCentre.Done done = sync.run((pushed, of) -> {
                if (pushed > 0 && stopped.compareAndSet(false, true)) {
                    cluster.stopImmediately();
                }
            });
            assertThat(stopped).isTrue();
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0)).contains("does not answer").doesNotContain("Exception");
            // 24 entries (each sale's client, the sale, its visit checked in and paid) less the first batch of 4.
            assertThat(done.pushed()).isEqualTo(24 - 4);
            assertThat(here.stores.sync().state().waiting()).isZero();
            assertThat(here.stores.sync().state().lastProblem()).isEmpty();
        }
        try (Connection central = DriverManager.getConnection(url, "postgres", "")) {
            SyncTest.assertSameRows(folder, locationOf(folder), central);
        }
    }

    @Test
    void theConnectionCutMidTransactionIsRetried() throws Exception {
        try (Installation here = new Installation(folder);
             Connection admin = DriverManager.getConnection(url, "postgres", "")) {
            sell(here, 5, Instant.now());
            AtomicInteger cuts = new AtomicInteger();
            SyncWithCentre sync = here.sync(url, 3, List.of(Duration.ofMillis(1)), wait -> {
            });
            sync.run((pushed, of) -> {
                if (pushed == 3 && cuts.getAndIncrement() == 0) {
                    try (PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM "
                            + "pg_stat_activity WHERE application_name = 'Knead sync'")) {
                        ps.executeQuery().close();
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            assertThat(cuts.get()).isGreaterThanOrEqualTo(1);
            assertThat(here.stores.sync().state().waiting()).isZero();
        }
        try (Connection central = DriverManager.getConnection(url, "postgres", "")) {
            SyncTest.assertSameRows(folder, locationOf(folder), central);
        }
    }

    @Test
    void theDeskSellingWhileTheSyncRunsMissesNothing() throws Exception {
        List<Sale> sold = java.util.Collections.synchronizedList(new ArrayList<>());
        try (Installation here = new Installation(folder)) {
            sell(here, 4, Instant.now());
            AtomicInteger batches = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            Thread desk = new Thread(() -> {
                for (int i = 0; !stop.get() || i < 3; i++) {
                    sold.add(here.sell("Dee Desk " + i, "555 300 " + String.format("%04d", i), Instant.now()));
                }
            }, "desk");
            desk.start();
            here.sync(url, 2, List.of(), wait -> {
            }).run((pushed, of) -> {
                if (batches.incrementAndGet() >= 4) {
                    stop.set(true);
                }
            });
            stop.set(true);
            desk.join(60_000);
            assertThat(desk.isAlive()).isFalse();
            here.syncNow(url);
            assertThat(here.stores.sync().state().waiting()).isZero();
        }
        assertThat(sold).hasSizeGreaterThanOrEqualTo(3);
        try (Connection central = DriverManager.getConnection(url, "postgres", "")) {
            SyncTest.assertSameRows(folder, locationOf(folder), central);
            try (var rs = central.createStatement().executeQuery("SELECT COUNT(*) FROM sale")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4 + sold.size());
            }
        }
    }

    private static UUID locationOf(Path folder) throws Exception {
        try (Connection local = Installation.h2(folder);
             var rs = local.createStatement().executeQuery("SELECT location_id FROM sync_state")) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static void sell(Installation here, int sales, Instant at) {
        for (int i = 0; i < sales; i++) {
            here.sell("Fay Fault " + i, "555 400 " + String.format("%04d", i), at);
        }
    }
}
