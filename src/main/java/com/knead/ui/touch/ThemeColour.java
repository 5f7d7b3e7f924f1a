package com.knead.ui.touch;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.swing.UIManager;

/**
 * A colour from Knead's theme file. With the theme installed it is the look and feel's; without it
 * (an intake summary made from the command line, with no window) it is read from the same file, so
 * the colour has one home either way.
 */
final class ThemeColour {

    private static final String FILE = "/com/knead/ui/theme/FlatLaf.properties";
    private static Properties file;

    private ThemeColour() {
    }

    /** The theme's colour {@code key}; fails loudly when the file lacks it, rather than drawing a guess. */
    static Color of(String key) {
        Color installed = UIManager.getColor(key);
        return installed != null ? installed : Color.decode(resolve(key, fromFile()));
    }

    private static String resolve(String key, Properties theme) {
        String value = theme.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("The theme file has no colour " + key);
        }
        value = value.trim();
        // "@kioskInk" names another entry of the file.
        return value.startsWith("@") ? resolve(value, theme) : value;
    }

    private static synchronized Properties fromFile() {
        if (file == null) {
            Properties read = new Properties();
            try (InputStream in = ThemeColour.class.getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IllegalStateException("The theme file " + FILE + " is missing");
                }
                read.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("The theme file could not be read", e);
            }
            file = read;
        }
        return file;
    }
}
