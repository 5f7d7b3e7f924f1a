package com.knead.ui.touch;

import com.knead.domain.BodyRegion;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The front and back outlines of the body map as shapes, one or more per region, in a drawing
 * space of {@value #WIDTH} by {@value #HEIGHT} units: each figure lies as on a massage table, head
 * on the left, the front above the back. Lying down, the body's length runs across the screen,
 * where there is room, so every region is at least {@value #PART} units each way (a 64 px touch
 * target at the size the kiosk shows the map).
 */
final class BodyOutline {

    static final double WIDTH = 660;
    static final double HEIGHT = 492;
    /** The smallest side of a region's box. */
    static final double PART = 68;
    private static final double PITCH = PART + 4;
    /** Room above each figure for its name ("Front", "Back"). */
    static final double LABEL = 24;
    private static final double FIGURE = LABEL + 3 * PITCH + 12;
    /** The shoulders' length along the body, and where the arms begin. */
    private static final double SHOULDER = 106;
    private static final double ARM = 12 + PITCH + SHOULDER + 4;

    /** One tappable part of the drawing, on the back figure or the front. */
    record Part(BodyRegion region, boolean back, Shape shape) {
    }

    private static final List<Part> PARTS = build();

    private BodyOutline() {
    }

    static List<Part> parts() {
        return PARTS;
    }

    /** Where a figure's name is written: the top left of its band. */
    static double labelY(boolean back) {
        return (back ? FIGURE : 0) + LABEL - 6;
    }

    private static List<Part> build() {
        List<Part> parts = new ArrayList<>();
        for (boolean back : new boolean[] {false, true}) {
            double top = (back ? FIGURE : 0) + LABEL;
            // Three lanes along the body: one arm's side, the middle, the other arm's side.
            double side = top;
            double middle = top + PITCH;
            double other = top + 2 * PITCH;
            parts.add(new Part(BodyRegion.HEAD, back, round(col(0), middle, PART, PART, 40)));
            parts.add(new Part(BodyRegion.NECK, back, box(col(1), middle, PART, PART)));
            // The shoulders reach half into the arms' old column, so "Shoulders" can be written on them.
            parts.add(new Part(BodyRegion.SHOULDERS, back, box(col(1), side, SHOULDER, PART)));
            parts.add(new Part(BodyRegion.SHOULDERS, back, box(col(1), other, SHOULDER, PART)));
            parts.add(new Part(back ? BodyRegion.UPPER_BACK : BodyRegion.CHEST, back, box(col(2), middle, PART, PART)));
            parts.add(new Part(BodyRegion.ARMS, back, box(ARM, side, col(3) + PART - ARM, PART)));
            parts.add(new Part(BodyRegion.ARMS, back, box(ARM, other, col(3) + PART - ARM, PART)));
            parts.add(new Part(back ? BodyRegion.LOWER_BACK : BodyRegion.ABDOMEN, back, box(col(3), middle, PART, PART)));
            parts.add(new Part(BodyRegion.HIPS_GLUTES, back, box(col(4), middle, PART, PART)));
            parts.add(new Part(BodyRegion.HANDS, back, round(col(4), side, PART, PART, 30)));
            parts.add(new Part(BodyRegion.HANDS, back, round(col(4), other, PART, PART, 30)));
            // The legs: two lanes, half a lane in from the arms'.
            double leg = side + PITCH / 2;
            double otherLeg = other - PITCH / 2;
            BodyRegion[] down = {BodyRegion.THIGHS, BodyRegion.KNEES, BodyRegion.CALVES, BodyRegion.FEET};
            for (int i = 0; i < down.length; i++) {
                int arc = down[i] == BodyRegion.FEET ? 30 : 14;
                parts.add(new Part(down[i], back, round(col(5 + i), leg, PART, PART, arc)));
                parts.add(new Part(down[i], back, round(col(5 + i), otherLeg, PART, PART, arc)));
            }
        }
        return List.copyOf(parts);
    }

    /**
     * The figure's outline: head, neck, shoulders and chest, the arms along the sides, waist, hips,
     * and the legs a little apart, drawn around the regions' boxes (a tap still goes by the boxes),
     * so a visitor sees a body and not a grid. Symmetric about the middle of the lane of the trunk.
     */
    static Shape silhouette(boolean back) {
        double top = (back ? FIGURE : 0) + LABEL;
        double c = top + PITCH + PART / 2;
        Area one = new Area();
        Area half = new Area();
        one.add(new Area(new Ellipse2D.Double(col(0), c - 33, 74, 66)));
        one.add(new Area(new Rectangle2D.Double(col(0) + 58, c - 19, 96, 38)));
        one.add(new Area(new RoundRectangle2D.Double(col(1) + 8, top + 4, 130, 2 * (c - top - 4), 84, 84)));
        one.add(new Area(new RoundRectangle2D.Double(col(2), c - 31, col(4) - col(2) + 10, 62, 24, 24)));
        one.add(new Area(new RoundRectangle2D.Double(col(4) - 10, c - 32, PART + 18, 64, 40, 40)));
        // One arm and hand, one leg: the other side is their mirror image.
        half.add(new Area(new RoundRectangle2D.Double(ARM - 20, top + 9, col(4) + 40 - ARM, 50, 50, 50)));
        half.add(new Area(new RoundRectangle2D.Double(col(4) + 1, top + 2, PART - 2, 62, 40, 40)));
        java.awt.geom.Path2D.Double leg = new java.awt.geom.Path2D.Double();
        double lc = top + PITCH / 2 + PART / 2;
        leg.moveTo(col(4) + 30, c - 32);
        leg.curveTo(col(5) - 10, lc - 26, col(5) + 20, lc - 29, col(5) + 40, lc - 29);
        leg.lineTo(col(6) + 34, lc - 23);
        leg.curveTo(col(7), lc - 26, col(7) + 30, lc - 24, col(8) + 4, lc - 15);
        leg.lineTo(col(8) + 4, lc + 15);
        leg.curveTo(col(7) + 30, lc + 24, col(7), lc + 26, col(6) + 34, lc + 23);
        leg.lineTo(col(5) + 40, lc + 27);
        leg.curveTo(col(5) + 20, lc + 27, col(5), lc + 30, col(4) + 40, c);
        leg.closePath();
        half.add(new Area(leg));
        half.add(new Area(new RoundRectangle2D.Double(col(8) - 4, lc - 27, PART + 4, 54, 40, 40)));
        one.add(half);
        AffineTransform mirror = new AffineTransform(1, 0, 0, -1, 0, 2 * c);
        one.add(half.createTransformedArea(mirror));
        return one;
    }

    private static double col(int i) {
        return 12 + i * PITCH;
    }

    private static Shape box(double x, double y, double w, double h) {
        return round(x, y, w, h, 14);
    }

    private static Shape round(double x, double y, double w, double h, double arc) {
        return new RoundRectangle2D.Double(x, y, w, h, arc, arc);
    }
}
