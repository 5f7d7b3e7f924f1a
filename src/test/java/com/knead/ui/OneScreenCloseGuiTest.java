package com.knead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.KneadWindows;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the windows on an ordinary (not kiosk-mode) screen: the kiosk's close button says how to
 * leave instead of doing nothing; the desk's asks before it quits Knead, kiosk and all.
 */
class OneScreenCloseGuiTest {

    private static final long WAIT = Duration.ofSeconds(20).toMillis();

    @TempDir
    Path data;
    private Robot robot;
    private KneadWindows app;

    @BeforeEach
    void start() throws Exception {
        FailOnThreadViolationRepaintManager.install();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        app = KneadWindows.launch(new KneadWindows.Options(data, false, null, Duration.ofMinutes(5)), () -> { });
        app.ready().get(60, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            app.close();
            assertThat(app.exited().get(30, TimeUnit.SECONDS)).isZero();
        } finally {
            robot.cleanUp();
        }
    }

    @Test
    void closingTheKioskWindowSaysHowToLeave() {
        FrameFixture kiosk = WindowFinder.findFrame("kiosk").using(robot);
        kiosk.close();
        DialogFixture told = WindowFinder.findDialog("kiosk.howToLeave").withTimeout(WAIT).using(robot);
        assertThat(told.label("kiosk.howToLeave.text").target().getText()).contains("close the front desk");
        GuiTesting.screenshot(told.target(), "kiosk-close-how-to-leave");
        told.button("kiosk.howToLeave.ok").click();
        kiosk.requireVisible();
        assertThat(app.exited()).isNotDone();
    }

    @Test
    void closingTheDeskAsksFirstAndKeepsKneadOpenWhenTheAnswerIsNo() throws Exception {
        FrameFixture desk = WindowFinder.findFrame("desk").using(robot);
        desk.close();
        DialogFixture asked = WindowFinder.findDialog("knead.quit").withTimeout(WAIT).using(robot);
        GuiTesting.screenshot(asked.target(), "desk-close-asks");
        asked.button("knead.quit.keep").click();
        desk.requireVisible();
        WindowFinder.findFrame("kiosk").using(robot).requireVisible();
        assertThat(app.exited()).isNotDone();

        desk.close();
        WindowFinder.findDialog("knead.quit").withTimeout(WAIT).using(robot).button("knead.quit.yes").click();
        assertThat(app.exited().get(30, TimeUnit.SECONDS)).isZero();
    }
}
