package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ClientDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.Signature;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.ui.touch.BodyMapPicture;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The physician clearance of red-flagged visits through the real desk on a real H2 file: the
 * session waits for it, bad input is refused next to its box with nothing typed lost, a clearance
 * lets the session start, "no clearance" keeps it waiting until a manager's PIN lets it go ahead,
 * and the intake summary PDF shows what was recorded. Three kiosk check-ins are made before Knead
 * starts: two whose intakes raise red flags and one without.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskClearanceGuiTest {

    private static final Duration WAIT = RunningDesk.WAIT;

    @TempDir
    static Path data;

    private RunningDesk running;
    private FrameFixture desk;

    @BeforeAll
    void start() throws Exception {
        try (Stores stores = DemoFolder.open(data)) {
            checkIn(stores, "Nora Plain", "555 400 0001", Map.of("pressure", "medium"));
            checkIn(stores, "Rita Reyes", "555 400 0002", Map.of("blood_clots", "yes"));
            checkIn(stores, "Sam Stone", "555 400 0003", Map.of("recent_surgery", "yes"));
        }
        // The therapist signs in: she may open the intake summary this test reads back.
        running = RunningDesk.launch(data, 3, com.knead.store.DemoSeed.DEMO_MAYA, com.knead.store.DemoSeed.DEMO_MAYA_PIN);
        desk = running.desk();
    }

    @AfterAll
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    @Order(1)
    void aRedFlaggedSessionWaitsForThePhysiciansClearance() throws Exception {
        desk.button("desk.intakeSummary").click();
        waitUntil("with no visit selected, the button says what it needs", WAIT, () -> text(desk.textBox("desk.printStatus")
                .target()).equals("Select a visit in the queue to see its intake summary."));
        select("Nora Plain");
        assertThat(showing("desk.clearance")).as("no red flag, no clearance field").isFalse();

        assertThat(client("Rita Reyes")).isEqualTo("Rita Reyes  ⚑ red flag");
        select("Rita Reyes");
        waitUntil("the clearance field appears", WAIT, () -> showing("desk.clearance"));
        waitUntil("nothing is recorded yet", WAIT, () -> text(desk.textBox("clearance.status").target())
                .equals("Not recorded yet. Record it before the session starts."));
        desk.button("desk.startSession").click();
        waitUntil("the session is refused plainly", WAIT, () -> problem().equals("Rita Reyes's intake has a red flag: "
                + "record the physician's clearance before the session starts, or a manager can let it go ahead "
                + "without one."));
        assertThat(status("Rita Reyes")).isEqualTo("Waiting");

        desk.textBox("clearance.date").setText("2026-13-45");
        desk.textBox("clearance.note").setText("letter on file; avoid the left calf");
        desk.button("clearance.record").click();
        waitUntil("the missing name and the bad date are refused", WAIT, () -> problem().equals(
                "Type the name of the physician who cleared the client. That is not a date; type it as "
                        + "year-month-day, for example " + LocalDate.now() + "."));
        assertThat(text(desk.textBox("clearance.date").target())).as("nothing typed is lost").isEqualTo("2026-13-45");
        assertThat(text(desk.textBox("clearance.note").target())).isEqualTo("letter on file; avoid the left calf");
        screenshot(desk.target(), "desk-clearance-1-refused");

        desk.textBox("clearance.physician").setText("Dr. Rosa Díaz");
        desk.textBox("clearance.date").setText(LocalDate.now().toString());
        desk.button("clearance.record").click();
        waitUntil("the clearance is recorded", WAIT, () -> text(desk.textBox("clearance.status").target())
                .startsWith("Cleared by Dr. Rosa Díaz on ") && problem().isBlank());
        assertThat(text(desk.textBox("clearance.status").target())).contains("Note: letter on file; avoid the left calf");
        waitUntil("the queue says so", WAIT, () -> client("Rita Reyes").equals("Rita Reyes  ⚑ cleared"));
        screenshot(desk.target(), "desk-clearance-2-cleared");
        assertThat(showing("clearance.physician")).as("the boxes fold away, so checkout stays in view").isFalse();
        desk.button("clearance.again").click();
        waitUntil("the boxes open again", WAIT, () -> showing("clearance.physician"));

        desk.button("desk.startSession").click();
        waitUntil("the session starts", WAIT, () -> status("Rita Reyes").equals("In session"));
        assertThat(intakeSummary()).contains("PHYSICIAN CLEARANCE: Cleared by Dr. Rosa Díaz on",
                "Note: letter on file; avoid the left calf");
    }

    @Test
    @Order(2)
    void noClearanceKeepsTheSessionWaitingUntilAManagerLetsItGoAhead() throws Exception {
        select("Sam Stone");
        waitUntil("nothing is recorded yet", WAIT, () -> text(desk.textBox("clearance.status").target())
                .startsWith("Not recorded yet."));
        desk.textBox("clearance.note").setText("will see his GP on Monday");
        desk.button("clearance.none").click();
        waitUntil("no clearance is recorded", WAIT, () -> text(desk.textBox("clearance.status").target())
                .startsWith("Not cleared: the client has no physician clearance. Note: will see his GP on Monday"));
        waitUntil("the queue says so", WAIT, () -> client("Sam Stone").equals("Sam Stone  ⚑ no clearance"));
        desk.button("desk.startSession").click();
        waitUntil("the session is refused", WAIT, () -> problem().startsWith(
                "Sam Stone has no physician clearance, so the session cannot start."));
        assertThat(status("Sam Stone")).isEqualTo("Waiting");

        desk.button("clearance.waive").click();
        waitUntil("a waiver needs a reason", WAIT, () -> problem().equals(
                "Say in the note why the session may go ahead without a physician clearance."));
        desk.textBox("clearance.note").setText("surgery was on the knee in 2019; back and neck only");
        desk.button("clearance.waive").click();
        DialogFixture approval = WindowFinder.findDialog("desk.approval").withTimeout(WAIT.toMillis()).using(running.robot());
        waitUntil("the managers are listed", WAIT, () -> approval.button("approval.approve").target().isEnabled());
        approval.textBox("approval.pin").setText("9999");
        approval.button("approval.approve").click();
        waitUntil("a wrong PIN is refused", WAIT, () -> text(approval.textBox("approval.problem").target())
                .equals("That PIN is not right for Olivia Park. Try again; after 4 more wrong PINs it locks for 5 minutes."));
        screenshot(approval.target(), "desk-clearance-3-waiver-pin");
        assertThat(status("Sam Stone")).isEqualTo("Waiting");
        approval.textBox("approval.pin").setText("4827");
        approval.button("approval.approve").click();
        waitUntil("the waiver is recorded", WAIT, () -> text(desk.textBox("clearance.status").target()).startsWith(
                "Not cleared by a physician; Olivia Park approved going ahead without a clearance: surgery was on "
                        + "the knee in 2019; back and neck only"));
        waitUntil("the queue says so", WAIT,
                () -> client("Sam Stone").equals("Sam Stone  ⚑ waived"));
        screenshot(desk.target(), "desk-clearance-4-waived");

        desk.button("desk.startSession").click();
        waitUntil("the session starts", WAIT, () -> status("Sam Stone").equals("In session"));
        assertThat(intakeSummary()).contains("PHYSICIAN CLEARANCE: Not cleared by a physician; Olivia Park approved",
                "surgery was on the knee in 2019; back and neck only");
    }

    /** Saves the selected visit's intake summary from the desk and returns its text on one line. */
    private String intakeSummary() throws Exception {
        javax.swing.text.JTextComponent result = desk.textBox("desk.printStatus").target();
        GuiActionRunner.execute(() -> result.setText(" "));
        desk.button("desk.intakeSummary").click();
        waitUntil("the intake summary is saved", WAIT, () -> text(result).startsWith("Intake summary saved: "));
        Path pdf = Path.of(text(result).substring("Intake summary saved: ".length()).replaceFirst(" \\(.*\\)$", ""));
        return ThinSaleEndToEndTest.pdfText(pdf).replaceAll("\\s+", " ");
    }

    private static void checkIn(Stores stores, String name, String phone, Map<String, String> answers) throws Exception {
        Modality swedish = stores.catalog().priceListOn(java.time.LocalDate.now()).modalities().stream()
                .filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow();
        ClientDetails client = ClientDetails.of(name, phone, "", "1", "2", "1970", LocalDate.now());
        Instant now = Instant.now();
        stores.intakes().checkIn(new KioskCheckIn(client, Optional.empty(), new IntakeAnswers(answers, Map.of()),
                Optional.of(new Signature(signature(), now)), swedish,
                stores.catalog().priceListOn(java.time.LocalDate.now()).price(swedish.id(), 60).orElseThrow()), stores.intakes().form(), now);
    }

    /** Any picture will do as the signed consent. */
    private static byte[] signature() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(BodyMapPicture.image(Map.of(), 120, 120), "png", png);
        return png.toByteArray();
    }

    /** The sentence under the clearance's boxes (hidden while there is none). */
    private String problem() {
        javax.swing.JTextArea sentence = running.robot().finder().findByName(desk.target(), "clearance.problem",
                javax.swing.JTextArea.class, false);
        return text(sentence).strip();
    }

    private boolean showing(String name) {
        java.awt.Component panel = running.robot().finder().findByName(desk.target(), name, false);
        return GuiActionRunner.execute(panel::isShowing);
    }

    private void select(String client) {
        running.select(client);
    }

    private String client(String name) {
        return running.cell(name, 1);
    }

    private String status(String name) {
        return running.cell(name, 4);
    }
}
