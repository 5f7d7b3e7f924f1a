package com.knead.ui.touch;

import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.Locale;
import javax.accessibility.Accessible;
import javax.accessibility.AccessibleAction;
import javax.accessibility.AccessibleComponent;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.accessibility.AccessibleState;
import javax.accessibility.AccessibleStateSet;

/**
 * One area of the body map as assistive technology sees it: "Lower back, back of the body", its
 * pain as the description ("Pain 6 of 10", "No pain marked"), where it is drawn, and one action,
 * choosing it (as a tap does).
 */
final class BodyMapArea extends AccessibleContext implements Accessible, AccessibleComponent, AccessibleAction {

    private final BodyMap map;
    private final int index;

    BodyMapArea(BodyMap map, int index) {
        this.map = map;
        this.index = index;
        setAccessibleParent(map);
        accessibleName = area().name();
        accessibleDescription = pain();
    }

    private BodyMap.Area area() {
        return map.areas().get(index);
    }

    private String pain() {
        Integer pain = map.painOf(area().region());
        return pain == null ? "No pain marked" : "Pain " + pain + " of 10";
    }

    /** Says the pain again after it changed, telling whoever listens. */
    void describe() {
        setAccessibleDescription(pain());
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        return this;
    }

    @Override
    public AccessibleRole getAccessibleRole() {
        return AccessibleRole.LIST_ITEM;
    }

    @Override
    public AccessibleStateSet getAccessibleStateSet() {
        AccessibleStateSet states = new AccessibleStateSet();
        states.add(AccessibleState.ENABLED);
        states.add(AccessibleState.SELECTABLE);
        states.add(AccessibleState.FOCUSABLE);
        if (map.isShowing()) {
            states.add(AccessibleState.VISIBLE);
            states.add(AccessibleState.SHOWING);
        }
        if (area().region() == map.selected()) {
            states.add(AccessibleState.SELECTED);
        }
        if (map.isFocusOwner() && map.focusedArea() == index) {
            states.add(AccessibleState.FOCUSED);
        }
        return states;
    }

    @Override
    public int getAccessibleIndexInParent() {
        return index;
    }

    @Override
    public int getAccessibleChildrenCount() {
        return 0;
    }

    @Override
    public Accessible getAccessibleChild(int i) {
        return null;
    }

    @Override
    public Locale getLocale() {
        return map.getLocale();
    }

    @Override
    public AccessibleComponent getAccessibleComponent() {
        return this;
    }

    @Override
    public AccessibleAction getAccessibleAction() {
        return this;
    }

    @Override
    public int getAccessibleActionCount() {
        return 1;
    }

    @Override
    public String getAccessibleActionDescription(int i) {
        return i == 0 ? "choose" : null;
    }

    @Override
    public boolean doAccessibleAction(int i) {
        if (i != 0) {
            return false;
        }
        map.choose(index);
        return true;
    }

    // Where and how it is drawn: the map's, but for the bounds, which are the area's own.

    @Override
    public Color getBackground() {
        return map.getBackground();
    }

    @Override
    public void setBackground(Color c) {
        // Drawn by the map, from the theme.
    }

    @Override
    public Color getForeground() {
        return map.getForeground();
    }

    @Override
    public void setForeground(Color c) {
        // Drawn by the map, from the theme.
    }

    @Override
    public Cursor getCursor() {
        return map.getCursor();
    }

    @Override
    public void setCursor(Cursor cursor) {
        // The map's cursor is the areas'.
    }

    @Override
    public Font getFont() {
        return map.getFont();
    }

    @Override
    public void setFont(Font f) {
        // Drawn by the map, from the theme.
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return map.getFontMetrics(f);
    }

    @Override
    public boolean isEnabled() {
        return map.isEnabled();
    }

    @Override
    public void setEnabled(boolean b) {
        // An area is as enabled as the map.
    }

    @Override
    public boolean isVisible() {
        return map.isVisible();
    }

    @Override
    public void setVisible(boolean b) {
        // An area is as visible as the map.
    }

    @Override
    public boolean isShowing() {
        return map.isShowing();
    }

    @Override
    public boolean contains(Point p) {
        // p is in the area's own coordinates.
        Rectangle bounds = getBounds();
        return p.x >= 0 && p.y >= 0 && p.x < bounds.width && p.y < bounds.height;
    }

    @Override
    public Point getLocationOnScreen() {
        if (!map.isShowing()) {
            return null;
        }
        Point at = map.getLocationOnScreen();
        Rectangle bounds = getBounds();
        return new Point(at.x + bounds.x, at.y + bounds.y);
    }

    @Override
    public Point getLocation() {
        return getBounds().getLocation();
    }

    @Override
    public void setLocation(Point p) {
        // Laid out by the map.
    }

    /** In the map's coordinates, as a component's bounds are in its parent's. */
    @Override
    public Rectangle getBounds() {
        return map.boundsOf(area());
    }

    @Override
    public void setBounds(Rectangle r) {
        // Laid out by the map.
    }

    @Override
    public Dimension getSize() {
        return getBounds().getSize();
    }

    @Override
    public void setSize(Dimension d) {
        // Laid out by the map.
    }

    @Override
    public Accessible getAccessibleAt(Point p) {
        return null;
    }

    @Override
    public boolean isFocusTraversable() {
        return true;
    }

    @Override
    public void requestFocus() {
        map.requestFocusInWindow();
    }

    @Override
    public void addFocusListener(java.awt.event.FocusListener l) {
        // Focus belongs to the map; its active descendant is the area.
    }

    @Override
    public void removeFocusListener(java.awt.event.FocusListener l) {
        // Focus belongs to the map.
    }
}
