package com.knead.ui.touch;

import com.knead.domain.BodyRegion;
import java.awt.Shape;
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
            parts.add(new Part(BodyRegion.SHOULDERS, back, box(col(1), side, PART, PART)));
            parts.add(new Part(BodyRegion.SHOULDERS, back, box(col(1), other, PART, PART)));
            parts.add(new Part(back ? BodyRegion.UPPER_BACK : BodyRegion.CHEST, back, box(col(2), middle, PART, PART)));
            parts.add(new Part(BodyRegion.ARMS, back, box(col(2), side, PITCH + PART, PART)));
            parts.add(new Part(BodyRegion.ARMS, back, box(col(2), other, PITCH + PART, PART)));
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
