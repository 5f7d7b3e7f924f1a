package com.knead.ui.touch;

import com.knead.domain.BodyRegion;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tappable body map: front and back outlines that scale with the window. A tap on a region
 * marks it (at 5 until an intensity is chosen) and selects it; {@link #setIntensity} sets the
 * selected region's pain 0–10. {@link BodyMapPicture#image} draws the same map for reports.
 */
public final class BodyMap extends TouchSurface {

    /** Pain marked on a region before the visitor picks how much. */
    public static final int FIRST_TAP = 5;

    private final Map<BodyRegion, Integer> pain = new EnumMap<>(BodyRegion.class);
    private BodyRegion selected;
    private Consumer<BodyRegion> onSelect = region -> { };

    public BodyMap() {
        super(javax.accessibility.AccessibleRole.PANEL);
        setPreferredSize(new Dimension(440, 470));
        setMinimumSize(new Dimension(220, 235));
        getAccessibleContext().setAccessibleName("Body map, front and back: tap where it hurts");
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                BodyMapPicture.regionAt(getWidth(), getHeight(), e.getPoint()).ifPresent(BodyMap.this::tap);
            }
        });
    }

    /** Runs on the EDT with the region just tapped (now selected). */
    public void onSelect(Consumer<BodyRegion> action) {
        onSelect = action;
    }

    public void setIntensity(int intensity) {
        if (selected != null) {
            pain.put(selected, intensity);
            repaint();
        }
    }

    /** Unmarks the selected region. */
    public void removeSelected() {
        if (selected != null) {
            pain.remove(selected);
            selected = null;
            repaint();
        }
    }

    public BodyRegion selected() {
        return selected;
    }

    public Map<BodyRegion, Integer> pain() {
        return Map.copyOf(pain);
    }

    public void setPain(Map<BodyRegion, Integer> marked) {
        pain.clear();
        pain.putAll(marked);
        selected = null;
        repaint();
    }

    /** Where a region is drawn now, e.g. for a test to tap it. */
    public Point centreOf(BodyRegion region) {
        Point2D centre = BodyMapPicture.centreOf(region, getWidth(), getHeight());
        return new Point((int) centre.getX(), (int) centre.getY());
    }

    private void tap(BodyRegion region) {
        selected = region;
        pain.putIfAbsent(region, FIRST_TAP);
        repaint();
        onSelect.accept(region);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            BodyMapPicture.paint(g, getWidth(), getHeight(), pain, selected);
        } finally {
            g.dispose();
        }
    }
}
