package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.ui.common.WidthTrackingPanel;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;

/**
 * A list that scrolls up and down only, with a scroll bar wide enough to work with a finger, and
 * that follows a swipe with momentum.
 */
final class KioskScroll {

    private KioskScroll() {
    }

    static JScrollPane of(JComponent view) {
        JScrollPane scroll = new JScrollPane(view, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(null);
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        style(scroll.getVerticalScrollBar(), "kioskScroll");
        nameArrows(scroll.getVerticalScrollBar());
        swipe(scroll);
        return scroll;
    }

    /** The scroll bar's arrow buttons say what they do (the look and feel leaves them unnamed). */
    static void nameArrows(javax.swing.JScrollBar bar) {
        for (java.awt.Component c : bar.getComponents()) {
            if (c instanceof javax.swing.plaf.basic.BasicArrowButton arrow) {
                arrow.getAccessibleContext().setAccessibleName(
                        arrow.getDirection() == javax.swing.SwingConstants.NORTH ? "Scroll up" : "Scroll down");
            }
        }
    }

    /** A finger swipe scrolls the list, and it glides on after the finger lifts. */
    static void swipe(JScrollPane scroll) {
        KioskSwipe.install(scroll);
    }

    static WidthTrackingPanel list(String columnConstraints) {
        WidthTrackingPanel list = new WidthTrackingPanel(
                new net.miginfocom.swing.MigLayout("insets 0, wrap 1, gapy 8", columnConstraints), 32);
        list.setOpaque(false);
        return list;
    }
}
