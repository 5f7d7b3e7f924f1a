package com.knead.ui.kiosk;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;

/**
 * The kiosk's larger text, one tap on the welcome screen: every text half as large again (about
 * 150%). The layouts take minimum sizes, not fixed ones, so they grow with it; the on-screen keys
 * keep their size (64 px, one letter each), and so do the body map's 0 to 10.
 */
final class LargerText {

    static final float SCALE = 1.5f;
    /** The font a component had before it was enlarged (put back when larger text is turned off). */
    private static final String BASE_FONT = "knead.baseFont";
    /** Set on a component laid out by its width to say larger text is on (see {@link FormWithKeys}). */
    static final String ON = "knead.largerText";

    private LargerText() {
    }

    /** Enlarges (or puts back) every text under {@code root}; safe to call again on the same tree. */
    static void apply(Container root, boolean on) {
        for (Component c : root.getComponents()) {
            // The on-screen keys and the body map's 0 to 10 keep their size, as keys do.
            if (c.getName() != null && (c.getName().startsWith("key.") || c.getName().startsWith("kiosk.pain."))) {
                continue;
            }
            if (c instanceof JComponent j) {
                j.putClientProperty(ON, on);
                if (c instanceof JLabel || c instanceof AbstractButton || c instanceof JTextComponent) {
                    Font base = (Font) j.getClientProperty(BASE_FONT);
                    if (base == null) {
                        base = j.getFont();
                        j.putClientProperty(BASE_FONT, base);
                    }
                    Font wanted = on ? base.deriveFont(base.getSize2D() * SCALE) : base;
                    if (!wanted.equals(j.getFont())) {
                        j.setFont(wanted);
                    }
                }
            }
            if (c instanceof Container container) {
                apply(container, on);
            }
        }
    }

    static boolean isOn(Component c) {
        return c instanceof JComponent j && Boolean.TRUE.equals(j.getClientProperty(ON));
    }
}
