package com.knead.ui.kiosk;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.LayoutManager;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * A row of choices that goes on to a second line when the screen is too narrow, as words do: four
 * answers fit on a 1920 px screen, not on a 1024 px one or in larger text. Each choice is at least
 * {@code minHeight} tall (the touch rule) and as wide as its label needs, never shortened.
 */
final class WrappingRow implements LayoutManager {

    private final int gap;
    private final int minHeight;
    private int laidOutWidth = -1;

    private WrappingRow(int gap, int minHeight) {
        this.gap = gap;
        this.minHeight = minHeight;
    }

    static JPanel panel(int gap, int minHeight) {
        JPanel row = new JPanel(new WrappingRow(gap, minHeight));
        row.setOpaque(false);
        return row;
    }

    @Override
    public void layoutContainer(Container row) {
        int x = 0;
        int y = 0;
        int lineHeight = 0;
        int width = row.getWidth();
        for (Component c : row.getComponents()) {
            if (!c.isVisible()) {
                continue;
            }
            Dimension d = size(c, width);
            if (x > 0 && x + d.width > width) {
                x = 0;
                y += lineHeight + gap;
                lineHeight = 0;
            }
            c.setBounds(x, y, d.width, d.height);
            x += d.width + gap;
            lineHeight = Math.max(lineHeight, d.height);
        }
        if (width != laidOutWidth) {
            laidOutWidth = width;
            if (y + lineHeight != row.getHeight()) {
                // Laid out at a new width: the number of lines (so the height wanted) has changed.
                SwingUtilities.invokeLater(row::revalidate);
            }
        }
    }

    @Override
    public Dimension preferredLayoutSize(Container row) {
        int width = widthOf(row);
        int x = 0;
        int y = 0;
        int lineHeight = 0;
        int widest = 0;
        for (Component c : row.getComponents()) {
            if (!c.isVisible()) {
                continue;
            }
            Dimension d = size(c, width);
            if (x > 0 && x + d.width > width) {
                x = 0;
                y += lineHeight + gap;
                lineHeight = 0;
            }
            x += d.width + gap;
            widest = Math.max(widest, x - gap);
            lineHeight = Math.max(lineHeight, d.height);
        }
        return new Dimension(widest, y + lineHeight);
    }

    @Override
    public Dimension minimumLayoutSize(Container row) {
        int widest = 0;
        for (Component c : row.getComponents()) {
            widest = Math.max(widest, c.isVisible() ? c.getPreferredSize().width : 0);
        }
        return new Dimension(widest, preferredLayoutSize(row).height);
    }

    private Dimension size(Component c, int width) {
        Dimension d = c.getPreferredSize();
        return new Dimension(Math.min(Math.max(d.width, minHeight), Math.max(width, minHeight)),
                Math.max(d.height, minHeight));
    }

    /** The row's width once laid out; before that, its parent's (the first layout asks before it is sized). */
    private static int widthOf(Container row) {
        for (Container at = row; at != null; at = at.getParent()) {
            if (at.getWidth() > 0) {
                return at.getWidth();
            }
        }
        return Integer.MAX_VALUE;
    }

    @Override
    public void addLayoutComponent(String name, Component comp) {
    }

    @Override
    public void removeLayoutComponent(Component comp) {
    }
}
