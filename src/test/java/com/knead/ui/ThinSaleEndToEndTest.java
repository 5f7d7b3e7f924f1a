package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.KneadWindows;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JLabel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thin path through the real windows on a real H2 file: a walk-in checks in at the kiosk, the
 * visit appears in the desk's queue, the cashier takes 100.00 cash for an 85.00 service, the receipt
 * PDF reads right, and the office's end-of-day PDF lists the sale.
 */
class ThinSaleEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;

    private Robot robot;
    private KneadWindows app;

    @BeforeAll
    static void failOnThreadViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void start() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        app = KneadWindows.launch(new KneadWindows.Options(data, false, null, Duration.ofMinutes(5)), () -> { });
        app.ready().get(60, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        assertThat(app.exited().get(30, TimeUnit.SECONDS)).isZero();
        robot.cleanUp();
    }

    @Test
    void walkInChecksInPaysCashAndAppearsInTheEndOfDay() throws Exception {
        FrameFixture kiosk = WindowFinder.findFrame("kiosk").using(robot);
        kiosk.label("kiosk.welcome").requireText("Welcome to Knead Demo Clinic");
        screenshot(kiosk.target(), "kiosk-1-welcome");
        kiosk.button("kiosk.new").click();

        kiosk.button("kiosk.contact.next").click();
        kiosk.label(labelWithText("<html>Please type your name.</html>")).requireVisible();
        screenshot(kiosk.target(), "kiosk-2-details-problems");

        kiosk.textBox("kiosk.name").enterText("Ada Lovelace");
        kiosk.textBox("kiosk.phone").enterText("555 123 4567");
        KioskDriver driver = new KioskDriver(robot, kiosk);
        driver.set("kiosk.birth.day", "10").set("kiosk.birth.month", "12").set("kiosk.birth.year", "1975");
        driver.tap("kiosk.contact.next").on("bodyMap").quietlyThroughTheForm();
        screenshot(kiosk.target(), "kiosk-3-services");
        JButton deepTissue = kiosk.button("kiosk.service.DEEP_TISSUE.60").target();
        GuiActionRunner.execute(() -> deepTissue.scrollRectToVisible(deepTissue.getBounds()));
        assertThat(GuiActionRunner.execute(deepTissue::getText)).contains("60 min").contains("85.00");
        kiosk.button("kiosk.service.DEEP_TISSUE.60").click();
        assertThat(driver.checkIn()).isEqualTo("1");
        kiosk.label("kiosk.checkedIn").requireText("You're checked in, Ada. Your number is");
        screenshot(kiosk.target(), "kiosk-4-checked-in");

        FrameFixture desk = WindowFinder.findFrame("desk").using(robot);
        // The therapist signs in: she takes payments and may read the intake's health answers.
        RunningDesk.signIn(desk, com.knead.store.DemoSeed.DEMO_MAYA, com.knead.store.DemoSeed.DEMO_MAYA_PIN);
        JTableFixture queue = desk.table("desk.queue");
        waitUntil("the check-in appears in the desk's queue", WAIT, () -> queue.target().getRowCount() == 1);
        queue.requireCellValue(org.assertj.swing.data.TableCell.row(0).column(1), "Ada Lovelace");
        queue.requireCellValue(org.assertj.swing.data.TableCell.row(0).column(2), "Deep tissue, 60 min");
        queue.requireCellValue(org.assertj.swing.data.TableCell.row(0).column(4), "Waiting");
        queue.selectRows(0);
        desk.button("desk.intakeSummary").click();
        javax.swing.text.JTextComponent summarySaved = desk.textBox("desk.printStatus").target();
        waitUntil("the desk saves the visit's intake summary", WAIT,
                () -> text(summarySaved).startsWith("Intake summary saved"));
        // The file's long path wraps; it never widens the checkout past its column.
        java.awt.Container checkout = desk.textBox("desk.printStatus").target().getParent();
        robot.waitForIdle();
        assertThat(org.assertj.swing.edt.GuiActionRunner.execute(() -> java.util.Arrays.stream(checkout.getComponents())
                .filter(c -> c.getX() + c.getWidth() > checkout.getWidth()).map(c -> c.getClass().getSimpleName()
                        + " " + c.getName()).toList())).as("parts of the checkout cut off at the right").isEmpty();
        Path summary = data.resolve("intakes/intake-" + LocalDate.now() + "-001.pdf");
        assertThat(pdfText(summary)).contains("Ada Lovelace");
        desk.label("desk.total").requireText("Total USD 85.00");
        desk.label("desk.tax").requireText("Includes tax 4.05 (5%)");

        desk.textBox("desk.cash").enterText("80");
        desk.textBox("desk.problem").requireText("That is 5.00 short of the total.");
        desk.button("desk.finishSale").requireDisabled();
        desk.textBox("desk.cash").deleteText().enterText("100.00");
        desk.label("desk.change").requireText("Change due 15.00");
        screenshot(desk.target(), "desk-1-checkout");
        desk.button("desk.finishSale").click();

        JLabel result = desk.label("desk.result").target();
        waitUntil("the desk says the sale is saved", WAIT, () -> result.getText().startsWith("Receipt 000001 saved"));
        assertThat(text(result)).isEqualTo("Receipt 000001 saved. Change due 15.00.");
        waitUntil("the queue shows the visit as paid", WAIT, () -> "Paid".equals(queue.target().getValueAt(0, 4)));
        screenshot(desk.target(), "desk-2-paid");

        Path receipt = data.resolve("receipts/receipt-000001.pdf");
        assertThat(receipt).exists();
        assertThat(pdfText(receipt)).contains("Knead Demo Clinic", "000001", "Deep tissue, 60 min", "85.00",
                "Cash", "100.00", "Change", "15.00");

        desk.button("desk.office").click();
        FrameFixture office = WindowFinder.findFrame("office").using(robot);
        office.textBox("office.pin").enterText("9999");
        office.button("office.unlock").click();
        JLabel pinProblem = office.label("office.pinProblem").target();
        waitUntil("a wrong PIN is refused", WAIT, () -> pinProblem.getText().startsWith("That PIN is not right"));
        screenshot(office.target(), "office-1-wrong-pin");
        office.textBox("office.pin").enterText("4827");
        office.button("office.unlock").click();
        JButton save = robot.finder().findByName(office.target(), "office.saveEndOfDay", JButton.class, false);
        waitUntil("the office unlocks", WAIT, save::isShowing);
        office.button("office.saveEndOfDay").click();
        JLabel saved = office.label("office.result").target();
        waitUntil("the end of day is saved", WAIT, () -> saved.getText().contains("Saved the end of day"));
        assertThat(text(saved)).contains("1 sale, total 85.00");
        screenshot(office.target(), "office-2-end-of-day-saved");

        Path endOfDay = data.resolve("reports/end-of-day-" + LocalDate.now() + ".pdf");
        assertThat(pdfText(endOfDay)).contains("Knead Demo Clinic", "000001", "Ada Lovelace", "Deep tissue", "85.00");
    }

    private static org.assertj.swing.core.GenericTypeMatcher<JLabel> labelWithText(String text) {
        return new org.assertj.swing.core.GenericTypeMatcher<>(JLabel.class) {
            @Override
            protected boolean isMatching(JLabel label) {
                return text.equals(label.getText()) && label.isShowing();
            }
        };
    }

    static String pdfText(Path pdf) throws IOException {
        assertThat(Files.size(pdf)).isPositive();
        File file = pdf.toFile();
        try (PDDocument document = Loader.loadPDF(file)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
