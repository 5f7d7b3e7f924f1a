package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ReceiptNumber;
import com.knead.domain.Sale;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
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
 * A sale the desk has been told is saved must survive its process being killed a moment later: a
 * child JVM records sales flat out, printing each in full, and is killed with SIGKILL once it has
 * acknowledged enough. Every acknowledged sale must read back as it was told: its lines, totals,
 * tenders and change, and its visit paid.
 *
 * <p>This is a killed process, not a power cut: what H2 had handed to the operating system survives
 * a SIGKILL even unsynced, so the test does not show that commits reach the disk.
 */
class DurabilityTest {

    private static final int ACKNOWLEDGED_AT_LEAST = 200;
    /** What {@link Process#exitValue()} gives for a process ended by signal 9: 128 + 9. */
    private static final int KILLED_BY_SIGKILL = 137;

    @TempDir
    Path dir;
    @TempDir
    Path logs;

    @Test
    @Timeout(300)
    void everyAcknowledgedSaleSurvivesTheProcessBeingKilledAsItWasTold() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        int exit;
        try (ChildJvm child = ChildJvm.start(SaleRecorderChild.class, logs.resolve("child-errors.txt"), dir.toString())) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (acknowledged.size() < ACKNOWLEDGED_AT_LEAST) {
                String line = child.nextLine(deadline).orElseThrow(() -> new AssertionError(
                        "The recorder ended after " + acknowledged.size() + " sales; its errors:\n" + child.errors()));
                acknowledged.add(line);
            }
            exit = child.kill();
            // Lines already written before the kill were acknowledged too.
            for (Optional<String> line = child.nextLine(deadline); line.isPresent(); line = child.nextLine(deadline)) {
                acknowledged.add(line.get());
            }
        }
        assertThat(exit).as("the recorder died by SIGKILL, not by ending on its own").isEqualTo(KILLED_BY_SIGKILL);

        try (Stores stores = Stores.open(dir)) {
            List<ReceiptNumber> numbers = acknowledged.stream().map(l -> ReceiptNumber.parse(l.split("\t")[0])).toList();
            assertThat(numbers).extracting(ReceiptNumber::value)
                    .as("acknowledged in order without gaps")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, numbers.size()).boxed().toList());
            assertThat(acknowledged).as("each visit reads back paid once its sale is recorded")
                    .allSatisfy(l -> assertThat(l.split("\t")[2]).isEqualTo(VisitStatus.PAID.name()));
            assertThat(acknowledged.get(0)).as("the child prints sales in full").contains("CASH 100.00", "Deep tissue");
            assertThat(acknowledged.get(1)).contains("CARD 40.00", "CASH 60.00");

            List<String> readBack = new ArrayList<>();
            List<ReceiptNumber> missing = new ArrayList<>();
            for (ReceiptNumber n : numbers) {
                Optional<Sale> sale = stores.sales().find(n);
                if (sale.isEmpty()) {
                    missing.add(n);
                    continue;
                }
                VisitStatus status = stores.visits().find(sale.get().visitId()).map(Visit::status).orElse(null);
                readBack.add(SaleRecorderChild.describe(sale.get(), status));
            }
            ReceiptNumber last = numbers.get(numbers.size() - 1);
            int unacknowledged = 0;
            for (ReceiptNumber n = last.next(); stores.sales().find(n).isPresent(); n = n.next()) {
                unacknowledged++;
            }
            System.out.printf("Durability: %d sales acknowledged, %d of them found after SIGKILL, "
                            + "%d more committed but not acknowledged%n",
                    acknowledged.size(), acknowledged.size() - missing.size(), unacknowledged);

            assertThat(missing).as("acknowledged sales lost").isEmpty();
            assertThat(readBack).as("each sale read back after the kill, beside what the recorder was told")
                    .containsExactlyElementsOf(acknowledged);

            // The receipt counter survived with the sales: the next sale follows the last one kept.
            Visit visit = TestClinic.checkIn(stores, "After Restart", Instant.now());
            assertThat(TestClinic.recordCashSale(stores, visit, "85.00", Instant.now()).receiptNumber().value())
                    .isEqualTo(last.value() + unacknowledged + 1);
        }
    }
}
