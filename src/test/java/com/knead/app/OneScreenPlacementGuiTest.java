package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Knead's real windows on one counter screen (1366×768, 1920×1080): the desk and the kiosk side by
 * side, both on the screen, neither covering the other, and the kiosk's New here wholly in view.
 */
class OneScreenPlacementGuiTest {

    @TempDir
    Path data;
    private KneadWindows app;

    @AfterEach
    void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
                assertThat(app.exited().get(30, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            ScreenPlacement.pretendScreens();
        }
    }

    /** The showing frame of that name (looked up directly: earlier tests' disposed windows stay listed). */
    private static java.awt.Frame showing(String name) {
        return GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Frame.getFrames())
                .filter(frame -> name.equals(frame.getName()) && frame.isShowing()).findFirst().orElseThrow());
    }

    private static JButton named(java.awt.Container in, String name) {
        for (java.awt.Component child : in.getComponents()) {
            if (child instanceof JButton button && name.equals(button.getName())) {
                return button;
            }
            if (child instanceof java.awt.Container inner) {
                JButton found = named(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1920, 1080"})
    void deskAndKioskSitSideBySideWithoutOverlap(int width, int height) throws Exception {
        Rectangle screen = new Rectangle(0, 0, width, height);
        ScreenPlacement.pretendScreens(screen);
        FailOnThreadViolationRepaintManager.install();
        app = KneadWindows.launch(new KneadWindows.Options(data, false, null, Duration.ofMinutes(5)), () -> { });
        app.ready().get(60, TimeUnit.SECONDS);
        java.awt.Frame kiosk = showing("kiosk");
        java.awt.Frame desk = showing("desk");
        GuiActionRunner.execute(() -> kiosk.isShowing());
        Rectangle kioskBounds = GuiActionRunner.execute(() -> kiosk.getBounds());
        Rectangle deskBounds = GuiActionRunner.execute(() -> desk.getBounds());
        com.knead.ui.GuiTesting.screenshot(kiosk, "one-screen-" + width + "x" + height + "-kiosk");
        com.knead.ui.GuiTesting.screenshot(desk, "one-screen-" + width + "x" + height + "-desk");
        assertThat(screen.contains(kioskBounds)).as("the kiosk %s is on the screen", kioskBounds).isTrue();
        assertThat(screen.contains(deskBounds)).as("the desk %s is on the screen", deskBounds).isTrue();
        assertThat(kioskBounds.intersects(deskBounds)).as("desk %s and kiosk %s overlap", deskBounds, kioskBounds)
                .isFalse();
        assertThat(deskBounds.x).as("the desk on the left").isLessThan(kioskBounds.x);
        // New here and I've been before, wholly on the kiosk and not under the desk.
        for (String name : new String[] {"kiosk.new", "kiosk.returning"}) {
            JButton button = GuiActionRunner.execute(() -> named(kiosk, name));
            Rectangle onScreen = GuiActionRunner.execute(() -> new Rectangle(button.getLocationOnScreen(),
                    button.getSize()));
            assertThat(onScreen.intersects(deskBounds)).as(name + " under the desk").isFalse();
            assertThat(kioskBounds.contains(onScreen)).as(name + " cut off by the kiosk's edge").isTrue();
            assertThat(GuiActionRunner.execute(button::getVisibleRect).getSize()).isEqualTo(button.getSize());
        }
    }
}
