package com.knead.ui;

import java.awt.Component;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** Waiting on what the screen shows (never sleeping) and saving screenshots for people to look at. */
public final class GuiTesting {

    private GuiTesting() {
    }

    /** Folder for screenshots: target/screenshots when run by Maven. */
    public static Path screenshots() {
        Path folder = Path.of(System.getProperty("knead.test.output", "target"), "screenshots");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    public static void screenshot(Component component, String name) {
        new ScreenshotTaker().saveComponentAsPng(component, fresh(name));
    }

    /** The whole screen, for windows seen together (a dialog over a window that has just opened). */
    public static void screenshotDesktop(String name) {
        new ScreenshotTaker().saveDesktopAsPng(fresh(name));
    }

    private static String fresh(String name) {
        Path file = screenshots().resolve(name + ".png");
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    /** Waits until {@code check} (run on the EDT) is true, failing with {@code what} after the timeout. */
    public static void waitUntil(String what, Duration timeout, Supplier<Boolean> check) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(check::get);
            }
        }, Timeout.timeout(timeout.toMillis()));
    }

    public static String text(JLabel label) {
        return GuiActionRunner.execute(label::getText);
    }

    public static String text(javax.swing.text.JTextComponent field) {
        return GuiActionRunner.execute(() -> field.getText());
    }
}
