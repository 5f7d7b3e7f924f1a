package com.knead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.KneadWindows;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.finder.WindowFinder;

/**
 * Knead's real windows started for a kiosk test, with AssertJ Swing's thread-violation checker
 * and a robot, and a driver for the kiosk window; {@link #close} waits for Knead to exit cleanly.
 */
final class RunningKiosk implements AutoCloseable {

    private final Robot robot;
    private KneadWindows app;
    private final KioskDriver kiosk;

    private RunningKiosk(Robot robot, KneadWindows app) {
        this.robot = robot;
        this.app = app;
        this.kiosk = new KioskDriver(robot, WindowFinder.findFrame("kiosk").using(robot));
    }

    static RunningKiosk launch(KneadWindows.Options options) throws Exception {
        FailOnThreadViolationRepaintManager.install();
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        try {
            KneadWindows app = KneadWindows.launch(options, () -> { });
            app.ready().get(60, TimeUnit.SECONDS);
            return new RunningKiosk(robot, app);
        } catch (Exception | Error e) {
            // The robot holds AssertJ Swing's screen lock: without this the next test waits for it for ever.
            robot.cleanUp();
            throw e;
        }
    }

    Robot robot() {
        return robot;
    }

    KioskDriver kiosk() {
        return kiosk;
    }

    /** Closes Knead (once) and checks it exited cleanly; the robot stays until {@link #close}. */
    void closeKnead() throws Exception {
        if (app != null) {
            KneadWindows closing = app;
            app = null;
            closing.close();
            assertThat(closing.exited().get(30, TimeUnit.SECONDS)).isZero();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            closeKnead();
        } finally {
            robot.cleanUp();
        }
    }
}
