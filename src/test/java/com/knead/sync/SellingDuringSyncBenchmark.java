package com.knead.sync;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.usecase.SyncWithCentre;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The desk's finish-sale while a sync runs, next to the same without one, in one run: the commit of
 * a sale (what the cashier waits for before "saved") timed before, during and after a catch-up sync
 * of {@code ROWS} waiting rows; then a second sync takes the sales made during the first, and the
 * centre is compared with the installation row by row (nothing lost, nothing doubled).
 * Run with {@code scripts/bench-sync-selling [ROWS] [SALES]}.
 */
public final class SellingDuringSyncBenchmark {

    private SellingDuringSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int quiet = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        CentralPostgres cluster = CentralPostgres.cluster();
        String url = cluster.newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
        Path folder = Files.createTempDirectory("knead-bench-selling-");
        new Installation(folder).close();
        SyncBenchmark.fill(folder, rows / 4);
        List<Double> without = new ArrayList<>();
        List<Double> during = new ArrayList<>();
        UUID location;
        try (Installation here = new Installation(folder)) {
            location = here.stores.sync().state().location();
            for (int i = 0; i < quiet; i++) {
                without.add(sale(here, "Before " + i));
            }
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread sync = new Thread(() -> {
                try {
                    outcome.set(here.syncNow(url));
                } catch (Exception | Error e) {
                    outcome.set(e);
                }
            }, "sync");
            sync.start();
            for (int i = 0; sync.isAlive(); i++) {
                during.add(sale(here, "During " + i));
            }
            sync.join();
            if (!(outcome.get() instanceof SyncWithCentre.Done done)) {
                throw new AssertionError("the sync failed: " + outcome.get());
            }
            for (int i = 0; i < quiet; i++) {
                without.add(sale(here, "After " + i));
            }
            SyncWithCentre.Done next = here.syncNow(url);
            System.out.printf("a sync of %d records ran while the desk sold %d sales; the next sync took %d records%n",
                    done.pushed(), during.size(), next.pushed());
        }
        try (Connection local = Installation.h2(folder); Connection centre = DriverManager.getConnection(url, "postgres", "")) {
            for (String table : Rows.COMPARED.keySet()) {
                if (!Rows.of(local, table, "", null).equals(Rows.of(centre, table, " WHERE location_id = ?", location))) {
                    throw new AssertionError("table " + table + " differs between the desk and the centre");
                }
            }
        }
        System.out.printf("finish-sale commit without a sync: p50 %.1f ms, p99 %.1f ms (%d sales, before and after)%n",
                percentile(without, 50), percentile(without, 99), without.size());
        System.out.printf("finish-sale commit during a sync:  p50 %.1f ms, p99 %.1f ms (%d sales); ratio p50 %.2fx, "
                + "p99 %.2fx; every sale is at the centre once%n", percentile(during, 50), percentile(during, 99),
                during.size(), percentile(during, 50) / percentile(without, 50),
                percentile(during, 99) / percentile(without, 99));
    }

    /** A walk-in checked in (not timed), then its sale recorded: the commit's milliseconds. */
    private static double sale(Installation here, String client) {
        var list = here.stores.catalog().priceListOn(LocalDate.now());
        Modality deepTissue = list.modalities().stream().filter(m -> m.code().equals("DEEP_TISSUE")).findFirst().orElseThrow();
        ServicePrice sixty = list.price(deepTissue.id(), 60).orElseThrow();
        Instant now = Instant.now();
        Visit visit = here.stores.visits().checkIn(ContactDetails.of(client, "555 0100"), deepTissue, sixty, now);
        SaleDraft draft = SaleDraft.forVisit(here.stores.clinic(), visit)
                .addTender(Tender.cash(here.stores.clinic().money("200.00")));
        long start = System.nanoTime();
        here.stores.sales().record(draft, now);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
