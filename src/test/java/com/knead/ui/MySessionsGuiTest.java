package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.desk.TherapistDayController;
import com.knead.control.kiosk.MovingClock;
import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.Signature;
import com.knead.domain.Visit;
import com.knead.report.ReportTemplates;
import com.knead.store.DemoFolder;
import com.knead.store.DemoSeed;
import com.knead.store.Stores;
import com.knead.ui.common.SwingTasks;
import com.knead.ui.common.Theme;
import com.knead.ui.desk.DeskFrame;
import com.knead.ui.touch.BodyMapPicture;
import com.knead.usecase.DeskServices;
import java.awt.Window;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JList;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "My sessions" on the real desk over a real H2 folder and a clock the test moves: walked away from,
 * and written by taps only in touch mode.
 * <p>Walked away from:
 * Riley keeps the desk busy while Maya reads Nora's red flag and starts her note; eleven minutes after
 * Maya's last touch (the desk's sign-out time is ten) the window has closed by itself, though Riley is
 * still signed in. Opened again, it shows nothing of Nora's until Maya types her PIN, and then her
 * unsigned note comes back; the desk signing out closes it the same way, and keeps the note again.
 */
class MySessionsGuiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;

    private final MovingClock clock = new MovingClock();
    private Stores stores;
    private Robot robot;
    private FrameFixture desk;

    @BeforeEach
    void nora() {
        FailOnThreadViolationRepaintManager.install();
        stores = DemoFolder.open(data);
        PriceList prices = stores.catalog().priceListOn(stores.clinic().businessDay(clock.instant()));
        Modality swedish = prices.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow();
        Visit nora = stores.intakes().checkIn(new KioskCheckIn(ClientDetails.of("Nora Quinn", "555 400 0001", "", "1",
                "2", "1970", stores.clinic().businessDay(clock.instant())), Optional.empty(),
                new IntakeAnswers(Map.of("blood_clots", "yes"), Map.of(BodyRegion.LOWER_BACK, 6)),
                Optional.of(new Signature(new byte[] {1}, clock.instant())), swedish,
                prices.price(swedish.id(), 60).orElseThrow()), stores.intakes().form(), clock.instant());
        stores.visits().assign(nora.id(), stores.staff().active().stream().filter(m -> m.name().equals(DemoSeed.DEMO_MAYA))
                .findFirst().orElseThrow().id(), "Room 1");
    }

    private void openDesk() {
        DeskServices services = DeskServices.over(stores, new ReportTemplates(), BodyMapPicture::image, clock);
        SwingTasks tasks = new SwingTasks();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        DeskFrame frame = GuiActionRunner.execute(() -> {
            Theme.install();
            DeskFrame made = new DeskFrame(services, tasks, () -> { }, clock);
            made.setLocation(0, 0);
            made.setVisible(true);
            made.startQueue();
            return made;
        });
        desk = new FrameFixture(robot, frame);
        RunningDesk.signIn(desk, DemoSeed.DEMO_CASHIER, DemoSeed.DEMO_CASHIER_PIN);
    }

    @AfterEach
    void close() {
        try {
            if (desk != null) {
                desk.cleanUp();
            }
        } finally {
            stores.close();
        }
    }

    private DialogFixture mySessionsAsMaya() {
        desk.button("desk.mySessions").click();
        DialogFixture day = WindowFinder.findDialog("desk.therapistDay").withTimeout(WAIT.toMillis()).using(robot);
        // Beside the desk, so a tap on the desk lands on the desk and not on this window.
        GuiActionRunner.execute(() -> day.target().setLocation(1100, 0));
        waitUntil("the therapists are listed", WAIT, () -> text(day.textBox("day.sentence").target())
                .equals("Choose yourself and type your PIN."));
        assertThat(text(day.textBox("day.reading").target())).isEmpty();
        day.comboBox("day.therapist").selectItem(DemoSeed.DEMO_MAYA);
        day.textBox("day.chooserPin").setText(DemoSeed.DEMO_MAYA_PIN);
        day.button("day.itsMe").click();
        JList<?> visits = day.list("day.visits").target();
        waitUntil("Maya's visits are listed", WAIT, () -> row(visits, "Nora Quinn") >= 0);
        day.list("day.visits").clickItem(row(visits, "Nora Quinn"));
        waitUntil("Nora's visit is open", WAIT, () -> text(day.textBox("day.reading").target())
                .contains("Red flags: Blood clots"));
        return day;
    }

    private static int row(JList<?> list, String client) {
        return GuiActionRunner.execute(() -> {
            for (int i = 0; i < list.getModel().getSize(); i++) {
                if (String.valueOf(list.getModel().getElementAt(i)).contains(client)) {
                    return i;
                }
            }
            return -1;
        });
    }

    private boolean mySessionsShowing() {
        return GuiActionRunner.execute(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && "desk.therapistDay".equals(d.getName()) && d.isShowing()) {
                    return true;
                }
            }
            return false;
        });
    }

    private void keptNoteIsBack(DialogFixture day) {
        waitUntil("the kept note is said", WAIT, () -> text(day.textBox("day.sentence").target())
                .equals(TherapistDayController.KEPT));
        assertThat(GuiActionRunner.execute(() -> day.toggleButton("day.area.LOWER_BACK").target().isSelected())).isTrue();
        assertThat(text(day.textBox("day.freeText").target())).isEqualTo("Left calf tender");
    }

    @Test
    void mySessionsClosesWhenMayaWalksAwayAndWhenTheDeskSignsOutKeepingHerNoteForHerAlone() {
        openDesk();
        DialogFixture day = mySessionsAsMaya();
        day.toggleButton("day.area.LOWER_BACK").click();
        day.textBox("day.freeText").enterText("Left calf tender");

        clock.pass(Duration.ofMinutes(9));
        // Riley goes on using the desk, so the desk itself never idles; only Maya's window does.
        desk.label("desk.signedIn").click();
        clock.pass(Duration.ofMinutes(2));
        waitUntil("My sessions closes by itself", WAIT, () -> !mySessionsShowing());
        assertThat(text(desk.label("desk.signedIn").target())).isEqualTo("Signed in: " + DemoSeed.DEMO_CASHIER);
        screenshot(desk.target(), "therapist-day-walked-away");

        day = mySessionsAsMaya();
        keptNoteIsBack(day);
        screenshot(day.target(), "therapist-day-note-kept");

        desk.button("desk.signOut").click();
        waitUntil("signing out closes My sessions", WAIT, () -> !mySessionsShowing());
        RunningDesk.signIn(desk, DemoSeed.DEMO_CASHIER, DemoSeed.DEMO_CASHIER_PIN);
        day = mySessionsAsMaya();
        keptNoteIsBack(day);
        day.close();
    }

    private static void tap(DialogFixture day, String keys) {
        for (char c : keys.toCharArray()) {
            day.button("key." + c).click();
        }
    }

    /** Whether {@code c} lies wholly inside the visible part of the window's scroll pane. */
    private static boolean wholeInSight(DialogFixture day, java.awt.Component c) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JViewport viewport = ((javax.swing.JScrollPane) ((JDialog) day.target()).getContentPane()).getViewport();
            java.awt.Rectangle r = javax.swing.SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), viewport);
            return c.isShowing() && new java.awt.Rectangle(viewport.getExtentSize()).contains(r);
        });
    }

    /** "" when the window's content is no wider than what it shows; otherwise the widths, and the widest parts. */
    private static String fitsAcross(DialogFixture day) {
        javax.swing.JViewport viewport = ((javax.swing.JScrollPane) ((JDialog) day.target()).getContentPane()).getViewport();
        java.awt.Component view = viewport.getView();
        if (view.getWidth() <= viewport.getExtentSize().width) {
            return "";
        }
        StringBuilder parts = new StringBuilder();
        for (java.awt.Component c : ((java.awt.Container) view).getComponents()) {
            parts.append(' ').append(c.getClass().getSimpleName()).append(c.getName() == null ? "" : "/" + c.getName())
                    .append('=').append(c.getWidth()).append("(pref ").append(c.getPreferredSize().width).append(')');
        }
        return "content " + view.getWidth() + " px in a view of " + viewport.getExtentSize().width + " px:" + parts;
    }

    @Test
    void inTouchModeMayaWritesAndSignsHerNoteByTapsOnlyAndTheKeyboardAndSignFitAt1280x800() {
        com.knead.domain.StaffMember owner = stores.staff().active().stream()
                .filter(m -> m.name().equals(DemoSeed.DEMO_OWNER)).findFirst().orElseThrow();
        new com.knead.usecase.ClinicSettings(stores, clock).changeTouchMode(owner, true);
        openDesk();
        desk.button("desk.mySessions").click();
        DialogFixture day = WindowFinder.findDialog("desk.therapistDay").withTimeout(WAIT.toMillis()).using(robot);
        GuiActionRunner.execute(() -> day.target().setBounds(1100, 0, 1280, 800));
        waitUntil("the therapists are listed", WAIT, () -> text(day.textBox("day.sentence").target())
                .equals("Choose yourself and type your PIN."));
        assertThat(GuiActionRunner.execute(() -> day.panel("day.keys").target().isShowing())).isTrue();
        day.comboBox("day.therapist").selectItem(DemoSeed.DEMO_MAYA);
        day.textBox("day.chooserPin").click();
        tap(day, DemoSeed.DEMO_MAYA_PIN);
        day.button("day.itsMe").click();
        JList<?> visits = day.list("day.visits").target();
        waitUntil("Maya's visits are listed", WAIT, () -> row(visits, "Nora Quinn") >= 0);
        day.list("day.visits").clickItem(row(visits, "Nora Quinn"));
        waitUntil("Nora's visit is open", WAIT, () -> text(day.textBox("day.reading").target()).contains("Red flags"));
        day.toggleButton("day.area.LOWER_BACK").click();
        day.toggleButton("day.technique.Swedish").click();
        day.toggleButton("day.pressure.LIGHT").click();
        day.button("day.response.Relaxed").click();
        day.toggleButton("day.plan.2").click();
        day.textBox("day.freeText").click();
        tap(day, "OK");
        day.textBox("day.pin").click();
        tap(day, DemoSeed.DEMO_MAYA_PIN);
        screenshot(day.target(), "therapist-day-touch-1280x800");
        assertThat(wholeInSight(day, day.panel("day.keys").target())).as("the keyboard is whole in sight").isTrue();
        assertThat(wholeInSight(day, day.button("day.sign").target())).as("Sign is whole in sight").isTrue();
        assertThat(GuiActionRunner.execute(() -> fitsAcross(day))).as("nothing runs past the window's right edge").isEqualTo("");
        day.button("day.sign").click();
        waitUntil("the note is signed", WAIT, () -> text(day.textBox("day.sentence").target())
                .startsWith("Signed and locked."));
        com.knead.domain.SessionNote kept = stores.notes().forClient(stores.clients().find("Nora").get(0).id()).get(0);
        assertThat(kept.areas()).containsExactly(BodyRegion.LOWER_BACK);
        assertThat(kept.response()).isEqualTo("Relaxed");
        assertThat(kept.rebookWeeks()).isEqualTo(2);
        assertThat(kept.text()).isEqualTo("Ok");
        day.close();
    }
}
