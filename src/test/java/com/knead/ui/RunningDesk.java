package com.knead.ui;

import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.KneadWindows;
import com.knead.store.DemoSeed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;

/**
 * Knead's real windows started on a data folder for a desk test, with AssertJ Swing's
 * thread-violation checker and a robot, once the desk's queue shows the visits recorded before and
 * someone signed in at the desk (the demo cashier Riley Brooks unless told); signing in; ways to
 * pick a visit in the queue; {@link #close} waits for Knead to exit cleanly.
 */
final class RunningDesk implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final Robot robot;
    private final KneadWindows app;
    private final FrameFixture desk;

    private RunningDesk(Robot robot, KneadWindows app) {
        this.robot = robot;
        this.app = app;
        this.desk = WindowFinder.findFrame("desk").using(robot);
    }

    /** Starts Knead on {@code data}, waits until the queue lists {@code visits} visits, and signs Riley in. */
    static RunningDesk launch(Path data, int visits) throws Exception {
        return launch(data, visits, DemoSeed.DEMO_CASHIER, DemoSeed.DEMO_CASHIER_PIN);
    }

    /** The same, signing {@code name} in with {@code pin}; a null name leaves the desk on its sign-in card. */
    static RunningDesk launch(Path data, int visits, String name, String pin) throws Exception {
        FailOnThreadViolationRepaintManager.install();
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        KneadWindows app = KneadWindows.launch(new KneadWindows.Options(data, false, null, Duration.ofMinutes(5)), () -> { });
        app.ready().get(60, TimeUnit.SECONDS);
        RunningDesk running = new RunningDesk(robot, app);
        // Behind the sign-in card the queue is not showing yet, but it reads the visits all the same.
        JTable queue = robot.finder().findByName(running.desk.target(), "desk.queue", JTable.class, false);
        waitUntil("the " + visits + " visits are in the queue", WAIT, () -> queue.getRowCount() == visits);
        if (name != null) {
            signIn(running.desk, name, pin);
        }
        return running;
    }

    /**
     * Signs {@code name} in on the desk's sign-in card (tap the name, the PIN set in its box, Sign in)
     * and waits until the desk shows, its header naming them.
     */
    static void signIn(FrameFixture desk, String name, String pin) {
        desk.panel("desk.signInCard").requireVisible();
        desk.toggleButton("signIn.name." + name).click();
        desk.textBox("signIn.pin").setText(pin);
        desk.button("signIn.submit").click();
        JLabel header = desk.robot().finder().findByName(desk.target(), "desk.signedIn", JLabel.class, false);
        waitUntil(name + " is signed in", WAIT, () -> header.isShowing() && header.getText().equals("Signed in: " + name));
    }

    Robot robot() {
        return robot;
    }

    /** The running Knead's open stores, to read back what the windows recorded. */
    com.knead.store.Stores stores() {
        return app.stores();
    }

    FrameFixture desk() {
        return desk;
    }

    /** Selects the client's visit in the queue and waits until the checkout shows it. */
    void select(String client) {
        desk.table("desk.queue").selectRows(rowOf(client));
        waitUntil(client + " is shown", WAIT, () -> text(desk.label("desk.visitTitle").target()).contains(client));
    }

    /** The queue's row of the client's visit. */
    int rowOf(String client) {
        JTable table = desk.table("desk.queue").target();
        return GuiActionRunner.execute(() -> {
            for (int row = 0; row < table.getRowCount(); row++) {
                if (String.valueOf(table.getValueAt(row, 1)).startsWith(client)) {
                    return row;
                }
            }
            throw new AssertionError(client + " is not in the queue");
        });
    }

    /** What the queue shows in {@code column} of the client's visit. */
    String cell(String client, int column) {
        JTable table = desk.table("desk.queue").target();
        int row = rowOf(client);
        return GuiActionRunner.execute(() -> String.valueOf(table.getValueAt(row, column)));
    }

    @Override
    public void close() throws Exception {
        try {
            app.close();
            assertThat(app.exited().get(30, TimeUnit.SECONDS)).isZero();
        } finally {
            robot.cleanUp();
        }
    }
}
