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
 * keep their size (64 px, one letter each), and so do the body map's 0 to 10. A heading already
 * large, on one line, grows only as far as the window has room for ({@link #fitting}): never below
 * its usual size, and never shortened.
 */
final class LargerText {

    static final float SCALE = 1.5f;
    /** The font a component had before it was enlarged (put back when larger text is turned off). */
    private static final String BASE_FONT = "knead.baseFont";
    /** Set on a component laid out by its width to say larger text is on (see {@link FormWithKeys}). */
    static final String ON = "knead.largerText";
    /** Set on a one-line text that grows with larger text only as far as its own width allows. */
    private static final String FIT = "knead.fitWidth";

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
                    Font wanted = on ? larger(j, base) : base;
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

    /**
     * Marks a one-line text (a heading) that, with larger text on, is as large as fits its width, up
     * to half as large again: it must fill the width it may take (grow, and no minimum width), so its
     * width is its room. It is fitted again when that room or its text changes.
     */
    static <C extends JComponent> C fitting(C text) {
        text.putClientProperty(FIT, Boolean.TRUE);
        Runnable refit = () -> {
            Font base = (Font) text.getClientProperty(BASE_FONT);
            if (isOn(text) && base != null) {
                Font wanted = larger(text, base);
                if (!wanted.equals(text.getFont())) {
                    text.setFont(wanted);
                }
            }
        };
        text.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                refit.run();
            }
        });
        text.addPropertyChangeListener("text", e -> refit.run());
        return text;
    }

    /** Half as large again; a fitting text only as far as its room allows, and never below {@code base}. */
    private static Font larger(JComponent c, Font base) {
        Font wanted = base.deriveFont(base.getSize2D() * SCALE);
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
        java.awt.Insets in = c.getInsets();
        int room = c.getWidth() - in.left - in.right;
        if (!Boolean.TRUE.equals(c.getClientProperty(FIT)) || text == null || room <= 0) {
            return wanted;
        }
        float size = wanted.getSize2D();
        while (size > base.getSize2D() && c.getFontMetrics(wanted).stringWidth(text) > room) {
            size = Math.max(base.getSize2D(), size - 1);
            wanted = base.deriveFont(size);
        }
        return wanted;
    }

    static boolean isOn(Component c) {
        return c instanceof JComponent j && Boolean.TRUE.equals(j.getClientProperty(ON));
    }
}
