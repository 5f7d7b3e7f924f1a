package com.knead.bench;

import com.knead.app.Main;
import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.store.PlainFolders;
import com.knead.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cost of encryption at rest: a sale's commit on the clinic's encrypted file ({@code CIPHER=AES})
 * against the same commit on a decrypted copy of the same history, alternating in the same run, both
 * folders open side by side: p50 and p99 of each, and the ratio. Run with
 * {@code scripts/bench-encryption [DAYS] [SALES]}.
 */
public final class EncryptionBenchmark {

    private EncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 90;
        int sales = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path root = Files.createTempDirectory("knead-encryption-bench");
        Path encrypted = root.resolve("encrypted");
        String[] demo = {"demo", "--data", encrypted.toString(), "--days", String.valueOf(days)};
        if (Main.commandLine(demo).execute(demo) != 0) {
            throw new IllegalStateException("knead demo failed");
        }
        Path plain = root.resolve("plain");
        PlainFolders.decryptedCopy(encrypted, plain);
        try (Stores withCipher = Stores.open(encrypted); Stores without = PlainFolders.open(plain)) {
            List<Long> ciphered = new ArrayList<>();
            List<Long> clear = new ArrayList<>();
            int warmUp = Math.max(50, sales / 10);
            for (int i = 0; i < warmUp + sales; i++) {
                // Alternating, and which goes first alternating too, so neither gets the warmer caches.
                long a;
                long b;
                if (i % 2 == 0) {
                    a = sale(withCipher, i);
                    b = sale(without, i);
                } else {
                    b = sale(without, i);
                    a = sale(withCipher, i);
                }
                if (i >= warmUp) {
                    ciphered.add(a);
                    clear.add(b);
                }
            }
            ciphered.sort(null);
            clear.sort(null);
            System.out.printf("sale commit, encrypted (CIPHER=AES): p50 %.3f ms, p99 %.3f ms (%d sales, %d days of history)%n",
                    ms(pct(ciphered, 50)), ms(pct(ciphered, 99)), sales, days);
            System.out.printf("the same commit, plain file        : p50 %.3f ms, p99 %.3f ms%n",
                    ms(pct(clear, 50)), ms(pct(clear, 99)));
            System.out.printf("ratio (encrypted / plain)          : p50 %.2f, p99 %.2f%n",
                    (double) pct(ciphered, 50) / pct(clear, 50), (double) pct(ciphered, 99) / pct(clear, 99));
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Checks a visitor in (not timed) and times the commit of their cash sale. */
    private static long sale(Stores stores, int n) {
        PriceList prices = stores.catalog().priceListOn(LocalDate.now());
        Modality modality = prices.bookable().get(0);
        ServicePrice price = prices.pricesOf(modality.id()).get(0);
        Visit visit = stores.visits().checkIn(ContactDetails.of("Bench Client " + n, String.format("559%07d", n)),
                modality, price, Instant.now());
        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
        draft.addTender(Tender.cash(draft.totals().amountDue()));
        long start = System.nanoTime();
        stores.sales().record(draft, Instant.now());
        return System.nanoTime() - start;
    }

    private static long pct(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
