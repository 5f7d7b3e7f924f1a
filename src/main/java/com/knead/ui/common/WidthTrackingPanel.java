package com.knead.ui.common;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.Scrollable;

/**
 * A panel inside a vertical scroll pane that is always as wide as the view, so its text wraps
 * instead of running off to the right; it scrolls only up and down.
 */
public class WidthTrackingPanel extends JPanel implements Scrollable {

    private final int unitIncrement;

    public WidthTrackingPanel(LayoutManager layout, int unitIncrement) {
        super(layout);
        this.unitIncrement = unitIncrement;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return unitIncrement;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(visible.height - unitIncrement, unitIncrement);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
