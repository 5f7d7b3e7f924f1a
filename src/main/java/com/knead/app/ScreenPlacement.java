package com.knead.app;

import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import org.slf4j.LoggerFactory;

/**
 * Puts the kiosk and the desk on the right screens: with two screens the kiosk goes to the second
 * (the touch screen facing the door) and the desk stays on the first, unless told otherwise. On one
 * screen they sit side by side, the desk on the left half and the kiosk on the right, not overlapping.
 */
final class ScreenPlacement {

    /** Where the desk and the kiosk go on one screen shared by both. */
    record Split(Rectangle desk, Rectangle kiosk) {
    }

    /** The screens to place on instead of this computer's, when a test says so; null for the real ones. */
    private static volatile Rectangle[] pretended;

    private ScreenPlacement() {
    }

    /** For tests: places windows as if this computer had these screens (the first the default); none for the real ones. */
    static void pretendScreens(Rectangle... screens) {
        pretended = screens.length == 0 ? null : screens.clone();
    }

    private static Rectangle[] screens() {
        Rectangle[] pretend = pretended;
        if (pretend != null) {
            return pretend.clone();
        }
        GraphicsDevice[] devices = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        Rectangle[] bounds = new Rectangle[devices.length];
        GraphicsDevice main = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
        for (int i = 0; i < devices.length; i++) {
            bounds[i] = devices[i].getDefaultConfiguration().getBounds();
        }
        // The default screen first: the desk's.
        for (int i = 0; i < devices.length; i++) {
            if (devices[i] == main && i != 0) {
                Rectangle first = bounds[0];
                bounds[0] = bounds[i];
                bounds[i] = first;
            }
        }
        return bounds;
    }

    /** One screen for both: the desk its left half, the kiosk the rest; they touch but never overlap. */
    static Split sideBySide(Rectangle screen) {
        int deskWidth = screen.width / 2;
        return new Split(new Rectangle(screen.x, screen.y, deskWidth, screen.height),
                new Rectangle(screen.x + deskWidth, screen.y, screen.width - deskWidth, screen.height));
    }

    /** @param requested 1-based screen number, or null for "the second screen if there is one" */
    static Rectangle kioskScreen(Integer requested) {
        Rectangle[] screens = screens();
        int index = screens.length > 1 ? 1 : 0;
        if (requested != null) {
            index = Math.min(Math.max(requested, 1), screens.length) - 1;
            if (requested != index + 1) {
                LoggerFactory.getLogger(ScreenPlacement.class).warn("Screen {} was asked for the kiosk, but this computer has {}; using screen {}",
                        requested, screens.length, index + 1);
            }
        }
        return screens[index];
    }

    static Rectangle deskScreen() {
        return screens()[0];
    }

    /** Puts a window against the left or right edge of a screen, vertically centred, shrunk to fit. */
    static void edge(Window window, Rectangle screen, boolean right) {
        int width = Math.min(window.getWidth(), screen.width);
        int height = Math.min(window.getHeight(), screen.height);
        int x = right ? screen.x + screen.width - width : screen.x;
        window.setBounds(x, screen.y + (screen.height - height) / 2, width, height);
    }

    /** Centres a window on a screen, shrinking it to fit. */
    static void centre(Window window, Rectangle screen) {
        int width = Math.min(window.getWidth(), screen.width);
        int height = Math.min(window.getHeight(), screen.height);
        window.setBounds(screen.x + (screen.width - width) / 2, screen.y + (screen.height - height) / 2, width, height);
    }
}
