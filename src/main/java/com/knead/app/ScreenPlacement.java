package com.knead.app;

import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import org.slf4j.LoggerFactory;

/**
 * Puts the kiosk and the desk on the right screens: with two screens the kiosk goes to the second
 * (the touch screen facing the door) and the desk stays on the first, unless told otherwise.
 */
final class ScreenPlacement {

    private ScreenPlacement() {
    }

    /** @param requested 1-based screen number, or null for "the second screen if there is one" */
    static Rectangle kioskScreen(Integer requested) {
        GraphicsDevice[] screens = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        int index = screens.length > 1 ? 1 : 0;
        if (requested != null) {
            index = Math.min(Math.max(requested, 1), screens.length) - 1;
            if (requested != index + 1) {
                LoggerFactory.getLogger(ScreenPlacement.class).warn("Screen {} was asked for the kiosk, but this computer has {}; using screen {}",
                        requested, screens.length, index + 1);
            }
        }
        return screens[index].getDefaultConfiguration().getBounds();
    }

    static Rectangle deskScreen() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
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
