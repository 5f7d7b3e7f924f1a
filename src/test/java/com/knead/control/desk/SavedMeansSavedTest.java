package com.knead.control.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.report.ReceiptPrinter;
import com.knead.report.ReportTemplates;
import com.knead.store.SettingStore;
import com.knead.usecase.Saved;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once a sale's transaction has returned, the desk says "Receipt N saved." whatever fails after it,
 * each failure made to happen for real: a receipt template that cannot be read, a printer queue
 * that rejects the job, a setting that cannot be read. And a draft submitted twice is one sale.
 */
class SavedMeansSavedTest {

    /** A CUPS queue that takes no jobs; scripts/test adds it (as root) beside the cups-pdf queue PDF. */
    static final String REJECTING = "Rejecting";

    @TempDir
    Path data;

    @TempDir
    Path templates;

    @Test
    void theSameDraftSubmittedTwiceIsOneSaleAndTheSecondGetsTheFirstsReceipt() {
        try (DeskFixture desk = new DeskFixture(data)) {
            Visit visit = desk.chooseNewVisit("Dot Double");
            SaleDraft draft = SaleDraft.forVisit(desk.stores.clinic(), visit)
                    .addTender(Tender.cash(desk.stores.clinic().money("100.00")));
            Saved<Sale> first = desk.services.finishSale().finish(draft, desk.signIn.get());
            Saved<Sale> second = desk.services.finishSale().finish(draft, desk.signIn.get());
            assertThat(second.receipt()).isEqualTo(first.receipt());
            assertThat(second.record()).isEqualTo(first.record());
            assertThat(desk.count("SELECT COUNT(*) FROM sale WHERE visit_id = '" + visit.id() + "'")).isEqualTo(1);
            assertThat(desk.sales()).isEqualTo(2);

            // At the desk, a second F8 on the same sale records nothing either.
            Visit another = desk.chooseNewVisit("Ed Eager");
            desk.checkout.cashTyped("100");
            desk.checkout.finishSale("");
            desk.checkout.finishSale("");
            assertThat(desk.view.now().result()).isEqualTo("Receipt 000003 saved. Change due 15.00.");
            assertThat(desk.count("SELECT COUNT(*) FROM sale WHERE visit_id = '" + another.id() + "'")).isEqualTo(1);
            assertThat(desk.sales()).isEqualTo(3);
        }
    }

    @Test
    void aReceiptTemplateThatCannotBeReadLeavesTheSaleSaved() throws IOException {
        Files.write(templates.resolve("receipt.jasper"), new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 't', 'o', 'r', 'n'});
        try (DeskFixture desk = new DeskFixture(data, new ReportTemplates(templates))) {
            payCash(desk, "Tom Template");
            assertThat(desk.view.now().result()).isEqualTo("Receipt 000002 saved. Change due 15.00.");
            assertThat(desk.view.now().printStatus()).isEqualTo("It is saved, but receipt 000002 could not be made. "
                    + "Reprint it later; if that fails too, ask the owner to look at the log.");
            assertThat(desk.view.now().problem()).isBlank();
            assertThat(data.resolve("receipts/receipt-000002.pdf")).doesNotExist();
            assertThat(desk.sales()).isEqualTo(2);
            assertThat(desk.view.now().status()).isEqualTo("Paid");
        }
    }

    @Test
    void aPrinterQueueThatRejectsTheJobLeavesTheSaleSavedAndItsPdfKept() throws Exception {
        ensureRejectingQueue();
        assertThat(ReceiptPrinter.queues()).as("a CUPS queue called Rejecting; scripts/test sets it up").contains(REJECTING);
        try (DeskFixture desk = new DeskFixture(data)) {
            desk.stores.settings().put(SettingStore.RECEIPT_PRINTER, REJECTING);
            desk.stores.settings().put(SettingStore.DRAWER_KICK, "true");
            payCash(desk, "Rex Reject");
            assertThat(desk.view.now().result()).isEqualTo("Receipt 000002 saved. Change due 15.00.");
            assertThat(desk.view.now().printStatus()).isEqualTo("The printer \"Rejecting\" did not take the receipt. "
                    + "It is saved and its PDF is kept; reprint receipt 000002 any time. The cash drawer did not open: "
                    + "the printer \"Rejecting\" refused the signal. Open it with its key.");
            assertThat(data.resolve("receipts/receipt-000002.pdf")).isNotEmptyFile();
            assertThat(desk.sales()).isEqualTo(2);
        }
    }

    @Test
    void aPrinterThatIsNotThereLeavesTheSaleSavedAndItsPdfKept() {
        try (DeskFixture desk = new DeskFixture(data)) {
            desk.stores.settings().put(SettingStore.RECEIPT_PRINTER, "Unplugged");
            payCash(desk, "Una Unplugged");
            assertThat(desk.view.now().result()).isEqualTo("Receipt 000002 saved. Change due 15.00.");
            assertThat(desk.view.now().printStatus()).isEqualTo("The printer \"Unplugged\" is not available on this "
                    + "computer. Check that it is switched on and installed, or choose another printer. It is saved and "
                    + "its PDF is kept; reprint receipt 000002 any time.");
            assertThat(data.resolve("receipts/receipt-000002.pdf")).isNotEmptyFile();
            assertThat(desk.sales()).isEqualTo(2);
        }
    }

    /**
     * The settings cannot be read at all once the sale is recorded. The desk before the checkout
     * controller read the drawer setting after a cash sale outside its receipt's safety net, so it
     * said "The sale could not be saved" here and offered Finish sale again.
     */
    @Test
    void aSettingThatCannotBeReadLeavesTheSaleSaved() {
        try (DeskFixture desk = new DeskFixture(data)) {
            desk.stores.settings().put(SettingStore.RECEIPT_PRINTER, "PDF");
            Visit visit = desk.chooseNewVisit("Seth Setting");
            desk.checkout.cashTyped("100");
            desk.execute("ALTER TABLE setting ALTER COLUMN setting_value RENAME TO setting_value_gone");
            desk.checkout.finishSale("");
            assertThat(desk.view.now().result()).isEqualTo("Receipt 000002 saved. Change due 15.00.");
            assertThat(desk.view.now().printStatus()).isEqualTo("It is saved, but receipt 000002 could not be made. "
                    + "Reprint it later; if that fails too, ask the owner to look at the log. Receipt 000002 is saved, "
                    + "but the cash drawer could not be opened; open it with its key.");
            assertThat(desk.view.now().problem()).isBlank();
            assertThat(desk.view.now().canFinishSale()).isFalse();
            assertThat(desk.count("SELECT COUNT(*) FROM sale WHERE visit_id = '" + visit.id() + "'")).isEqualTo(1);
            assertThat(desk.sales()).isEqualTo(2);
        }
    }

    private static void payCash(DeskFixture desk, String client) {
        desk.chooseNewVisit(client);
        desk.checkout.cashTyped("100");
        desk.checkout.finishSale("");
    }

    /** Adds the rejecting queue when this machine lacks it and may add it (scripts/test does so too). */
    private static void ensureRejectingQueue() throws Exception {
        if (run(List.of("lpstat", "-p", REJECTING)) == 0) {
            return;
        }
        run(List.of("lpadmin", "-p", REJECTING, "-v", "file:/dev/null", "-E"));
        run(List.of("cupsreject", REJECTING));
    }

    private static int run(List<String> command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            return -1;
        }
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
