package com.knead.ui.touch;

import com.knead.domain.BodyRegion;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;

/**
 * Draws the body map (front and back, each region shaded by the pain marked 0–10) at any size,
 * on screen or into an image for the therapist's intake summary.
 */
public final class BodyMapPicture {

    private BodyMapPicture() {
    }

    /** The map's colours, from the theme file (Kiosk.bodyMap.*), read once per picture. */
    private record Colours(Color paper, Color skin, Color outline, Color parting, Color mild, Color severe,
                           Color selected) {
        static Colours fromTheme() {
            return new Colours(ThemeColour.of("Kiosk.bodyMap.paper"), ThemeColour.of("Kiosk.bodyMap.skin"),
                    ThemeColour.of("Kiosk.bodyMap.outline"), ThemeColour.of("Kiosk.bodyMap.parting"),
                    ThemeColour.of("Kiosk.bodyMap.mild"),
                    ThemeColour.of("Kiosk.bodyMap.severe"), ThemeColour.of("Kiosk.bodyMap.selected"));
        }

        /** Mild pain's colour through the worst's. */
        Color shade(int intensity) {
            double f = intensity / 10.0;
            return new Color((int) (mild.getRed() + f * (severe.getRed() - mild.getRed())),
                    (int) (mild.getGreen() + f * (severe.getGreen() - mild.getGreen())),
                    (int) (mild.getBlue() + f * (severe.getBlue() - mild.getBlue())));
        }
    }

    /** The map as an image of the given size, for reports. */
    public static BufferedImage image(Map<BodyRegion, Integer> pain, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Colours.fromTheme().paper());
            g.fillRect(0, 0, width, height);
            paint(g, width, height, pain, null);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Paints the map into a {@code width} by {@code height} area, outlining the selected region: each
     * figure's outline, filled as skin; the regions inside it parted by thin lines and shaded by their
     * pain; each region's name written on it.
     */
    static void paint(Graphics2D g, int width, int height, Map<BodyRegion, Integer> pain, BodyRegion selected) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        AffineTransform toScreen = transform(width, height);
        float line = (float) Math.max(1.5, toScreen.getScaleX() * 1.5);
        Colours colours = Colours.fromTheme();
        for (boolean back : new boolean[] {false, true}) {
            Area body = new Area(toScreen.createTransformedShape(BodyOutline.silhouette(back)));
            g.setColor(colours.skin());
            g.fill(body);
            for (BodyOutline.Part part : BodyOutline.parts()) {
                if (part.back() != back) {
                    continue;
                }
                Area zone = zone(part, toScreen, body);
                Integer intensity = pain.get(part.region());
                if (intensity != null) {
                    g.setColor(colours.shade(intensity));
                    g.fill(zone);
                }
                g.setColor(colours.parting());
                g.setStroke(new BasicStroke(line * 0.75f));
                g.draw(zone);
            }
            g.setColor(colours.outline());
            g.setStroke(new BasicStroke(line * 1.6f));
            g.draw(body);
            for (BodyOutline.Part part : BodyOutline.parts()) {
                if (part.back() == back && part.region() == selected) {
                    g.setColor(colours.selected());
                    g.setStroke(new BasicStroke(line * 3));
                    g.draw(zone(part, toScreen, body));
                }
            }
            for (BodyOutline.Part part : BodyOutline.parts()) {
                if (part.back() == back) {
                    Integer intensity = pain.get(part.region());
                    Color under = intensity == null ? colours.skin() : colours.shade(intensity);
                    name(g, part.region().label(), toScreen.createTransformedShape(part.shape()).getBounds2D(),
                            toScreen.getScaleX(), inkOn(under, colours.outline()));
                }
            }
        }
        g.setColor(colours.outline());
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(14, 20 * toScreen.getScaleX())));
        for (boolean back : new boolean[] {false, true}) {
            Point2D at = toScreen.transform(new Point2D.Double(12, BodyOutline.labelY(back)), null);
            g.drawString(back ? "Back" : "Front", (float) at.getX(), (float) at.getY());
        }
    }

    /** The part of the body a region's box holds, reaching half way over the gap to its neighbours. */
    private static Area zone(BodyOutline.Part part, AffineTransform toScreen, Area body) {
        java.awt.geom.Rectangle2D box = part.shape().getBounds2D();
        Area zone = new Area(toScreen.createTransformedShape(new java.awt.geom.Rectangle2D.Double(
                box.getX() - 2, box.getY() - 2, box.getWidth() + 4, box.getHeight() + 4)));
        zone.intersect(body);
        return zone;
    }

    /** The dark ink, or white where a strong pain's colour would swallow it. */
    private static Color inkOn(Color under, Color ink) {
        return luminance(under) < 0.2 ? Color.WHITE : ink;
    }

    private static double luminance(Color c) {
        double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    /**
     * Writes a region's name on it, a word a line where it needs to, as large as fits its box (up to
     * 18 units of the drawing: 16 px on a 1024 px kiosk, 27 on a full HD one); a word too long for
     * its box even at 12 px is broken in two with a hyphen ("Abdo-men").
     */
    private static void name(Graphics2D g, String label, java.awt.geom.Rectangle2D box, double scale, Color ink) {
        double roomW = box.getWidth() - 6;
        double roomH = box.getHeight() - 6;
        for (boolean hyphens : new boolean[] {false, true}) {
            for (int size = (int) Math.round(18 * scale); size >= (hyphens ? 9 : 12); size--) {
                Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
                java.awt.FontMetrics fm = g.getFontMetrics(font);
                java.util.List<String> lines = lines(hyphens ? hyphenated(label) : label, fm, roomW);
                if (lines != null && lines.size() * fm.getHeight() <= roomH) {
                    g.setFont(font);
                    g.setColor(ink);
                    double y = box.getCenterY() - lines.size() * fm.getHeight() / 2.0 + fm.getAscent();
                    for (String text : lines) {
                        g.drawString(text, (float) (box.getCenterX() - fm.stringWidth(text) / 2.0), (float) y);
                        y += fm.getHeight();
                    }
                    return;
                }
            }
        }
    }

    /** Each long word broken once, near its middle, after a vowel and before a consonant. */
    private static String hyphenated(String label) {
        StringBuilder out = new StringBuilder();
        for (String word : label.split(" ")) {
            int at = -1;
            for (int i = 3; i <= word.length() - 3; i++) {
                boolean vowelThenConsonant = "aeiou".indexOf(word.charAt(i - 1)) >= 0 && "aeiou".indexOf(word.charAt(i)) < 0;
                if (vowelThenConsonant && (at < 0 || Math.abs(i - word.length() / 2.0) < Math.abs(at - word.length() / 2.0))) {
                    at = i;
                }
            }
            out.append(out.length() == 0 ? "" : " ").append(word.length() >= 7 && at > 0
                    ? word.substring(0, at) + "- " + word.substring(at) : word);
        }
        return out.toString();
    }

    /** The label in as few lines as fit {@code room} wide, a whole word at least on each; null if a word is wider. */
    private static java.util.List<String> lines(String label, java.awt.FontMetrics fm, double room) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String now = "";
        for (String word : label.split(" ")) {
            if (fm.stringWidth(word) > room) {
                return null;
            }
            // A word's first half, ending in a hyphen, ends its line.
            if (!now.isEmpty() && !now.endsWith("-") && fm.stringWidth(now + " " + word) <= room) {
                now = now + " " + word;
            } else {
                if (!now.isEmpty()) {
                    lines.add(now);
                }
                now = word;
            }
        }
        lines.add(now);
        return lines;
    }

    /** The region drawn under a point of a {@code width} by {@code height} map, if any. */
    static Optional<BodyRegion> regionAt(int width, int height, Point2D point) {
        try {
            Point2D inDrawing = transform(width, height).inverseTransform(point, null);
            return BodyOutline.parts().stream().filter(p -> p.shape().contains(inDrawing))
                    .map(BodyOutline.Part::region).findFirst();
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            return Optional.empty();
        }
    }

    /** The centre of a region's first shape on a map of that size, front figure first. */
    static Point2D centreOf(BodyRegion region, int width, int height) {
        BodyOutline.Part part = BodyOutline.parts().stream().filter(p -> p.region() == region).findFirst()
                .orElseThrow();
        var bounds = part.shape().getBounds2D();
        return transform(width, height).transform(new Point2D.Double(bounds.getCenterX(), bounds.getCenterY()), null);
    }

    /** Where the parts of a region on one figure are drawn on a map of that size (their union). */
    static java.awt.Rectangle boundsOf(BodyRegion region, boolean back, int width, int height) {
        AffineTransform toScreen = transform(width, height);
        java.awt.geom.Rectangle2D union = null;
        for (BodyOutline.Part part : BodyOutline.parts()) {
            if (part.region() == region && part.back() == back) {
                var bounds = toScreen.createTransformedShape(part.shape()).getBounds2D();
                union = union == null ? bounds : union.createUnion(bounds);
            }
        }
        return union == null ? new java.awt.Rectangle() : union.getBounds();
    }

    /** The figure (back or not) drawn under a point, if any: with {@link #regionAt}, the part tapped. */
    static Optional<Boolean> figureAt(int width, int height, Point2D point) {
        try {
            Point2D inDrawing = transform(width, height).inverseTransform(point, null);
            return BodyOutline.parts().stream().filter(p -> p.shape().contains(inDrawing))
                    .map(BodyOutline.Part::back).findFirst();
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            return Optional.empty();
        }
    }

    /** Scales the drawing to fit, keeping its proportions, centred. */
    private static AffineTransform transform(int width, int height) {
        double scale = Math.min(width / BodyOutline.WIDTH, height / BodyOutline.HEIGHT);
        AffineTransform t = new AffineTransform();
        t.translate((width - BodyOutline.WIDTH * scale) / 2, (height - BodyOutline.HEIGHT * scale) / 2);
        t.scale(scale, scale);
        return t;
    }
}
