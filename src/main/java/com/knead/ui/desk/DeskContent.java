package com.knead.ui.desk;

import java.awt.Container;
import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;

/**
 * The desk window's content: it fills the window when the window is at least {@link #ROOM}, and
 * scrolls (rather than being cut off on the right) in a narrower one, such as half of a 1366-pixel
 * screen shared with the kiosk.
 */
final class DeskContent extends JPanel implements Scrollable {

    /** What the queue, the visit and the whole checkout need side by side. */
    static final Dimension ROOM = new Dimension(1180, 620);

    DeskContent(LayoutManager layout) {
        super(layout);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension wanted = super.getPreferredSize();
        return new Dimension(Math.max(wanted.width, ROOM.width), Math.max(wanted.height, ROOM.height));
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return 160;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return viewport().width >= ROOM.width;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return viewport().height >= ROOM.height;
    }

    private Dimension viewport() {
        Container parent = getParent();
        return parent instanceof JViewport view ? view.getSize() : ROOM;
    }
}
