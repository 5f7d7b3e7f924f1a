package com.knead.control.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.knead.control.ImmediateTasks;
import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.store.AuditStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The Reports tab's controller on real H2 with the real report use case, run synchronously. */
class SalesRangeControllerTest extends OfficeFixture {

    private final Shown<SalesRangeController.State> shown = new Shown<>();

    private SalesRangeController controller() {
        return controller(owner());
    }

    private SalesRangeController controller(StaffMember who) {
        SalesRangeController controller = new SalesRangeController(office.salesRange(), new ImmediateTasks(), Runnable::run,
                () -> who);
        controller.attach(shown::show);
        return controller;
    }

    private List<AuditStore.Entry> exports() {
        return stores.audit().latest(50).stream().filter(e -> e.action().equals("exported")).toList();
    }

    private LocalDate today() {
        return stores.clinic().businessDay(clock.instant());
    }

    @Test
    void offersThisMonthAndSaysWhatIsWrongWithADayOrARange() {
        SalesRangeController controller = controller();
        controller.load();
        assertThat(shown.last().from()).isEqualTo(today().withDayOfMonth(1).toString());
        assertThat(shown.last().to()).isEqualTo(today().toString());

        controller.run("2026-02-30", today().toString());
        assertThat(shown.last().problem()).isEqualTo("2026-02-30 is not a day of the calendar; check the month and the day.");
        controller.run("last monday", today().toString());
        assertThat(shown.last().problem()).isEqualTo("\"last monday\" is not a date; type the first day as YYYY-MM-DD, like "
                + today() + ".");
        controller.run(today().toString(), " ");
        assertThat(shown.last().problem()).isEqualTo("Type the last day of the report as YYYY-MM-DD, like " + today() + ".");
        controller.run(today().toString(), today().minusDays(3).toString());
        assertThat(shown.last().problem()).isEqualTo("The range ends (" + today().minusDays(3) + ") before it starts ("
                + today() + "); give the earlier day first.");
        assertThat(shown.last().running()).isFalse();
        assertThat(shown.last().canSave()).isFalse();
        // What was typed stays on screen to be corrected.
        assertThat(shown.last().from()).isEqualTo(today().toString());
    }

    @Test
    void readsARangeDayByDayThenSavesThePdfAndExportsTheCsv() throws Exception {
        sellOne();
        SalesRangeController controller = controller();
        LocalDate first = today().minusDays(4);
        controller.run(first.toString(), today().toString());

        assertThat(shown.states).filteredOn(SalesRangeController.State::running)
                .extracting(SalesRangeController.State::daysRead).contains(1, 2, 3, 4, 5);
        assertThat(shown.states).filteredOn(s -> s.daysRead() == 5).allSatisfy(s -> assertThat(s.daysOf()).isEqualTo(5));
        SalesRangeController.State read = shown.last();
        assertThat(read.running()).isFalse();
        assertThat(read.canSave()).isTrue();
        assertThat(read.problem()).isEmpty();
        assertThat(read.summary()).startsWith(first + " to " + today() + ": 1 sale, total 80.00, tips 0.00, refunds 0.00, "
                + "net taken 80.00; 1 new and 0 returning clients.");
        assertThat(read.suggestedName()).isEqualTo("sales-" + first + "-to-" + today());

        Path csv = folder.resolve("range.csv");
        controller.exportCsv(csv);
        assertThat(shown.last().result()).isEqualTo("Saved the CSV of " + first + " to " + today() + ": " + csv.toAbsolutePath());
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("Day," + today() + ",1,1,80.00,0.00,0.00,3.81,80.00",
                "Total," + first + " to " + today() + ",1,1,80.00");

        Path pdf = folder.resolve("range.pdf");
        controller.savePdf(pdf);
        assertThat(shown.last().result()).isEqualTo("Saved the PDF of " + first + " to " + today() + ": " + pdf.toAbsolutePath());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Sales", "80.00");
        }

        controller.exportCsv(folder.resolve("no-such-folder").resolve("range.csv"));
        assertThat(shown.last().problem()).isEqualTo("The sales could not be written to "
                + folder.resolve("no-such-folder").resolve("range.csv") + ": that folder does not exist.");

        // Each file written is logged once as the owner's export, newest first; the one not written is not.
        assertThat(exports()).extracting(AuditStore.Entry::place, AuditStore.Entry::outcome, AuditStore.Entry::staff,
                AuditStore.Entry::detail).containsExactly(
                tuple("office", "written", Optional.of(owner().id()), "Sales " + first + " to " + today() + " as PDF to "
                        + pdf.toAbsolutePath().normalize()),
                tuple("office", "written", Optional.of(owner().id()), "Sales " + first + " to " + today() + " as CSV to "
                        + csv.toAbsolutePath().normalize()));
    }

    @Test
    void aRoleThatMayNotExportIsRefusedByTheServiceAndNothingIsWritten() {
        StaffMember cashier = stores.staff().active().stream().filter(m -> m.role() == StaffRole.CASHIER).findFirst()
                .orElseThrow();
        SalesRangeController controller = controller(cashier);
        controller.run(today().toString(), today().toString());
        Path csv = folder.resolve("cashier.csv");
        controller.exportCsv(csv);
        assertThat(shown.last().problem()).contains(cashier.name()).contains("export");
        controller.savePdf(folder.resolve("cashier.pdf"));
        assertThat(shown.last().problem()).contains(cashier.name()).contains("export");
        assertThat(csv).doesNotExist();
        assertThat(folder.resolve("cashier.pdf")).doesNotExist();
        assertThat(exports()).isEmpty();
    }

    @Test
    void aCancelledRunStopsBeforeItsNextDayAndOffersNothingToSave() {
        SalesRangeController controller = controller();
        controller.attach(state -> {
            shown.show(state);
            if (state.running() && state.daysRead() == 3) {
                controller.cancel();
            }
        });
        controller.run(today().minusDays(30).toString(), today().toString());

        assertThat(shown.last().problem()).isEqualTo("The report was cancelled; nothing was written.");
        assertThat(shown.last().running()).isFalse();
        assertThat(shown.last().canSave()).isFalse();
        assertThat(shown.last().summary()).isEmpty();
        assertThat(shown.states).extracting(SalesRangeController.State::daysRead).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(3));
        // A new run after the cancel goes through.
        controller.attach(shown::show);
        clock.pass(Duration.ZERO);
        controller.run(today().toString(), today().toString());
        assertThat(shown.last().canSave()).isTrue();
        assertThat(shown.last().problem()).isEmpty();
    }

    /** One Swedish hour today (80.00, tax included), paid in cash. */
    private void sellOne() {
        PriceList prices = stores.catalog().priceListOn(today());
        Modality swedish = prices.bookable().stream().filter(m -> m.code().equals("SWEDISH")).findFirst().orElseThrow();
        ServicePrice hour = prices.pricesOf(swedish.id()).stream().filter(p -> p.minutes() == 60).findFirst().orElseThrow();
        Visit visit = stores.visits().checkIn(ContactDetails.of("Ada Ames", "5550001234"), swedish, hour, clock.instant());
        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
        draft.addTender(Tender.cash(draft.totals().amountDue()));
        stores.sales().record(draft, clock.instant());
    }
}
