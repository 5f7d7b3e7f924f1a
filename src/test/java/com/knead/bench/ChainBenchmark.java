package com.knead.bench;

import com.knead.app.Main;
import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import com.knead.store.UnchainedSales;
import com.knead.usecase.VerifyChain;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tamper-evidence benchmark, two parts:
 * <ul>
 *   <li>{@code knead verify} over three years of a busy clinic ({@code knead demo --days 1095}, made
 *       once in the folder given, or a temporary one): the first verify after opening, and the
 *       median of the next ones (goal ≤ 5 s);</li>
 *   <li>a sale's commit with its chain link against the same commit without it (the same
 *       {@code SaleStore} transaction, link left out), alternating in the same run on a copy of
 *       that history: p50 and p95 of each, and the ratio.</li>
 * </ul>
 * Run with {@code scripts/bench-chain [DAYS] [SALES] [FOLDER]}.
 */
public final class ChainBenchmark {

    private ChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 1095;
        int sales = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path history = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("knead-chain-bench");
        if (!Files.exists(history.resolve("knead.mv.db"))) {
            long start = System.nanoTime();
            String[] demo = {"demo", "--data", history.toString(), "--days", String.valueOf(days)};
            int code = Main.commandLine(demo).execute(demo);
            if (code != 0) {
                throw new IllegalStateException("knead demo failed with " + code);
            }
            System.out.printf("made %d days of demo history in %.0f s%n", days, (System.nanoTime() - start) / 1e9);
        }
        verify(history);
        Path copy = Files.createTempDirectory("knead-chain-commits");
        Files.copy(history.resolve("knead.mv.db"), copy.resolve("knead.mv.db"));
        // The file is encrypted: its folder id (knead.id) names the key it needs, so it goes along.
        Files.copy(history.resolve("knead.id"), copy.resolve("knead.id"));
        commits(copy, sales);
        deleteTree(copy);
    }

    private static void verify(Path history) {
        try (Stores stores = Stores.open(history)) {
            VerifyChain verify = new VerifyChain(stores.chain());
            // H2 is embedded, so the verifying thread's CPU time is its work, whatever else the machine runs.
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            VerifyChain.Verdict first = verify.check();
            double cold = (System.nanoTime() - start) / 1e6;
            double coldCpu = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e6;
            List<Double> warm = new ArrayList<>();
            List<Double> warmCpu = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                start = System.nanoTime();
                startCpu = cpu.getCurrentThreadCpuTime();
                verify.check();
                warm.add((System.nanoTime() - start) / 1e6);
                warmCpu.add((cpu.getCurrentThreadCpuTime() - startCpu) / 1e6);
            }
            warm.sort(null);
            warmCpu.sort(null);
            System.out.printf("verify over %d links (%s): first %.0f ms (%.0f ms CPU), then median %.0f ms (%.0f ms CPU)"
                    + " (goal <= 5000 ms)%n", first.links(), first.intact() ? "intact" : first.problems().size()
                    + " problems", cold, coldCpu, warm.get(2), warmCpu.get(2));
        }
    }

    private static void commits(Path folder, int count) {
        try (Stores stores = Stores.open(folder)) {
            PriceList prices = stores.catalog().priceListOn(LocalDate.now());
            Modality modality = prices.bookable().get(0);
            ServicePrice price = prices.pricesOf(modality.id()).get(0);
            List<Long> chained = new ArrayList<>();
            List<Long> plain = new ArrayList<>();
            int warmUp = Math.max(30, count / 10);
            for (int i = 0; i < warmUp + count; i++) {
                long withLink = sale(stores, modality, price, i * 2, true);
                long without = sale(stores, modality, price, i * 2 + 1, false);
                if (i >= warmUp) {
                    chained.add(withLink);
                    plain.add(without);
                }
            }
            chained.sort(null);
            plain.sort(null);
            System.out.printf("sale commit with its chain link: p50 %.2f ms, p95 %.2f ms (%d sales)%n",
                    ms(pct(chained, 50)), ms(pct(chained, 95)), count);
            System.out.printf("the same commit without it     : p50 %.2f ms, p95 %.2f ms%n",
                    ms(pct(plain, 50)), ms(pct(plain, 95)));
            System.out.printf("ratio (with / without)         : p50 %.2f, p95 %.2f%n",
                    (double) pct(chained, 50) / pct(plain, 50), (double) pct(chained, 95) / pct(plain, 95));
        }
    }

    /** Checks a visitor in (not timed) and times the commit of their cash sale. */
    private static long sale(Stores stores, Modality modality, ServicePrice price, int n, boolean chained) {
        Visit visit = stores.visits().checkIn(ContactDetails.of("Bench Client " + n, String.format("558%07d", n)),
                modality, price, Instant.now());
        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
        draft.addTender(Tender.cash(draft.totals().amountDue()));
        long start = System.nanoTime();
        if (chained) {
            stores.sales().record(draft, Instant.now());
        } else {
            UnchainedSales.record(stores, draft, Instant.now());
        }
        return System.nanoTime() - start;
    }

    private static long pct(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
