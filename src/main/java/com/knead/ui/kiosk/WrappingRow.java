package com.knead.ui.kiosk;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * A row of choices that goes on to a second line when the screen is too narrow, as words do: four
 * answers fit on a 1920 px screen, not on a 1024 px one or in larger text. Each choice is at least
 * {@code minHeight} tall (the touch rule) and as wide as its label needs, never shortened. Its
 * kinds: left-aligned lines ({@link #panel}), centred lines of big buttons ({@link #centred}), and
 * columns of one width, as many as the widest choice leaves room for ({@link #columns}).
 */
final class WrappingRow implements LayoutManager {

    private final int gap;
    private final int minWidth;
    private final int minHeight;
    private final boolean centred;
    /** The most columns of one width, or 0 for choices each as wide as its label. */
    private final int columns;
    private int laidOutWidth = -1;

    private WrappingRow(int gap, int minWidth, int minHeight, boolean centred, int columns) {
        this.gap = gap;
        this.minWidth = minWidth;
        this.minHeight = minHeight;
        this.centred = centred;
        this.columns = columns;
    }

    static JPanel panel(int gap, int minHeight) {
        return of(new WrappingRow(gap, minHeight, minHeight, false, 0));
    }

    /** Big buttons side by side while they fit, else one under the other; each line centred. */
    static JPanel centred(int gap, int minWidth, int minHeight) {
        return of(new WrappingRow(gap, minWidth, minHeight, true, 0));
    }

    /** Up to {@code most} columns of one width, fewer when the widest choice would not fit. */
    static JPanel columns(int gap, int minWidth, int minHeight, int most) {
        return of(new WrappingRow(gap, minWidth, minHeight, false, most));
    }

    private static JPanel of(WrappingRow layout) {
        JPanel row = new JPanel(layout);
        row.setOpaque(false);
        return row;
    }

    @Override
    public void layoutContainer(Container row) {
        int width = row.getWidth();
        Dimension used = place(row, width, true);
        if (width != laidOutWidth) {
            laidOutWidth = width;
            if (used.height != row.getHeight()) {
                // Laid out at a new width: the number of lines (so the height wanted) has changed.
                SwingUtilities.invokeLater(row::revalidate);
            }
        }
    }

    @Override
    public Dimension preferredLayoutSize(Container row) {
        return place(row, widthOf(row), false);
    }

    /** Lays the choices out in lines at {@code width} (moving them only if {@code move}); returns the room used. */
    private Dimension place(Container row, int width, boolean move) {
        List<Component> line = new ArrayList<>();
        List<Dimension> sizes = new ArrayList<>();
        int cell = columns > 0 ? cellWidth(row, width) : 0;
        int x = 0;
        int y = 0;
        int lineHeight = 0;
        int widest = 0;
        for (Component c : row.getComponents()) {
            if (!c.isVisible()) {
                continue;
            }
            Dimension d = size(c, width, cell);
            if (x > 0 && (x + d.width > width || columns > 0 && line.size() == columns)) {
                finish(line, sizes, y, width, x - gap, move);
                x = 0;
                y += lineHeight + gap;
                lineHeight = 0;
            }
            line.add(c);
            sizes.add(d);
            x += d.width + gap;
            widest = Math.max(widest, x - gap);
            lineHeight = Math.max(lineHeight, d.height);
        }
        finish(line, sizes, y, width, x - gap, move);
        return new Dimension(widest, y + lineHeight);
    }

    private void finish(List<Component> line, List<Dimension> sizes, int y, int width, int lineWidth, boolean move) {
        int x = centred ? Math.max(0, (width - lineWidth) / 2) : 0;
        for (int i = 0; move && i < line.size(); i++) {
            Dimension d = sizes.get(i);
            line.get(i).setBounds(new Rectangle(x, y, d.width, d.height));
            x += d.width + gap;
        }
        line.clear();
        sizes.clear();
    }

    /** For columns of one width: the width each gets, as many as fit beside the widest choice. */
    private int cellWidth(Container row, int width) {
        int widest = minWidth;
        int count = 0;
        for (Component c : row.getComponents()) {
            if (c.isVisible()) {
                widest = Math.max(widest, c.getPreferredSize().width);
                count++;
            }
        }
        if (width == Integer.MAX_VALUE) {
            return widest;
        }
        int fit = Math.max(1, Math.min(Math.min(columns, Math.max(1, count)), (width + gap) / (widest + gap)));
        return Math.max(widest, (width - gap * (fit - 1)) / fit);
    }

    @Override
    public Dimension minimumLayoutSize(Container row) {
        int widest = 0;
        for (Component c : row.getComponents()) {
            widest = Math.max(widest, c.isVisible() ? Math.max(minWidth, c.getPreferredSize().width) : 0);
        }
        return new Dimension(widest, preferredLayoutSize(row).height);
    }

    private Dimension size(Component c, int width, int cell) {
        Dimension d = c.getPreferredSize();
        int wanted = cell > 0 ? cell : Math.max(d.width, minWidth);
        return new Dimension(Math.min(wanted, Math.max(width, minWidth)), Math.max(d.height, minHeight));
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
