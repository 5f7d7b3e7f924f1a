package com.knead.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.accessibility.Accessible;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JScrollBar;
import javax.swing.JToggleButton;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * The kiosk's touch rules checked on what is actually showing: text at least 20 pt, touch targets
 * at least 64×64 px, text contrast at least 7:1 against what is behind it, an accessible name
 * on every control, and every label whole (not shortened, no word broken). Returns one line per
 * breach, naming the component. {@link SeenOnScreen} measures the painted pixels themselves.
 */
public final class TouchRules {

    public static final float MIN_POINTS = 20f;
    public static final int MIN_TARGET = 64;
    public static final double MIN_CONTRAST = 7.0;

    private TouchRules() {
    }

    public static List<String> breaches(Container root) {
        return GuiActionRunner.execute(() -> {
            List<String> found = new ArrayList<>();
            walk(root, found);
            java.util.Set<Object> reached = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            if (root instanceof Accessible a) {
                walkAccessible(a, reached, found, true);
            }
            notInTheTree(root, reached, found);
            // A label or button shortened ("Nothing has cha…") or with a word broken is not read whole.
            found.addAll(SeenOnScreen.truncated(root));
            return found;
        });
    }

    /**
     * For a window that is not a touch screen (the desk): only that every showing control in the
     * accessible tree has a name, that no control is missing from that tree, and that no button shows
     * blank (no text and no icon). Returns one line per breach.
     */
    public static List<String> unnamed(Container root) {
        return GuiActionRunner.execute(() -> {
            List<String> found = new ArrayList<>();
            java.util.Set<Object> reached = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            if (root instanceof Accessible a) {
                walkAccessible(a, reached, found, false);
            }
            notInTheTree(root, reached, found);
            blankButtons(root, found);
            return found;
        });
    }

    private static void blankButtons(Component c, List<String> found) {
        // A combo box's arrow is part of the combo box, which is named and operated as one control.
        if (!c.isShowing() || c instanceof javax.swing.JComboBox) {
            return;
        }
        if (c instanceof AbstractButton b && !hasText(b.getText()) && b.getIcon() == null) {
            found.add(describe(c) + ": a blank button " + c.getWidth() + "×" + c.getHeight());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                blankButtons(child, found);
            }
        }
    }

    private static void walk(Component c, List<String> found) {
        if (!c.isShowing() || c instanceof JScrollBar) {
            return;
        }
        String what = describe(c);
        boolean control = c instanceof AbstractButton || c instanceof JTextComponent;
        boolean text = c instanceof JLabel l && hasText(l.getText())
                || c instanceof AbstractButton b && hasText(b.getText()) || c instanceof JTextComponent;
        if (text && c.getFont().getSize2D() < MIN_POINTS) {
            found.add(what + ": text " + c.getFont().getSize2D() + " pt");
        }
        if (control && c.isEnabled() && (c.getWidth() < MIN_TARGET || c.getHeight() < MIN_TARGET)) {
            found.add(what + ": target " + c.getWidth() + "×" + c.getHeight());
        }
        if ((control || c instanceof Accessible && !(c instanceof javax.swing.JPanel)
                && c.getClass().getPackageName().startsWith("com.knead"))
                && blank(((Accessible) c).getAccessibleContext().getAccessibleName())) {
            found.add(what + ": no accessible name");
        }
        boolean selectedToggle = c instanceof JToggleButton t && t.isSelected();
        if (text && c.isEnabled() && !selectedToggle) {
            double ratio = contrast(c.getForeground(), behind(c));
            if (ratio < MIN_CONTRAST) {
                found.add(what + ": contrast " + String.format("%.1f", ratio) + ":1");
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                walk(child, found);
            }
        }
    }

    private static final java.util.Set<javax.accessibility.AccessibleRole> CONTROLS = java.util.Set.of(
            javax.accessibility.AccessibleRole.PUSH_BUTTON, javax.accessibility.AccessibleRole.TOGGLE_BUTTON,
            javax.accessibility.AccessibleRole.RADIO_BUTTON, javax.accessibility.AccessibleRole.CHECK_BOX,
            javax.accessibility.AccessibleRole.TEXT, javax.accessibility.AccessibleRole.PASSWORD_TEXT,
            javax.accessibility.AccessibleRole.COMBO_BOX, javax.accessibility.AccessibleRole.LIST,
            javax.accessibility.AccessibleRole.LIST_ITEM, javax.accessibility.AccessibleRole.CANVAS);

    /**
     * The tree an assistive technology walks (each AccessibleContext's children, not the components):
     * every showing control there needs a name, and a body-map area is a touch target like any other.
     */
    private static void walkAccessible(Accessible node, java.util.Set<Object> reached, List<String> found,
                                       boolean touch) {
        reached.add(node);
        javax.accessibility.AccessibleContext context = node.getAccessibleContext();
        if (context == null) {
            return;
        }
        boolean showing = context.getAccessibleStateSet().contains(javax.accessibility.AccessibleState.SHOWING);
        if (!showing && !(node instanceof Component)) {
            return;
        }
        if (node instanceof Component c && !c.isShowing()) {
            return;
        }
        javax.accessibility.AccessibleRole role = context.getAccessibleRole();
        String what = "accessible " + role + " " + (node instanceof Component c ? c.getName() : node.getClass().getSimpleName());
        if (CONTROLS.contains(role) && blank(context.getAccessibleName())) {
            found.add(what + ": no accessible name");
        }
        if (touch && role == javax.accessibility.AccessibleRole.LIST_ITEM && !(node instanceof Component)
                && context.getAccessibleComponent() != null) {
            java.awt.Dimension size = context.getAccessibleComponent().getSize();
            if (size.width < MIN_TARGET || size.height < MIN_TARGET) {
                found.add(what + " \"" + context.getAccessibleName() + "\": target " + size.width + "×" + size.height);
            }
        }
        for (int i = 0; i < context.getAccessibleChildrenCount(); i++) {
            Accessible child = context.getAccessibleChild(i);
            if (child != null) {
                walkAccessible(child, reached, found, touch);
            }
        }
    }

    /** A control, or a component of ours, that is showing but that the accessible tree does not reach. */
    private static void notInTheTree(Component c, java.util.Set<Object> reached, List<String> found) {
        if (!c.isShowing() || c instanceof JScrollBar) {
            return;
        }
        boolean ours = c instanceof JComponent && !(c instanceof javax.swing.JPanel)
                && c.getClass().getPackageName().startsWith("com.knead");
        if ((ours || c instanceof AbstractButton || c instanceof JTextComponent) && !reached.contains(c)) {
            found.add(describe(c) + ": not in the accessible tree");
        }
        // A combo box's arrow and editor are parts of the combo box, which is operated as one control.
        if (c instanceof Container container && !(c instanceof javax.swing.JComboBox)) {
            for (Component child : container.getComponents()) {
                notInTheTree(child, reached, found);
            }
        }
    }

    private static String describe(Component c) {
        String label = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : "";
        return c.getClass().getSimpleName() + " " + c.getName() + " \"" + label + "\"";
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The colour painted behind a component's text: its own background if it paints one, else its parent's. */
    private static Color behind(Component c) {
        if (c instanceof AbstractButton b && b.isContentAreaFilled() || c instanceof JTextComponent) {
            return c.getBackground();
        }
        for (Component at = c; at != null; at = at.getParent()) {
            if (at.isOpaque() || at instanceof JComponent j && j.isOpaque()) {
                return at.getBackground();
            }
        }
        return Color.WHITE;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
