package com.knead.ui;

import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.KneadWindows;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractButton;
import javax.swing.JScrollPane;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finger swipe on the kiosk's health list (the longest; the kiosk at 1024×768) scrolls it, the list glides on after
 * the finger lifts, and the answer the swipe began on is not tapped.
 */
class KioskSwipeGuiTest {

    @TempDir
    Path data;

    @Test
    void aSwipeScrollsTheHealthListWithMomentumAndTapsNothing() throws Exception {
        try (RunningKiosk running = RunningKiosk.launch(new KneadWindows.Options(data, false, null,
                Duration.ofMinutes(5)))) {
            KioskDriver kiosk = running.kiosk();
            Robot robot = running.robot();
            kiosk.newVisitor("Sam Swipe", "5550001111", "1", "2", "1980");
            kiosk.tap("kiosk.bodyMap.next").on("pain").tap("kiosk.pain.next").on("health");
            // A 1024×768 kiosk: the health list is longer than its screen.
            GuiActionRunner.execute(() -> {
                kiosk.kiosk().target().setBounds(0, 0, 1024, 768);
                kiosk.kiosk().target().validate();
            });
            robot.waitForIdle();
            Container page = (Container) robot.finder().findByName(kiosk.kiosk().target(), "kiosk.page.health", false);
            JScrollPane scroll = GuiActionRunner.execute(() -> firstScroll(page));
            assertThat(scroll).as("the health list scrolls").isNotNull();
            java.util.List<Boolean> chosenBefore = GuiActionRunner.execute(() -> chosen(scroll.getViewport()));
            assertThat(position(scroll)).isZero();
            int room = GuiActionRunner.execute(() -> scroll.getViewport().getView().getHeight()
                    - scroll.getViewport().getExtentSize().height);
            assertThat(room).as("the list has more than a swipe to scroll").isGreaterThan(140);

            // A finger near the bottom of the list (on an answer or between two), moved up 120 px on
            // the screen in small steps, then lifted.
            Point start = GuiActionRunner.execute(() -> {
                Point corner = scroll.getViewport().getLocationOnScreen();
                return new Point(corner.x + scroll.getViewport().getWidth() / 3,
                        corner.y + scroll.getViewport().getHeight() - 30);
            });
            robot.moveMouse(start);
            robot.pressMouse(MouseButton.LEFT_BUTTON);
            for (int step = 1; step <= 10; step++) {
                robot.moveMouse(new Point(start.x, start.y - 12 * step));
            }
            int atRelease = position(scroll);
            robot.releaseMouse(MouseButton.LEFT_BUTTON);
            assertThat(atRelease).as("the list followed the finger").isBetween(90, 130);

            AtomicInteger last = new AtomicInteger(-1);
            waitUntil("the glide comes to a stop", Duration.ofSeconds(10), () -> {
                int now = scroll.getViewport().getViewPosition().y;
                return now == last.getAndSet(now);
            });
            int settled = position(scroll);
            int most = GuiActionRunner.execute(() -> scroll.getViewport().getView().getHeight()
                    - scroll.getViewport().getExtentSize().height);
            assertThat(settled).as("it glided on after the finger lifted").isGreaterThan(atRelease)
                    .isLessThanOrEqualTo(most);
            assertThat(GuiActionRunner.execute(() -> chosen(scroll.getViewport()))).as("a swipe is not a tap")
                    .isEqualTo(chosenBefore);
            GuiTesting.screenshot(kiosk.kiosk().target(), "kiosk-swipe-health");
        }
    }

    private static int position(JScrollPane scroll) {
        return GuiActionRunner.execute(() -> scroll.getViewport().getViewPosition().y);
    }

    private static JScrollPane firstScroll(Container in) {
        for (Component child : in.getComponents()) {
            if (child instanceof JScrollPane scroll) {
                return scroll;
            }
            if (child instanceof Container inner) {
                JScrollPane found = firstScroll(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Whether each answer button in the list is chosen, in order. */
    private static java.util.List<Boolean> chosen(Container in) {
        java.util.List<Boolean> all = new java.util.ArrayList<>();
        for (Component child : in.getComponents()) {
            if (child instanceof AbstractButton button) {
                all.add(button.isSelected());
            } else if (child instanceof Container inner) {
                all.addAll(chosen(inner));
            }
        }
        return all;
    }
}
