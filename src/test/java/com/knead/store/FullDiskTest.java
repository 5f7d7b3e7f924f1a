package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.PrepaidCode;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.Tender;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sale on a disk that is really full: a small file system of its own (a 24 MB tmpfs that
 * {@code scripts/test} mounts at /tmp/knead-full-disk, or {@code -Dknead.test.fullDisk=DIR}), filled
 * to the last byte. The sale is refused in plain words with nothing half-written; once space is freed
 * the same sale goes through, and the data folder reopens with every sale and no gap in the numbers.
 */
class FullDiskTest {

    private static final Path DISK = Path.of(System.getProperty("knead.test.fullDisk", "/tmp/knead-full-disk"));

    private Path folder;
    private Path filler;
    private Stores stores;

    @BeforeEach
    void open() throws IOException {
        assertThat(DISK).as("scripts/test mounts a small file system here for this test").isDirectory();
        assertThat(Files.getFileStore(DISK).getTotalSpace()).as("a file system small enough to fill")
                .isLessThan(256L * 1024 * 1024);
        folder = Files.createTempDirectory(DISK, "clinic");
        filler = DISK.resolve(folder.getFileName() + ".filler");
        stores = Stores.open(folder);
    }

    @AfterEach
    void close() throws IOException {
        Files.deleteIfExists(filler);
        stores.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private SaleDraft giftCard(String code) {
        SaleDraft draft = new SaleDraft(stores.clinic(), null, "Walk-in");
        draft.addLine(SaleLine.giftCard(new PrepaidCode(code), stores.clinic().money("25.00")));
        draft.addTender(Tender.cash(draft.totals().amountDue()));
        return draft;
    }

    /** Writes until the disk refuses another byte. */
    private void fillTheDisk() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full).hasMessageContaining("No space left on device");
        }
        assertThat(Files.getFileStore(DISK).getUsableSpace()).isLessThan(block.length);
    }

    @Test
    void aSaleOnAFullDiskIsRefusedPlainlyAndGoesThroughOnceThereIsRoom() throws IOException {
        Instant now = Instant.now();
        Sale first = stores.sales().record(giftCard("GC-7001"), now);
        fillTheDisk();

        SaleDraft second = giftCard("GC-7002");
        assertThatThrownBy(() -> stores.sales().record(second, now)).isInstanceOf(Refused.class)
                .hasMessage("The computer's disk is full, so this was not saved; nothing you typed is lost. "
                        + "Ask the owner to free some space on the disk, then try again.");

        Files.delete(filler);
        Sale saved = stores.sales().record(second, now);
        assertThat(saved.receiptNumber().toString()).isEqualTo("000002");
        assertThat(stores.giftCards().balance(new PrepaidCode("GC-7002"))).contains(stores.clinic().money("25.00"));

        stores.close();
        stores = Stores.open(folder);
        List<Sale> sales = stores.sales().forDay(stores.clinic().businessDay(now));
        assertThat(sales).extracting(s -> s.receiptNumber().toString()).containsExactly(
                first.receiptNumber().toString(), "000002");
        assertThat(stores.giftCards().balance(new PrepaidCode("GC-7001"))).contains(stores.clinic().money("25.00"));
    }
}
