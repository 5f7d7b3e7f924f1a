package com.knead.control.desk;

import com.knead.domain.Approval;
import com.knead.domain.CardReference;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.report.PdfCopies;
import com.knead.report.ReceiptDelivery;
import com.knead.report.ReceiptPrinter;
import com.knead.report.ReceiptReport;
import com.knead.report.ReportTemplates;
import com.knead.store.DatabaseFile;
import com.knead.store.DemoSeed;
import com.knead.store.SettingStore;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.usecase.PinCheck;
import com.knead.usecase.Receipts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import com.knead.domain.Permission;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A desk on a fresh demo clinic in a temp folder, for the dialog controllers' tests: its receipts,
 * the owner's approval, a sale to give money back on, and three ways the steps after a commit really
 * fail (a setting that cannot be read, a broken receipt template, a print queue that rejects jobs).
 */
final class TestDesk implements AutoCloseable {

    /** A CUPS queue that exists but rejects every job ({@code cupsreject}). */
    static final String REJECTING = "Rejecting";

    final Path data;
    final Stores stores;
    private ReportTemplates templates = new ReportTemplates();

    TestDesk(Path data) {
        this.data = data;
        this.stores = DemoFolder.open(data);
    }

    Receipts receipts() {
        return new Receipts(stores, new ReceiptDelivery(new ReceiptReport(templates), new PdfCopies(data),
                new ReceiptPrinter()));
    }

    Money money(String amount) {
        return stores.clinic().money(amount);
    }

    LocalDate today() {
        return stores.clinic().businessDay(Instant.now());
    }

    int salesToday() {
        return stores.sales().forDay(today()).size();
    }

    int refundsToday() {
        return stores.refunds().forDay(today()).size();
    }

    ServicePrice deepTissue60() {
        var prices = stores.catalog().priceListOn(java.time.LocalDate.now());
        Modality deep = prices.modalities().stream().filter(m -> m.name().equals("Deep tissue")).findFirst().orElseThrow();
        return prices.price(deep.id(), 60).orElseThrow();
    }

    /** A deep tissue session of 85.00 paid by card, recorded today. */
    Sale cardSale() {
        ServicePrice deep = deepTissue60();
        SaleDraft draft = new SaleDraft(stores.clinic(), null, "Ada Lovelace")
                .addLine(new SaleLine("Deep tissue, 60 min", deep.modalityId(), 60, deep.price(), 1));
        draft.addTender(Tender.card(draft.totals().amountDue(), new CardReference("A1B2C3", "4242")));
        return stores.sales().record(draft, Instant.now());
    }

    /** The owner's approval of {@code right}, her PIN checked as the desk checks it. */
    Approval owner(Permission right) {
        StaffMember owner = stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER)
                .findFirst().orElseThrow();
        return pins().check(owner, DemoSeed.DEMO_OWNER_PIN, right, "desk");
    }

    PinCheck pins() {
        return new PinCheck(stores.staff(), stores.audit(), Clock.systemDefaultZone(), stores.clinic().zone());
    }

    /** The demo cashier, who may take payments and nothing more. */
    StaffMember riley() {
        return staff(DemoSeed.DEMO_CASHIER);
    }

    StaffMember staff(String name) {
        return stores.staff().active().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** Makes every setting, the receipt printer's among them, unreadable: its table is gone by that name. */
    void settingsUnreadable() throws SQLException {
        sql("ALTER TABLE setting RENAME TO setting_unreadable");
    }

    /** Receipts from here on are laid out with a receipt template that is not a compiled report. */
    void brokenTemplate() throws IOException {
        Path folder = Files.createDirectories(data.resolve("broken-templates"));
        Files.write(folder.resolve(ReportTemplates.RECEIPT + ".jasper"), "not a compiled report".getBytes());
        templates = new ReportTemplates(folder);
    }

    /** Receipts print on a real CUPS queue that rejects every job. */
    void rejectingPrinter() throws Exception {
        run(List.of("lpadmin", "-p", REJECTING, "-v", "file:/dev/null", "-E"));
        run(List.of("cupsreject", REJECTING));
        stores.settings().put(SettingStore.RECEIPT_PRINTER, REJECTING);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + new String(process.getInputStream().readAllBytes()));
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DatabaseFile.connect(data); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Override
    public void close() {
        stores.close();
    }
}
