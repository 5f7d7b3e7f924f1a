package com.knead.sync;

import com.knead.usecase.SyncWithCentre;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A chain: {@code LOCATIONS} installations, each with a busy day of {@code VISITS} walk-ins sold at
 * its desk, all pushing into one centre at the same moment (one thread each, released together).
 * Reports the wall time from the release to the last commit and the centre's rows per second, then
 * compares every travelling table of every location with the centre's rows for that location, row
 * by row: every row exactly once, or the benchmark fails.
 * Run with {@code scripts/bench-sync-chain [LOCATIONS] [VISITS]}.
 */
public final class ChainOfClinicsBenchmark {

    private ChainOfClinicsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int locations = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int visits = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        CentralPostgres cluster = CentralPostgres.cluster();
        String url = cluster.newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
        Path root = Files.createTempDirectory("knead-bench-chain-");

        long preparing = System.nanoTime();
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < locations; i++) {
            folders.add(root.resolve("location-" + i));
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<?>> made = new ArrayList<>();
        for (int i = 0; i < locations; i++) {
            int location = i;
            made.add(two.submit(() -> busyDay(folders.get(location), location, visits)));
        }
        for (Future<?> each : made) {
            each.get();
        }
        two.shutdown();
        System.out.printf("prepared %d locations with %d visits each in %.0f s%n", locations, visits,
                (System.nanoTime() - preparing) / 1e9);

        List<Installation> open = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        long waiting = 0;
        for (Path folder : folders) {
            Installation here = new Installation(folder);
            open.add(here);
            ids.add(here.stores.sync().state().location());
            waiting += here.stores.sync().state().waiting();
        }
        ExecutorService everyone = Executors.newFixedThreadPool(locations);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SyncWithCentre.Done>> syncs = new ArrayList<>();
        for (Installation here : open) {
            syncs.add(everyone.submit(() -> {
                go.await();
                return here.syncNow(url);
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        long pushed = 0;
        for (Future<SyncWithCentre.Done> sync : syncs) {
            pushed += sync.get().pushed();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        everyone.shutdown();
        for (Installation here : open) {
            here.close();
        }
        long rows = compare(url, folders, ids);
        System.out.printf("chain: %d locations at once, %d outbox records (%d waiting) pushed in %.2f s wall; the centre "
                + "took %d rows, %.0f rows/s; every row of every location is at the centre exactly once%n",
                locations, pushed, waiting, seconds, rows, rows / seconds);
        if (pushed != waiting) {
            throw new AssertionError(pushed + " records pushed, " + waiting + " were waiting");
        }
    }

    /** A new installation with {@code visits} walk-ins sold today; its folder is closed again. */
    private static Void busyDay(Path folder, int location, int visits) {
        try (Installation here = new Installation(folder)) {
            Instant now = Instant.now();
            for (int v = 0; v < visits; v++) {
                here.sell("Client " + location + "-" + v, String.format("55%03d%05d", location, v), now);
            }
        }
        return null;
    }

    /** Each location's travelling rows against the centre's for it, row by row; the centre's row count. */
    private static long compare(String url, List<Path> folders, List<UUID> ids) throws Exception {
        long rows = 0;
        try (Connection centre = DriverManager.getConnection(url, "postgres", "")) {
            for (int i = 0; i < folders.size(); i++) {
                try (Connection local = Installation.h2(folders.get(i))) {
                    for (String table : Rows.COMPARED.keySet()) {
                        Map<String, String> here = Rows.of(local, table, "", null);
                        Map<String, String> there = Rows.of(centre, table, " WHERE location_id = ?", ids.get(i));
                        if (!here.equals(there)) {
                            throw new AssertionError("location " + i + ": table " + table + " holds " + here.size()
                                    + " rows here and " + there.size() + " at the centre, or they differ");
                        }
                        rows += there.size();
                    }
                }
            }
        }
        return rows;
    }
}
