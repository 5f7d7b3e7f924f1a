package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.FirstRunWindows;
import com.knead.app.KneadWindows;
import com.knead.store.TestPrices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real clinic's first start on an empty data folder: the setup window refuses bad input beside its
 * fields, then makes a working clinic whose owner unlocks the office and changes a setting, and whose
 * first receipt is no demo's; "Try the demo clinic" instead gives receipts that say DEMO.
 */
class FirstRunGuiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    private Robot robot;
    private FirstRunWindows run;

    @BeforeAll
    static void failOnThreadViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void start() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        run = FirstRunWindows.launch(new KneadWindows.Options(data, false, null, Duration.ofMinutes(5)));
    }

    @AfterEach
    void stop() throws Exception {
        if (run.windows().isDone()) {
            run.windows().get().close();
        }
        assertThat(run.exited().get(30, TimeUnit.SECONDS)).isZero();
        robot.cleanUp();
    }

    @Test
    void theSetupMakesAWorkingClinicWhoseReceiptsAreReal() throws Exception {
        FrameFixture setup = WindowFinder.findFrame("setup").withTimeout(WAIT.toMillis()).using(robot);
        screenshot(setup.target(), "setup-1-empty");
        setup.button("setup.save").click();
        JLabel nameProblem = setup.label("setup.problem.NAME").target();
        waitUntil("the empty name is refused", WAIT, () -> !text(nameProblem).isBlank());
        assertThat(text(nameProblem)).isEqualTo("<html>Type the clinic's name, as it should read on receipts.</html>");
        assertThat(text(setup.label("setup.problem.OWNER_NAME").target())).isEqualTo("<html>Type the owner's name.</html>");
        screenshot(setup.target(), "setup-1b-all-refused");

        setup.textBox("setup.name").enterText("Linden Massage");
        setup.textBox("setup.address").setText("Lindenstraße 4, 10969 Berlin");
        setup.textBox("setup.phone").setText("+49 30 1234567");
        setup.comboBox("setup.currency").replaceText("EUR");
        setup.textBox("setup.taxRate").setText("19");
        setup.textBox("setup.dayEnds").setText("04:00");
        setup.textBox("setup.ownerName").setText("Jana Roth");
        setup.textBox("setup.pin").setText("1234");
        setup.textBox("setup.pinAgain").setText("1234");
        setup.button("setup.save").click();
        JLabel pinProblem = setup.label("setup.problem.PIN").target();
        waitUntil("an easy PIN is refused", WAIT, () -> text(pinProblem).contains("straight run"));
        assertThat(text(nameProblem)).isEmpty();
        assertThat(GuiActionRunner.execute(() -> SeenOnScreen.truncated(setup.target()))).as("labels cut off").isEmpty();
        assertThat(setup.textBox("setup.name").text()).as("nothing typed is lost").isEqualTo("Linden Massage");
        screenshot(setup.target(), "setup-2-refused");

        setup.textBox("setup.pin").setText("2580");
        setup.textBox("setup.pinAgain").setText("2580");
        setup.button("setup.save").click();
        KneadWindows app = run.windows().get(60, TimeUnit.SECONDS);
        app.ready().get(60, TimeUnit.SECONDS);
        assertThat(app.stores().clinic().demo()).isFalse();
        assertThat(app.stores().clinic().name()).isEqualTo("Linden Massage");
        FrameFixture kiosk = WindowFinder.findFrame("kiosk").using(robot);
        kiosk.label("kiosk.welcome").requireText("Welcome to Linden Massage");
        // Nothing is priced yet: the kiosk says so plainly when the visitor comes to choose.
        kiosk.button("kiosk.new").click();
        kiosk.textBox("kiosk.name").setText("Early Bird");
        kiosk.textBox("kiosk.phone").setText("555 123 4567");
        KioskDriver driver = new KioskDriver(robot, kiosk);
        driver.set("kiosk.birth.day", "10").set("kiosk.birth.month", "12").set("kiosk.birth.year", "1975");
        driver.tap("kiosk.contact.next").on("bodyMap").quietlyThroughTheForm();
        kiosk.label("kiosk.service.why").requireText("<html>No massage can be chosen here yet. Please ask at the desk.</html>");
        screenshot(kiosk.target(), "setup-2b-kiosk-nothing-priced");

        FrameFixture desk = WindowFinder.findFrame("desk").using(robot);
        // The desk is signed in: the new clinic's only staff member is its owner.
        RunningDesk.signIn(desk, "Jana Roth", "2580");
        desk.button("desk.office").click();
        FrameFixture office = WindowFinder.findFrame("office").using(robot);
        office.textBox("office.pin").enterText("2580");
        office.button("office.unlock").click();
        javax.swing.JButton lock = robot.finder().findByName(office.target(), "office.lock", javax.swing.JButton.class, false);
        waitUntil("the owner's PIN unlocks the office", WAIT, () -> GuiActionRunner.execute(lock::isShowing));
        office.tabbedPane("office.tabs").selectTab("Settings");
        JLabel loaded = office.label("settings.logo").target();
        waitUntil("the settings are read", WAIT, () -> text(loaded).startsWith("No logo"));
        assertThat(office.textBox("settings.name").text()).isEqualTo("Linden Massage");
        office.textBox("settings.roomName").setText("Garden room");
        office.button("settings.addRoom").click();
        JList<?> rooms = office.list("settings.rooms").target();
        waitUntil("the room is listed", WAIT, () -> GuiActionRunner.execute(() -> rooms.getModel().getSize()) == 1);
        office.textBox("settings.kioskIdle").setText("soon");
        office.button("settings.saveKiosk").click();
        JLabel kioskSaid = office.label("settings.said.KIOSK").target();
        waitUntil("a time that is no number is refused", WAIT,
                () -> text(kioskSaid).equals("<html>The idle time must be a whole number of seconds, like 20.</html>"));
        assertThat(office.textBox("settings.kioskIdle").text()).isEqualTo("soon");
        assertThat(office.textBox("settings.deskSignOut").text()).as("the desk's ten minutes, never saved").isEqualTo("10");
        office.textBox("settings.deskSignOut").setText("0");
        office.button("settings.saveDesk").click();
        JLabel deskSaid = office.label("settings.said.DESK").target();
        waitUntil("no minutes at all are refused", WAIT,
                () -> text(deskSaid).equals("<html>The desk's sign-out time must be between 1 and 240 minutes.</html>"));
        assertThat(app.stores().settings().get(com.knead.usecase.DeskSignIn.SIGN_OUT_MINUTES)).isEmpty();
        office.textBox("settings.deskSignOut").setText("25");
        office.button("settings.saveDesk").click();
        waitUntil("the desk's time is saved", WAIT, () -> text(deskSaid).contains("signs out after 25 min untouched"));
        assertThat(app.stores().settings().get(com.knead.usecase.DeskSignIn.SIGN_OUT_MINUTES)).contains("25");
        assertThat(text(kioskSaid)).as("the kiosk's refusal stays beside the kiosk's times").contains("like 20");
        screenshot(office.target(), "setup-3-office-settings");
        assertThat(GuiActionRunner.execute(() -> SeenOnScreen.truncated(office.target()))).as("labels cut off").isEmpty();
        assertThat(app.stores().rooms().all()).extracting(r -> r.name()).containsExactly("Garden room");

        office.tabbedPane("office.tabs").selectTab("Red flags");
        JList<?> flags = office.list("redFlags.rules").target();
        waitUntil("the red-flag rules are read", WAIT, () -> GuiActionRunner.execute(() -> flags.getModel().getSize()) > 0);
        office.textBox("redFlags.code").setText("worst_pain");
        office.textBox("redFlags.reason").setText("Pain at ten out of ten");
        office.textBox("redFlags.when").setText("pain>=lots");
        office.button("redFlags.keep").click();
        JLabel flagSaid = office.label("redFlags.said").target();
        waitUntil("a rule that does not read is refused", WAIT, () -> text(flagSaid).contains("That rule cannot be read."));
        office.textBox("redFlags.when").setText("pain>=10");
        office.textBox("redFlags.sample").setText("NECK=10");
        office.button("redFlags.preview").click();
        waitUntil("the rule is tried on the sample", WAIT, () -> text(flagSaid).contains("These answers raise the flag"));
        screenshot(office.target(), "setup-3b-office-red-flags");

        // The Prices page is another part of the office; the test prices one service directly.
        TestPrices.price(app.stores(), "Swedish", 60, "70.00");
        Path receipt = sellAWalkIn(desk, "Ada Walkin");
        String text = ThinSaleEndToEndTest.pdfText(receipt);
        assertThat(text).contains("Linden Massage", "Swedish, 60 min", "70.00").doesNotContain("DEMO");
    }

    @Test
    void tryingTheDemoGivesReceiptsThatSayDemo() throws Exception {
        FrameFixture setup = WindowFinder.findFrame("setup").withTimeout(WAIT.toMillis()).using(robot);
        setup.button("setup.demo").click();
        KneadWindows app = run.windows().get(60, TimeUnit.SECONDS);
        app.ready().get(60, TimeUnit.SECONDS);
        assertThat(app.stores().clinic().demo()).isTrue();
        FrameFixture desk = WindowFinder.findFrame("desk").using(robot);
        RunningDesk.signIn(desk, com.knead.store.DemoSeed.DEMO_CASHIER, com.knead.store.DemoSeed.DEMO_CASHIER_PIN);

        Path receipt = sellAWalkIn(desk, "Dee Demo");
        assertThat(ThinSaleEndToEndTest.pdfText(receipt)).contains("Knead Demo Clinic", "DEMO — not a real sale");
    }

    /** Checks a walk-in in at the desk for the first service offered, takes cash, and returns the receipt PDF. */
    private Path sellAWalkIn(FrameFixture desk, String client) {
        desk.target().toFront();
        desk.button("desk.checkIn").click();
        DialogFixture checkIn = WindowFinder.findDialog("desk.checkInDialog").withTimeout(WAIT.toMillis()).using(robot);
        waitUntil("the services are listed", WAIT, () -> checkIn.button("checkIn.confirm").target().isEnabled());
        checkIn.textBox("checkIn.name").setText(client);
        checkIn.textBox("checkIn.phone").setText("555 777 1234");
        checkIn.button("checkIn.confirm").click();
        JTable queue = desk.table("desk.queue").target();
        waitUntil("the walk-in is in the queue", WAIT, () -> GuiActionRunner.execute(queue::getRowCount) == 1);
        desk.table("desk.queue").selectRows(0);
        waitUntil(client + " is shown", WAIT, () -> text(desk.label("desk.visitTitle").target()).contains(client));
        String total = text(desk.label("desk.total").target()).replaceAll(".* ", "");
        desk.textBox("desk.cash").setText(total);
        desk.button("desk.finishSale").click();
        JLabel result = desk.label("desk.result").target();
        waitUntil("the sale is saved", WAIT, () -> text(result).startsWith("Receipt 000001 saved"));
        screenshot(desk.target(), "setup-4-desk-sold-" + client.replace(' ', '-'));
        Path receipt = data.resolve("receipts/receipt-000001.pdf");
        waitUntil("the receipt PDF is written", WAIT, () -> java.nio.file.Files.exists(receipt));
        return receipt;
    }
}
