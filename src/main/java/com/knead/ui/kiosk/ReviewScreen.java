package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The last look before checking in: who, which massage and its price. */
final class ReviewScreen {

    private final JPanel lines = new JPanel(new MigLayout("insets 0, wrap 2, gapy 16, gapx 32", "[right][grow, fill]"));
    private final KioskPage page;

    ReviewScreen(Runnable onConfirm, Runnable onBack) {
        lines.setOpaque(false);
        lines.setName("kiosk.review.lines");
        page = new KioskPage("review", "Is this right?", 8, lines, "Check me in", onBack, onConfirm);
    }

    KioskPage page() {
        return page;
    }

    /** Shows pairs of (what, value), e.g. ("Massage", "Swedish, 60 min"). */
    void show(List<String[]> pairs) {
        lines.removeAll();
        for (String[] pair : pairs) {
            lines.add(style(new JLabel(pair[0]), "kioskLabel"));
            JLabel value = style(new JLabel("<html>" + Html.escape(pair[1]) + "</html>"), "kioskText");
            value.setName("kiosk.review." + pair[0].toLowerCase());
            lines.add(value, "wmin 0");
        }
        lines.revalidate();
        lines.repaint();
        page.showProblem("");
        page.setNextEnabled(true);
    }

    void clear() {
        lines.removeAll();
        page.showProblem("");
    }
}
