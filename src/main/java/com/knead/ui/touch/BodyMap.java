package com.knead.ui.touch;

import com.knead.domain.BodyRegion;
import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.accessibility.AccessibleContext;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;

/**
 * The body map: front and back figures that scale with the window. Tapping a region, moving to it
 * with the arrow keys and pressing Enter or Space, or an assistive technology's action or selection
 * on it (each area is its own accessible child: {@link BodyMapAccess}) selects it; nothing is marked until the visitor says how much it
 * hurts ({@link #setIntensity}, 0–10). {@link BodyMapPicture#image} draws the same map for reports.
 */
public final class BodyMap extends TouchSurface {

    /** A region as it is drawn on one figure: what the keyboard and assistive technology move between. */
    record Area(BodyRegion region, boolean back) {
        String name() {
            return region.label() + ", " + (back ? "back" : "front") + " of the body";
        }
    }

    private final List<Area> areas = areasInOrder();
    private final Map<BodyRegion, Integer> pain = new EnumMap<>(BodyRegion.class);
    private BodyRegion selected;
    private int focused;
    private Consumer<BodyRegion> onSelect = region -> { };

    public BodyMap() {
        super(javax.accessibility.AccessibleRole.LIST);
        setPreferredSize(new Dimension(660, 492));
        setMinimumSize(new Dimension(330, 246));
        setFocusable(true);
        getAccessibleContext().setAccessibleName("Body map, front and back: choose where it hurts");
        getAccessibleContext().setAccessibleDescription("Arrow keys move between the areas; Enter or Space chooses one.");
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                var region = BodyMapPicture.regionAt(getWidth(), getHeight(), e.getPoint());
                var back = BodyMapPicture.figureAt(getWidth(), getHeight(), e.getPoint());
                if (region.isPresent() && back.isPresent()) {
                    focused = areas.indexOf(new Area(region.get(), back.get()));
                    choose(focused);
                }
            }
        });
        bind("LEFT", "previous", -1);
        bind("UP", "previous", -1);
        bind("RIGHT", "next", 1);
        bind("DOWN", "next", 1);
        AbstractAction select = new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                choose(focused);
            }
        };
        getInputMap().put(KeyStroke.getKeyStroke("ENTER"), "choose");
        getInputMap().put(KeyStroke.getKeyStroke("SPACE"), "choose");
        getActionMap().put("choose", select);
        addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                repaint();
                access().focusMoved(-1, focused);
            }

            @Override
            public void focusLost(FocusEvent e) {
                repaint();
            }
        });
    }

    private void bind(String key, String name, int step) {
        getInputMap().put(KeyStroke.getKeyStroke(key), name);
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                int was = focused;
                focused = Math.floorMod(focused + step, areas.size());
                repaint();
                access().focusMoved(was, focused);
            }
        });
    }

    private static List<Area> areasInOrder() {
        List<Area> in = new ArrayList<>();
        for (BodyOutline.Part part : BodyOutline.parts()) {
            Area area = new Area(part.region(), part.back());
            if (!in.contains(area)) {
                in.add(area);
            }
        }
        return List.copyOf(in);
    }

    List<Area> areas() {
        return areas;
    }

    int focusedArea() {
        return focused;
    }

    /** Runs on the EDT with the region just chosen (now selected). */
    public void onSelect(Consumer<BodyRegion> action) {
        onSelect = action;
    }

    /** Chooses the {@code index}th area (front regions head to feet, then the back's), as a tap on it does. */
    void choose(int index) {
        focused = index;
        BodyRegion was = selected;
        selected = areas.get(index).region();
        repaint();
        access().selectionChanged(was, selected);
        onSelect.accept(selected);
    }

    /** Chooses a region (on the front figure where it is on both), as a tap on it does. */
    public void select(BodyRegion region) {
        choose(areas.indexOf(areas.stream().filter(a -> a.region() == region).findFirst().orElseThrow()));
    }

    /** Marks the selected region with this pain 0–10. */
    public void setIntensity(int intensity) {
        if (selected != null) {
            pain.put(selected, intensity);
            repaint();
            access().painChanged();
        }
    }

    /** Unmarks the selected region. */
    public void removeSelected() {
        if (selected != null) {
            BodyRegion was = selected;
            pain.remove(selected);
            selected = null;
            repaint();
            access().selectionChanged(was, null);
            access().painChanged();
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
        focused = 0;
        repaint();
        access().painChanged();
    }

    /** Where a region is drawn now (on the front figure where it is on both), e.g. for a test to tap it. */
    public Point centreOf(BodyRegion region) {
        Point2D centre = BodyMapPicture.centreOf(region, getWidth(), getHeight());
        return new Point((int) centre.getX(), (int) centre.getY());
    }

    /** Where an area is drawn now, in the map's own coordinates. */
    Rectangle boundsOf(Area area) {
        return BodyMapPicture.boundsOf(area.region(), area.back(), getWidth(), getHeight());
    }

    private BodyMapAccess access() {
        return (BodyMapAccess) getAccessibleContext();
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new BodyMapAccess(this);
        }
        return accessibleContext;
    }

    /** The pain marked on a region, if any. */
    Integer painOf(BodyRegion region) {
        return pain.get(region);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            BodyMapPicture.paint(g, getWidth(), getHeight(), pain, selected);
            if (isFocusOwner()) {
                // Where the arrow keys are: a dashed ring around the area Enter would choose.
                Rectangle ring = boundsOf(areas.get(focused));
                ring.grow(3, 3);
                g.setColor(ThemeColour.of("Kiosk.bodyMap.selected"));
                g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
                g.draw(ring);
            }
        } finally {
            g.dispose();
        }
    }
}
