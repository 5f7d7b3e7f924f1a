package com.knead.ui.touch;

import com.knead.domain.BodyRegion;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
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
    private record Colours(Color paper, Color skin, Color outline, Color mild, Color severe, Color selected) {
        static Colours fromTheme() {
            return new Colours(ThemeColour.of("Kiosk.bodyMap.paper"), ThemeColour.of("Kiosk.bodyMap.skin"),
                    ThemeColour.of("Kiosk.bodyMap.outline"), ThemeColour.of("Kiosk.bodyMap.mild"),
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

    /** Paints the map into a {@code width} by {@code height} area, outlining the selected region. */
    static void paint(Graphics2D g, int width, int height, Map<BodyRegion, Integer> pain, BodyRegion selected) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        AffineTransform toScreen = transform(width, height);
        float line = (float) Math.max(1.5, toScreen.getScaleX() * 1.5);
        Colours colours = Colours.fromTheme();
        for (BodyOutline.Part part : BodyOutline.parts()) {
            var shape = toScreen.createTransformedShape(part.shape());
            Integer intensity = pain.get(part.region());
            g.setColor(intensity == null ? colours.skin() : colours.shade(intensity));
            g.fill(shape);
            boolean isSelected = part.region() == selected;
            g.setColor(isSelected ? colours.selected() : colours.outline());
            g.setStroke(new BasicStroke(isSelected ? line * 3 : line));
            g.draw(shape);
        }
        g.setColor(colours.outline());
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(12, 20 * toScreen.getScaleX())));
        for (boolean back : new boolean[] {false, true}) {
            Point2D at = toScreen.transform(new Point2D.Double(12, BodyOutline.labelY(back)), null);
            g.drawString(back ? "Back" : "Front", (float) at.getX(), (float) at.getY());
        }
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
