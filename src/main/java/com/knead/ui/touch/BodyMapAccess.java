package com.knead.ui.touch;

import com.knead.domain.BodyRegion;
import java.awt.Point;
import java.util.ArrayList;
import java.util.List;
import javax.accessibility.Accessible;
import javax.accessibility.AccessibleRole;
import javax.accessibility.AccessibleSelection;
import javax.swing.JComponent;

/**
 * The body map as assistive technology sees it: a list whose children are the areas (each a
 * {@link BodyMapArea} with its name, its pain as the description and a "choose" action), and whose
 * selection is the region chosen. It tells listeners when the keyboard's area, the choice or a pain
 * changes.
 */
final class BodyMapAccess extends JComponent.AccessibleJComponent implements AccessibleSelection {

    private final BodyMap map;
    private final List<BodyMapArea> children = new ArrayList<>();

    BodyMapAccess(BodyMap map) {
        map.super();
        this.map = map;
    }

    private List<BodyMap.Area> areas() {
        return map.areas();
    }

    private List<BodyMapArea> children() {
        if (children.isEmpty()) {
            for (int i = 0; i < areas().size(); i++) {
                children.add(new BodyMapArea(map, i));
            }
        }
        return children;
    }

    @Override
    public AccessibleRole getAccessibleRole() {
        return AccessibleRole.LIST;
    }

    @Override
    public int getAccessibleChildrenCount() {
        return areas().size();
    }

    @Override
    public Accessible getAccessibleChild(int i) {
        return i < 0 || i >= areas().size() ? null : children().get(i);
    }

    @Override
    public AccessibleSelection getAccessibleSelection() {
        return this;
    }

    @Override
    public Accessible getAccessibleAt(Point p) {
        for (BodyMapArea area : children()) {
            if (area.getBounds().contains(p)) {
                return area;
            }
        }
        return null;
    }

    @Override
    public int getAccessibleSelectionCount() {
        return map.selected() == null ? 0 : 1;
    }

    @Override
    public Accessible getAccessibleSelection(int i) {
        BodyRegion selected = map.selected();
        if (selected == null || i != 0) {
            return null;
        }
        int focused = map.focusedArea();
        int at = areas().get(focused).region() == selected ? focused
                : areas().indexOf(areas().stream().filter(a -> a.region() == selected).findFirst().orElseThrow());
        return children().get(at);
    }

    @Override
    public boolean isAccessibleChildSelected(int i) {
        return map.selected() != null && i >= 0 && i < areas().size() && areas().get(i).region() == map.selected();
    }

    @Override
    public void addAccessibleSelection(int i) {
        if (i >= 0 && i < areas().size()) {
            map.choose(i);
        }
    }

    @Override
    public void removeAccessibleSelection(int i) {
        // Only one region is chosen at a time; choosing another replaces it.
    }

    @Override
    public void clearAccessibleSelection() {
        // The chosen region stays until another is chosen; "Not this one" unmarks it.
    }

    @Override
    public void selectAllAccessibleSelection() {
        // One region at a time: there is no "all".
    }

    void focusMoved(int from, int to) {
        Object old = from < 0 ? null : children().get(from);
        firePropertyChange(ACCESSIBLE_ACTIVE_DESCENDANT_PROPERTY, old, children().get(to));
    }

    void selectionChanged(BodyRegion from, BodyRegion to) {
        firePropertyChange(ACCESSIBLE_SELECTION_PROPERTY, from, to);
    }

    void painChanged() {
        for (BodyMapArea area : children) {
            area.describe();
        }
    }
}
