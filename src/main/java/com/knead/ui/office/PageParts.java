package com.knead.ui.office;

import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import net.miginfocom.swing.MigLayout;

/** Small pieces the office's pages share: a named component, a row of buttons (and a progress bar). */
final class PageParts {

    private PageParts() {
    }

    /** A row of parts side by side; a progress bar gets a fixed width, so its changing text moves nothing. */
    static JPanel row(JComponent... parts) {
        JPanel row = new JPanel(new MigLayout("insets 0", "[]16[]"));
        for (JComponent part : parts) {
            row.add(part, part instanceof JProgressBar ? "w 260!, h pref!" : "");
        }
        return row;
    }

    /** Names {@code component} for the tests and for a screen reader. */
    static void name(JComponent component, String name, String spoken) {
        component.setName(name);
        component.getAccessibleContext().setAccessibleName(spoken);
    }
}
