package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.report.ReportTemplates;
import com.knead.store.Stores;
import com.knead.usecase.OfficeServices;
import java.awt.Dimension;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.swing.JProgressBar;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's Reports tab in a real window on real H2: the owner runs the sales of a range, exports it
 * as CSV through the file chooser (read back), then starts a long range and cancels it, and is told so.
 */
class OfficeReportsGuiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;
    @TempDir
    Path exports;

    private Stores stores;
    private Robot robot;
    private FrameFixture office;

    @BeforeAll
    static void failOnThreadViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        stores = Stores.open(data);
        OfficeServices services = OfficeServices.over(stores, new ReportTemplates(), Clock.systemDefaultZone());
        office = OfficeWindow.show(services, new Dimension(1366, 768));
        robot = office.robot();
    }

    @AfterEach
    void close() {
        office.cleanUp();
        stores.close();
    }

    private String label(String name) {
        return text(office.label(name).target());
    }

    @Test
    void exportARangeAsCsvThenCancelALongOne() throws Exception {
        LocalDate today = stores.clinic().businessDay(Instant.now());
        sellOne();
        OfficeWindow.unlockAt(office, "4827", "Reports", WAIT);
        office.textBox("office.rangeFrom").requireText(today.withDayOfMonth(1).toString());

        office.textBox("office.rangeFrom").setText(today.minusDays(6).toString());
        office.button("office.runRange").click();
        waitUntil("the range is read", WAIT, () -> !label("office.rangeSummary").isBlank());
        assertThat(label("office.rangeSummary")).contains(today.minusDays(6) + " to " + today + ": 1 sale, total 80.00");
        screenshot(office.target(), "office-reports-1-read");

        office.button("office.rangeCsv").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("office.rangeChooser").using(robot);
        chooser.setCurrentDirectory(exports.toFile());
        chooser.fileNameTextBox().setText("week");
        chooser.approve();
        waitUntil("the CSV is written", WAIT, () -> label("office.rangeResult").startsWith("Saved the CSV"));
        Path csv = exports.resolve("week.csv");
        assertThat(label("office.rangeResult")).endsWith(": " + csv.toAbsolutePath());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(rows).filteredOn(r -> r.get("Section").equals("Day")).hasSize(7);
        assertThat(rows).filteredOn(r -> r.get("Section").equals("Total")).singleElement().satisfies(total -> {
            assertThat(total.get("Sales")).isEqualTo("1");
            assertThat(total.get("Amount")).isEqualTo("80.00");
            assertThat(total.get("Net taken")).isEqualTo("80.00");
        });

        // Eight hundred years of days take a while to read: long enough to cancel (eighty were read whole
        // before Cancel was pressed on a quiet machine).
        office.textBox("office.rangeFrom").setText(today.minusYears(800).toString());
        office.button("office.runRange").click();
        JProgressBar bar = robot.finder().findByName(office.target(), "office.rangeProgress", JProgressBar.class, false);
        waitUntil("days are being read", WAIT, () -> bar.getString().startsWith("Read "));
        office.button("office.rangeCsv").requireDisabled();
        screenshot(office.target(), "office-reports-2-running");
        office.button("office.cancelRange").click();
        waitUntil("the run stops", WAIT, () -> !label("office.rangeProblem").isBlank());
        assertThat(label("office.rangeProblem")).isEqualTo("The report was cancelled; nothing was written.");
        assertThat(label("office.rangeSummary")).isBlank();
        office.button("office.rangeCsv").requireDisabled();
        office.button("office.runRange").requireEnabled();
        screenshot(office.target(), "office-reports-3-cancelled");
    }

    /** One Swedish hour today (80.00, tax included), paid in cash. */
    private void sellOne() {
        LocalDate today = stores.clinic().businessDay(Instant.now());
        PriceList prices = stores.catalog().priceListOn(today);
        Modality swedish = prices.bookable().stream().filter(m -> m.code().equals("SWEDISH")).findFirst().orElseThrow();
        ServicePrice hour = prices.pricesOf(swedish.id()).stream().filter(p -> p.minutes() == 60).findFirst().orElseThrow();
        Visit visit = stores.visits().checkIn(ContactDetails.of("Ada Ames", "5550001234"), swedish, hour, Instant.now());
        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
        draft.addTender(Tender.cash(draft.totals().amountDue()));
        stores.sales().record(draft, Instant.now());
    }
}
