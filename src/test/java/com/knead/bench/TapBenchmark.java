package com.knead.bench;

import com.knead.app.KneadWindows;
import com.knead.domain.BodyRegion;
import com.knead.ui.touch.BodyMap;
import java.awt.Component;
import java.awt.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.swing.JComponent;
import javax.swing.JLabel;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Taps benchmark: a scripted check-in through the real kiosk window, every letter and digit typed
 * on the kiosk's own keyboard, counting the taps (keys, fields, choices, buttons, the signature
 * stroke) and the seconds from New here (or I've been before) to "You're checked in":
 * <ul>
 *   <li>a new visitor with one pain area (name, phone, date of birth, no email; the questions left
 *       as they come; goal ≤ 40 taps besides the keys);</li>
 *   <li>that visitor again, nothing changed (goal ≤ 8 taps besides the keys).</li>
 * </ul>
 * The seconds are the robot's (about a tenth of a second a tap), not a person's.
 * Run with {@code scripts/bench-taps}; it needs a display (Xvfb will do).
 */
public final class TapBenchmark {

    private static final Timeout WAIT = Timeout.timeout(20_000);

    private final Robot robot;
    private final FrameFixture kiosk;
    private int keys;
    private int taps;

    private TapBenchmark(Robot robot, FrameFixture kiosk) {
        this.robot = robot;
        this.kiosk = kiosk;
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("knead-tap-bench");
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        KneadWindows app = KneadWindows.launch(new KneadWindows.Options(data, false, null, Duration.ofSeconds(1)),
                () -> { });
        int code = 0;
        try {
            app.ready().get(60, TimeUnit.SECONDS);
            FrameFixture kiosk = WindowFinder.findFrame("kiosk").using(robot);
            TapBenchmark bench = new TapBenchmark(robot, kiosk);
            bench.report("New visitor, one pain area", bench.newVisitor(), 40);
            bench.report("Returning visitor, nothing changed", bench.returningVisitor(), 8);
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            code = 1;
        } finally {
            app.close();
            app.exited().get(30, TimeUnit.SECONDS);
            robot.cleanUp();
        }
        System.exit(code);
    }

    private void report(String what, double seconds, int goal) {
        int besides = taps;
        System.out.printf("%-36s %3d taps besides keys (goal <= %d: %s), %3d keys, %3d in all, %.1f s%n", what,
                besides, goal, besides <= goal ? "met" : "MISSED", keys, besides + keys, seconds);
        taps = 0;
        keys = 0;
    }

    private double newVisitor() {
        on("welcome");
        long start = System.nanoTime();
        tap("kiosk.new");
        on("contact");
        type("kiosk.name", "ada lovelace");
        type("kiosk.phone", "5551234567");
        type("kiosk.birth.day", "10");
        type("kiosk.birth.month", "12");
        type("kiosk.birth.year", "1975");
        tap("kiosk.contact.next");
        on("bodyMap");
        BodyMap map = (BodyMap) robot.finder().findByName(kiosk.target(), "kiosk.bodyMap", false);
        Point at = GuiActionRunner.execute(() -> map.centreOf(BodyRegion.LOWER_BACK));
        taps++;
        robot.click(map, at, MouseButton.LEFT_BUTTON, 1);
        // The 0 to 10 are toggles (one choice each), not plain buttons.
        taps++;
        kiosk.toggleButton("kiosk.pain.6").click();
        tap("kiosk.bodyMap.next");
        on("pain");
        tap("kiosk.pain.next");
        on("health");
        tap("kiosk.health.next");
        on("preferences");
        tap("kiosk.preferences.next");
        on("consent");
        sign();
        tap("kiosk.consent.next");
        on("service");
        choose("kiosk.service.SWEDISH.60");
        on("review");
        tap("kiosk.review.next");
        checkedIn();
        double seconds = (System.nanoTime() - start) / 1e9;
        tap("kiosk.done");
        return seconds;
    }

    private double returningVisitor() {
        on("welcome");
        long start = System.nanoTime();
        tap("kiosk.returning");
        on("returning");
        type("kiosk.returning.phone", "5551234567");
        type("kiosk.returning.birth.day", "10");
        type("kiosk.returning.birth.month", "12");
        type("kiosk.returning.birth.year", "1975");
        tap("kiosk.returning.next");
        on("changed");
        tap("kiosk.changed.first");
        on("health");
        tap("kiosk.health.next");
        on("service");
        choose("kiosk.service.SWEDISH.60");
        on("review");
        tap("kiosk.review.next");
        checkedIn();
        return (System.nanoTime() - start) / 1e9;
    }

    private void tap(String name) {
        taps++;
        kiosk.button(name).click();
    }

    /** Taps the field (unless the screen already put the caret there) and types on the kiosk's keys. */
    private void type(String field, String text) {
        javax.swing.text.JTextComponent box = kiosk.textBox(field).target();
        if (!GuiActionRunner.execute(box::isFocusOwner)) {
            taps++;
            kiosk.textBox(field).click();
        }
        for (char c : text.toCharArray()) {
            keys++;
            String key = c == ' ' ? "key.space" : "key." + Character.toUpperCase(c);
            kiosk.button(key).click();
        }
    }

    private void choose(String name) {
        javax.swing.JButton button = kiosk.button(name).target();
        GuiActionRunner.execute(() -> button.scrollRectToVisible(new java.awt.Rectangle(button.getSize())));
        tap(name);
    }

    private void sign() {
        taps++;
        JComponent pad = (JComponent) robot.finder().findByName(kiosk.target(), "kiosk.signature", false);
        robot.pressMouse(pad, new Point(60, 80), MouseButton.LEFT_BUTTON);
        robot.moveMouse(pad, new Point(160, 130));
        robot.moveMouse(pad, new Point(260, 70));
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
    }

    private void checkedIn() {
        on("checkedIn");
        JLabel number = kiosk.label("kiosk.number").target();
        until("the queue number", () -> !number.getText().isBlank());
    }

    private void on(String page) {
        Component target = robot.finder().findByName(kiosk.target(), "kiosk.page." + page, false);
        until("the " + page + " screen", target::isShowing);
        robot.waitForIdle();
    }

    private static void until(String what, java.util.function.Supplier<Boolean> check) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(check::get);
            }
        }, WAIT);
    }
}
