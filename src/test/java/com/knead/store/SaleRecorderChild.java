package com.knead.store;

import com.knead.domain.Sale;
import com.knead.domain.Visit;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A busy front desk in its own process, to be killed mid-stride: checks a client in and records a
 * cash sale, over and over, printing each receipt number only once {@code record} has returned.
 * Stops by itself after a few minutes, or when nobody reads its output any more.
 */
public final class SaleRecorderChild {

    private static final Duration AT_MOST = Duration.ofMinutes(3);

    private SaleRecorderChild() {
    }

    public static void main(String[] args) {
        Instant stop = Instant.now().plus(AT_MOST);
        try (Stores stores = Stores.open(Path.of(args[0]))) {
            while (Instant.now().isBefore(stop)) {
                Instant now = Instant.now();
                Visit visit = TestClinic.checkIn(stores, "Dana Durable", now);
                Sale sale = TestClinic.recordCashSale(stores, visit, "100.00", now);
                System.out.println(sale.receiptNumber());
                System.out.flush();
                if (System.out.checkError()) {
                    break;
                }
            }
        }
    }
}
