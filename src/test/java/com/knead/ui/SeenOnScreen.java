package com.knead.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JRootPane;
import javax.swing.JScrollBar;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.JTextComponent;
import javax.swing.text.View;

/**
 * What a person sees, measured from the rendered pixels of a window rather than from declared
 * colours and sizes: the window painted to an image, then for each control its text's ink against
 * the background painted behind it, whether it is cut off by a viewport or the window, and whether
 * its label is shortened or broken. Call on the Event Dispatch Thread; each returns one line per breach.
 */
final class SeenOnScreen {

    private final JRootPane root;
    private final BufferedImage image;

    private SeenOnScreen(JRootPane root, Rectangle only) {
        this.root = root;
        image = new BufferedImage(Math.max(1, root.getWidth()), Math.max(1, root.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (only != null) {
                g.setClip(only);
            }
            root.paint(g);
        } finally {
            g.dispose();
        }
    }

    /** Paints {@code root} as it is now (on the EDT). */
    static SeenOnScreen paint(JRootPane root) {
        return new SeenOnScreen(root, null);
    }

    /**
     * Paints only where {@code c} is (Swing skips whatever lies outside the clip): the same pixels
     * there as a whole window's painting, for a fraction of the time, to measure one button's states.
     */
    static SeenOnScreen paintAround(JRootPane root, Component c) {
        return new SeenOnScreen(root, SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root));
    }

    /** The window as painted. */
    BufferedImage image() {
        return image;
    }

    void save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every showing text under {@code from} whose darkest (or lightest) ink is below {@code min}:1 against its background. */
    List<String> contrastBelow(Component from, double min) {
        List<String> found = new ArrayList<>();
        for (Component c : showing(from)) {
            Rectangle text = textArea(c);
            if (text == null) {
                continue;
            }
            // Only a text wholly in view: one scrolled (even partly) past the fold is measured when scrolled to.
            if (!((JComponent) c).getVisibleRect().contains(text)) {
                continue;
            }
            double ratio = contrastIn(SwingUtilities.convertRectangle(c, text, root));
            if (ratio < min) {
                found.add(describe(c) + " " + state(c) + ": painted contrast " + String.format("%.2f", ratio) + ":1");
            }
        }
        return found;
    }

    /** The contrast of one button's painted text (for checking it in each state). */
    double contrastOf(JComponent c) {
        Rectangle text = textArea(c);
        return text == null || !c.getVisibleRect().contains(text) ? 21
                : contrastIn(SwingUtilities.convertRectangle(c, text, root));
    }

    /** Controls and texts cut off: sideways anywhere, up and down outside a scrolling list; and sideways scrolling. */
    List<String> cutOff(Component from) {
        List<String> found = new ArrayList<>();
        for (Component c : showing(from)) {
            if (c instanceof JViewport viewport && viewport.getView() != null
                    && viewport.getView().getWidth() > viewport.getWidth() + 1) {
                found.add(describe(viewport.getView()) + ": wider than its list (" + viewport.getView().getWidth()
                        + " > " + viewport.getWidth() + "), it would need sideways scrolling");
            }
            if (!(c instanceof JComponent j) || textArea(c) == null && !(c instanceof AbstractButton)) {
                continue;
            }
            Rectangle seen = j.getVisibleRect();
            if (seen.isEmpty() && scrollingList(c) != null) {
                // Wholly above or below the fold of a list that scrolls up and down: reachable, and checked
                // sideways through its list's own width above.
                continue;
            }
            Rectangle inRoot = SwingUtilities.convertRectangle(c, new Rectangle(c.getSize()), root);
            Rectangle window = new Rectangle(root.getSize());
            if (seen.width < c.getWidth() || !(inRoot.x >= 0 && inRoot.x + inRoot.width <= window.width)) {
                found.add(describe(c) + ": cut off sideways (" + seen.width + " of " + c.getWidth() + " px seen)");
            } else if (seen.height < c.getHeight() && scrollingList(c) == null
                    || scrollingList(c) == null && inRoot.y + inRoot.height > window.height) {
                found.add(describe(c) + ": cut off at the bottom (" + seen.height + " of " + c.getHeight() + " px seen)");
            }
        }
        return found;
    }

    /** Labels and buttons whose text does not fit its room: shortened with "…", or a word broken. */
    static List<String> truncated(Component from) {
        List<String> found = new ArrayList<>();
        for (Component c : showing(from)) {
            String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
            if (text == null || text.isBlank()) {
                continue;
            }
            JComponent j = (JComponent) c;
            Insets in = j.getInsets();
            int roomW = c.getWidth() - in.left - in.right;
            int roomH = c.getHeight() - in.top - in.bottom;
            View html = (View) j.getClientProperty(BasicHTML.propertyKey);
            if (html != null) {
                if (html.getMinimumSpan(View.X_AXIS) > roomW + 1) {
                    found.add(describe(c) + ": a word is wider than its room (" + (int) html.getMinimumSpan(View.X_AXIS)
                            + " > " + roomW + ")");
                }
                continue;
            }
            if (text.contains("…") || text.contains("...")) {
                found.add(describe(c) + ": shows an ellipsis");
                continue;
            }
            FontMetrics fm = c.getFontMetrics(c.getFont());
            int need = fm.stringWidth(text);
            if (need > roomW || fm.getAscent() + fm.getDescent() > roomH + 4) {
                found.add(describe(c) + ": text needs " + need + "×" + (fm.getAscent() + fm.getDescent())
                        + " px, has " + roomW + "×" + roomH + " (shown \"" + shown(j, text, fm) + "\")");
            }
        }
        return found;
    }

    /** Empty when {@code field} is wholly seen and nothing of {@code keyboard} lies over or under it. */
    List<String> keyboardCovers(JComponent field, Component keyboard) {
        List<String> found = new ArrayList<>();
        Rectangle seen = field.getVisibleRect();
        if (seen.width < field.getWidth() || seen.height < field.getHeight()) {
            found.add(describe(field) + ": focused but only " + seen.width + "×" + seen.height + " of "
                    + field.getWidth() + "×" + field.getHeight() + " px seen");
        }
        Rectangle f = SwingUtilities.convertRectangle(field, new Rectangle(field.getSize()), root);
        if (keyboard.isShowing()) {
            Rectangle k = SwingUtilities.convertRectangle(keyboard, new Rectangle(keyboard.getSize()), root);
            if (f.intersects(k)) {
                found.add(describe(field) + ": under the on-screen keyboard");
            }
        }
        if (f.y + f.height > root.getHeight()) {
            found.add(describe(field) + ": below the window");
        }
        return found;
    }

    private static String shown(JComponent c, String text, FontMetrics fm) {
        Rectangle view = new Rectangle(c.getSize());
        Insets in = c.getInsets();
        view.x = in.left;
        view.y = in.top;
        view.width -= in.left + in.right;
        view.height -= in.top + in.bottom;
        return SwingUtilities.layoutCompoundLabel(c, fm, text, null, SwingUtilities.CENTER, SwingUtilities.CENTER,
                SwingUtilities.CENTER, SwingUtilities.TRAILING, view, new Rectangle(), new Rectangle(), 0);
    }

    private static JViewport scrollingList(Component c) {
        for (Container at = c.getParent(); at != null; at = at.getParent()) {
            if (at instanceof JViewport v) {
                return v;
            }
        }
        return null;
    }

    /** Where a component paints its text, in its own coordinates; null for one without text. */
    private static Rectangle textArea(Component c) {
        if (c instanceof JTextComponent t) {
            if (t.getText().isBlank()) {
                return null;
            }
            Insets in = t.getInsets();
            return new Rectangle(in.left, in.top, t.getWidth() - in.left - in.right, t.getHeight() - in.top - in.bottom);
        }
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
        if (text == null || text.isBlank() || c.getWidth() == 0) {
            return null;
        }
        JComponent j = (JComponent) c;
        Insets in = j.getInsets();
        Rectangle view = new Rectangle(in.left, in.top, c.getWidth() - in.left - in.right,
                c.getHeight() - in.top - in.bottom);
        Rectangle textR = new Rectangle();
        View html = (View) j.getClientProperty(BasicHTML.propertyKey);
        if (html != null) {
            return view;
        }
        FontMetrics fm = c.getFontMetrics(c.getFont());
        if (c instanceof JLabel l) {
            SwingUtilities.layoutCompoundLabel(l, fm, text, l.getIcon(), l.getVerticalAlignment(),
                    l.getHorizontalAlignment(), l.getVerticalTextPosition(), l.getHorizontalTextPosition(), view,
                    new Rectangle(), textR, l.getIconTextGap());
        } else {
            AbstractButton b = (AbstractButton) c;
            SwingUtilities.layoutCompoundLabel(b, fm, text, b.getIcon(), b.getVerticalAlignment(),
                    b.getHorizontalAlignment(), b.getVerticalTextPosition(), b.getHorizontalTextPosition(), view,
                    new Rectangle(), textR, b.getIconTextGap());
        }
        return textR.intersection(view);
    }

    /**
     * The background is the colour painted most in the text's box; the ink is the colour (painted on
     * at least three pixels, so not a lone anti-aliasing pixel) that stands out most from it.
     */
    private double contrastIn(Rectangle r) {
        Rectangle box = r.intersection(new Rectangle(image.getWidth(), image.getHeight()));
        if (box.isEmpty()) {
            return 21;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int background = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Color bg = new Color(background);
        double best = 1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 3) {
                best = Math.max(best, TouchRules.contrast(bg, new Color(e.getKey())));
            }
        }
        return best;
    }

    private static List<Component> showing(Component from) {
        List<Component> all = new ArrayList<>();
        collect(from, all);
        return all;
    }

    private static void collect(Component c, List<Component> all) {
        if (!c.isShowing() || c instanceof JScrollBar) {
            return;
        }
        all.add(c);
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, all);
            }
        }
    }

    private static String state(Component c) {
        if (!(c instanceof AbstractButton b)) {
            return c.isEnabled() ? "" : "(disabled)";
        }
        List<String> states = new ArrayList<>();
        states.add(b.isEnabled() ? "enabled" : "disabled");
        if (b.getModel().isRollover()) {
            states.add("hover");
        }
        if (b.getModel().isPressed()) {
            states.add("pressed");
        }
        if (b.isFocusOwner()) {
            states.add("focused");
        }
        if (b.isSelected()) {
            states.add("selected");
        }
        return "(" + String.join(", ", states) + ")";
    }

    static String describe(Component c) {
        String label = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : "";
        return c.getClass().getSimpleName() + " " + c.getName() + " \"" + label + "\"";
    }
}
