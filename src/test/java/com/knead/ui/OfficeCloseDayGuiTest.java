package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.report.ReportTemplates;
import com.knead.store.SettingStore;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.usecase.OfficeServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JLabel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's Day tab in a real window on real H2: the owner counts the drawer note by note, is asked
 * why it is short, closes the day with the PIN, sees a second close refused in a sentence, saves the Z
 * (read back as PDF) and runs an X, which closes nothing.
 */
class OfficeCloseDayGuiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    private Stores stores;
    private Robot robot;
    private FrameFixture office;

    @BeforeAll
    static void failOnThreadViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        stores = DemoFolder.open(data);
        stores.settings().put(SettingStore.RECEIPT_PRINTER, "");
        stores.drawer().open(stores.clinic().money("100.00"), Instant.now());
        OfficeServices services = OfficeServices.over(stores, new ReportTemplates(), Clock.systemDefaultZone());
        office = OfficeWindow.show(services, null);
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
    void countCloseRefuseASecondCloseSaveTheZAndRunAnX() throws IOException {
        LocalDate today = stores.clinic().businessDay(Instant.now());
        office.comboBox("office.owner").requireSelection("Olivia Park");
        OfficeWindow.unlockAt(office, "4827", "Day", WAIT);
        waitUntil("the drawer is read", WAIT, () -> "100.00".equals(label("office.expected")));

        office.textBox("office.count.20").enterText("4");
        office.textBox("office.count.10").enterText("1");
        office.textBox("office.count.5").enterText("1");
        waitUntil("the count adds up", WAIT, () -> "95.00".equals(label("office.counted")));
        assertThat(label("office.overShort")).isEqualTo("5.00 short");

        office.button("office.close").click();
        waitUntil("a reason is asked for", WAIT, () -> !label("office.closeProblem").isBlank());
        assertThat(label("office.closeProblem")).isEqualTo("The drawer is 5.00 short; say why before closing the day.");
        screenshot(office.target(), "office-close-1-counted-short");

        office.textBox("office.closeReason").enterText("a five given twice as change");
        office.comboBox("office.closeWho").selectItem("Olivia Park");
        office.textBox("office.closePin").enterText("4827");
        office.button("office.close").click();
        waitUntil("the day closes", WAIT, () -> label("office.closeResult").startsWith("Closed"));
        assertThat(label("office.closeResult")).isEqualTo("Closed " + today + " as Z 000001 by Olivia Park; the drawer "
                + "was 5.00 short. Save or print the Z below.");
        screenshot(office.target(), "office-close-2-closed");

        office.textBox("office.closePin").enterText("4827");
        office.button("office.close").click();
        waitUntil("a second close is refused", WAIT, () -> label("office.closeProblem").contains("already closed"));
        assertThat(label("office.closeProblem")).startsWith(today + " is already closed: Z 000001, by Olivia Park at ")
                .endsWith(". A day is closed once.");
        screenshot(office.target(), "office-close-3-second-close-refused");

        office.button("office.saveZ").click();
        waitUntil("the Z is saved", WAIT, () -> label("office.closeResult").startsWith("Saved Z 000001"));
        String z = pdfText(savedPdf(label("office.closeResult")));
        assertThat(z).contains("Z 000001", "Closed by Olivia Park", "5.00 short", "a five given twice as change",
                "4 × 20 80.00", "Expected in drawer 100.00", "DEMO").doesNotContain("X — not a Z");

        office.button("office.runX").click();
        waitUntil("the X is saved", WAIT, () -> label("office.closeResult").startsWith("Saved X of"));
        String x = pdfText(savedPdf(label("office.closeResult")));
        assertThat(x).contains("X — not a Z", "closes nothing").doesNotContain("Z 000001");
        screenshot(office.target(), "office-close-4-x-run");
        assertThat(stores.zReports().all()).singleElement().satisfies(zr -> {
            assertThat(zr.number()).isEqualTo(1);
            assertThat(zr.drawer().counted()).isEqualTo(stores.clinic().money("95.00"));
        });
    }

    private static Path savedPdf(String sentence) {
        Matcher m = Pattern.compile(": (/\\S+\\.pdf)").matcher(sentence);
        assertThat(m.find()).as(sentence).isTrue();
        Path pdf = Path.of(m.group(1));
        assertThat(pdf).exists();
        return pdf;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
