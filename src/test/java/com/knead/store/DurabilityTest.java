package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ReceiptNumber;
import com.knead.domain.Visit;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sale the desk has been told is saved must survive the process being killed a moment later:
 * a child JVM records sales flat out and is killed with SIGKILL once it has acknowledged enough.
 */
class DurabilityTest {

    private static final int ACKNOWLEDGED_AT_LEAST = 200;

    @TempDir
    Path dir;
    @TempDir
    Path logs;

    @Test
    @Timeout(300)
    void everyAcknowledgedSaleSurvivesAKill() throws Exception {
        List<ReceiptNumber> acknowledged = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(SaleRecorderChild.class, logs.resolve("child-errors.txt"), dir.toString())) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (acknowledged.size() < ACKNOWLEDGED_AT_LEAST) {
                String line = child.nextLine(deadline).orElseThrow(() -> new AssertionError(
                        "The recorder ended after " + acknowledged.size() + " sales; its errors:\n" + child.errors()));
                acknowledged.add(ReceiptNumber.parse(line));
            }
            child.kill();
            // Lines already written before the kill were acknowledged too.
            for (Optional<String> line = child.nextLine(deadline); line.isPresent(); line = child.nextLine(deadline)) {
                acknowledged.add(ReceiptNumber.parse(line.get()));
            }
        }

        try (Stores stores = Stores.open(dir)) {
            List<ReceiptNumber> missing = acknowledged.stream().filter(n -> stores.sales().find(n).isEmpty()).toList();
            ReceiptNumber last = acknowledged.get(acknowledged.size() - 1);
            int unacknowledged = 0;
            for (ReceiptNumber n = last.next(); stores.sales().find(n).isPresent(); n = n.next()) {
                unacknowledged++;
            }
            System.out.printf("Durability: %d sales acknowledged, %d of them found after SIGKILL, "
                            + "%d more committed but not acknowledged%n",
                    acknowledged.size(), acknowledged.size() - missing.size(), unacknowledged);

            assertThat(missing).as("acknowledged sales lost").isEmpty();
            assertThat(acknowledged).extracting(ReceiptNumber::value)
                    .as("acknowledged in order without gaps")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, acknowledged.size()).boxed().toList());

            // The receipt counter survived with the sales: the next sale follows the last one kept.
            Visit visit = TestClinic.checkIn(stores, "After Restart", Instant.now());
            assertThat(TestClinic.recordCashSale(stores, visit, "85.00", Instant.now()).receiptNumber().value())
                    .isEqualTo(last.value() + unacknowledged + 1);
        }
    }
}
