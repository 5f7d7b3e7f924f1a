package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ReceiptNumber;
import com.knead.domain.Sale;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Knead compacts its database file when it closes (H2's {@code SHUTDOWN COMPACT}). A Knead killed with
 * SIGKILL during the compaction — while H2 writes the compacted copy beside the live file — must leave a
 * folder that opens afterwards with every sale it had recorded, and no leftover copy. Real H2 files, a
 * child JVM ({@link CompactingChild}) killed from outside.
 */
class CompactOnCloseCrashTest {

    private static final int SALES = 150;

    @TempDir
    Path dir;
    @TempDir
    Path logs;

    /** A data folder already at the newest schema, copied for each child so none spends its time migrating. */
    private Path opened() throws Exception {
        Path template = dir.resolve("template");
        if (!Files.exists(template)) {
            Stores.open(template).close();
        }
        Path folder = dir.resolve("child-" + System.nanoTime());
        Files.createDirectory(folder);
        for (String name : List.of(DatabaseKey.ID_FILE, "knead.mv.db")) {
            Files.copy(template.resolve(name), folder.resolve(name));
        }
        return folder;
    }

    @Test
    @Timeout(120)
    void aCloseThatCompactsLeavesASmallerPrivateFile() throws Exception {
        Path folder = opened();
        ChildJvm.Finished run = ChildJvm.run(CompactingChild.class, logs.resolve("closed.txt"), folder.toString(),
                String.valueOf(SALES));
        assertThat(run.exitCode()).as(run.errors()).isZero();
        long before = sizeAfter(run.output(), "closing ");
        long after = sizeAfter(run.output(), "closed ");
        assertThat(after).as("compacted at close, from %d bytes", before).isLessThan(before / 2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(SchemaUpgrade.liveFile(folder))))
                .isEqualTo("rw-------");
        assertEverySaleReadsBack(folder, sales(run.output()));
    }

    @Test
    @Timeout(180)
    void killedWhileItCompactsItOpensAfterwardsWithEverySale() throws Exception {
        // Killed as H2 starts the compacted copy, once the copy has some of the data, and once it is nearly whole.
        List<Predicate<Long>> moments = List.of(copy -> copy >= 0, copy -> copy > 4096, copy -> copy > 32 * 1024);
        for (int i = 0; i < moments.size(); i++) {
            Path folder = opened();
            Path copy = folder.resolve("knead.mv.db.tempFile");
            List<String> printed = new ArrayList<>();
            boolean killedDuringCompaction;
            try (ChildJvm child = ChildJvm.start(CompactingChild.class, logs.resolve("killed-" + i + ".txt"),
                    folder.toString(), String.valueOf(SALES))) {
                Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
                for (Optional<String> line = child.nextLine(deadline); line.isPresent()
                        && !line.get().startsWith("closing "); line = child.nextLine(deadline)) {
                    printed.add(line.get());
                }
                killedDuringCompaction = killWhen(child, copy, moments.get(i), deadline);
            }
            assertThat(printed).hasSize(SALES);
            assertThat(killedDuringCompaction).as("moment %d: the child was killed while the compacted copy was "
                    + "being written, not after it had closed", i).isTrue();
            assertThat(Files.exists(copy)).as("the unfinished copy is there until Knead opens again").isTrue();
            assertEverySaleReadsBack(folder, sales(printed));
            assertThat(Files.exists(copy)).as("the unfinished copy was removed at the next open").isFalse();
        }
    }

    /** Waits until the compacted copy exists with a size {@code moment} accepts, then kills; false if the child ended first. */
    private static boolean killWhen(ChildJvm child, Path copy, Predicate<Long> moment, Instant deadline)
            throws Exception {
        while (Instant.now().isBefore(deadline) && child.process().isAlive()) {
            if (Files.exists(copy)) {
                try {
                    if (moment.test(Files.size(copy))) {
                        child.kill();
                        return true;
                    }
                } catch (java.nio.file.NoSuchFileException renamed) {
                    // Renamed over the live file between the two looks: compaction is over.
                }
            }
            LockSupport.parkNanos(100_000);
        }
        return false;
    }

    private static void assertEverySaleReadsBack(Path folder, List<String> expected) {
        try (Stores stores = Stores.open(folder)) {
            List<String> readBack = new ArrayList<>();
            ReceiptNumber n = ReceiptNumber.parse(expected.get(0).split("\t")[0]);
            for (Optional<Sale> sale = stores.sales().find(n); sale.isPresent(); n = n.next(), sale = stores.sales().find(n)) {
                VisitStatus status = stores.visits().find(sale.get().visitId()).map(Visit::status).orElse(null);
                readBack.add(SaleRecorderChild.describe(sale.get(), status));
            }
            assertThat(readBack).containsExactlyElementsOf(expected);
        }
    }

    private static List<String> sales(List<String> output) {
        return output.stream().filter(line -> !line.startsWith("clos")).toList();
    }

    private static long sizeAfter(List<String> output, String prefix) {
        return output.stream().filter(line -> line.startsWith(prefix)).map(line -> Long.parseLong(line.substring(prefix.length())))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + prefix + " in " + output));
    }
}
