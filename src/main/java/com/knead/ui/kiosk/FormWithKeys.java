package com.knead.ui.kiosk;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.LayoutManager;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * A form and its on-screen keyboard: side by side when the form keeps at least its narrowest
 * readable width beside the keyboard, otherwise the keyboard under the form. Either way the whole
 * keyboard shows and nothing of the form needs sideways scrolling (a 1024 px screen has no room for
 * both side by side; a 1920 px one has plenty).
 */
final class FormWithKeys extends JPanel {

    private static final int GAP = 24;

    FormWithKeys(JComponent form, JComponent keys, int narrowestForm) {
        setOpaque(false);
        setLayout(new Placing(form, keys, narrowestForm));
        add(form);
        add(keys);
    }

    private record Placing(Component form, Component keys, int narrowestForm) implements LayoutManager {

        @Override
        public void layoutContainer(Container parent) {
            int w = parent.getWidth();
            int h = parent.getHeight();
            if (!keys.isVisible()) {
                form.setBounds(0, 0, w, h);
                return;
            }
            Dimension k = keys.getPreferredSize();
            int narrowest = LargerText.isOn(parent) ? Math.round(narrowestForm * LargerText.SCALE) : narrowestForm;
            if (w >= narrowest + GAP + k.width) {
                form.setBounds(0, 0, w - k.width - GAP, h);
                keys.setBounds(w - k.width, 0, k.width, Math.min(k.height, h));
            } else {
                int keysHeight = Math.min(k.height, h);
                form.setBounds(0, 0, w, Math.max(0, h - keysHeight - GAP));
                keys.setBounds(Math.max(0, (w - k.width) / 2), h - keysHeight, Math.min(k.width, w), keysHeight);
            }
        }

        @Override
        public Dimension preferredLayoutSize(Container parent) {
            Dimension k = keys.isVisible() ? keys.getPreferredSize() : new Dimension();
            Dimension f = form.getPreferredSize();
            return new Dimension(Math.max(narrowestForm, f.width) + GAP + k.width, Math.max(f.height, k.height));
        }

        @Override
        public Dimension minimumLayoutSize(Container parent) {
            Dimension k = keys.isVisible() ? keys.getPreferredSize() : new Dimension();
            return new Dimension(k.width, k.height + GAP + 64);
        }

        @Override
        public void addLayoutComponent(String name, Component comp) {
        }

        @Override
        public void removeLayoutComponent(Component comp) {
        }
    }
}
