package com.knead.ui.common;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.JComponent;

/** Installs FlatLaf with Knead's theme file ({@code com/knead/ui/theme/FlatLaf.properties}). */
public final class Theme {

    private Theme() {
    }

    private static boolean installed;

    /** Call on the Event Dispatch Thread before the first window is made; later calls do nothing. */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        FlatLaf.registerCustomDefaultsSource("com.knead.ui.theme");
        FlatLightLaf.setup();
    }

    /** Gives a component one of the theme's style classes; returns it for chaining. */
    public static <C extends JComponent> C style(C component, String styleClass) {
        component.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        return component;
    }
}
