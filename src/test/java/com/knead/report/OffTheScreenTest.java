package com.knead.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Clinic;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing a PDF and printing freeze the screen as surely as SQL does, so under the tests' strict
 * thread checking they are refused on the Event Dispatch Thread, as the database is.
 */
class OffTheScreenTest {

    private static final ReceiptReport RECEIPT = new ReceiptReport(new ReportTemplates());

    @TempDir
    Path folder;

    @Test
    void aPdfWrittenOnTheEventDispatchThreadIsRefusedAndNothingIsWritten() throws Exception {
        Clinic clinic = SampleSales.clinic(true);
        Path pdf = folder.resolve("on-the-edt.pdf");

        Throwable refused = onTheEdt(() -> RECEIPT.writePdf(clinic, SampleSales.deepTissuePaidInCash(clinic), pdf));

        assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("Writing a PDF");
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void printingOnTheEventDispatchThreadIsRefused() throws Exception {
        Throwable refused = onTheEdt(() -> new ReceiptPrinter().kickDrawer("PDF"));

        assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("Printing");
    }

    @Test
    void offTheEventDispatchThreadThePdfIsWritten() {
        Clinic clinic = SampleSales.clinic(true);
        Path pdf = folder.resolve("on-a-worker.pdf");

        RECEIPT.writePdf(clinic, SampleSales.deepTissuePaidInCash(clinic), pdf);

        assertThat(pdf).isNotEmptyFile();
    }

    private static Throwable onTheEdt(Runnable work) throws InterruptedException, InvocationTargetException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        return thrown.get();
    }
}
