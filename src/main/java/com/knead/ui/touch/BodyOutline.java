package com.knead.ui.touch;

import com.knead.domain.BodyRegion;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The front and back outlines of the body map as shapes, one or more per region, in a drawing
 * space of {@value #WIDTH} by {@value #HEIGHT} units per figure, front on the left. The map
 * scales this space to whatever size it is shown or printed at.
 */
final class BodyOutline {

    static final double WIDTH = 440;
    static final double HEIGHT = 490;
    private static final double FIGURE = 220;

    /** One tappable part of the drawing. */
    record Part(BodyRegion region, Shape shape) {
    }

    private static final List<Part> PARTS = build();

    private BodyOutline() {
    }

    static List<Part> parts() {
        return PARTS;
    }

    private static List<Part> build() {
        List<Part> parts = new ArrayList<>();
        for (int figure = 0; figure < 2; figure++) {
            boolean back = figure == 1;
            double x = figure * FIGURE + 10;
            parts.add(new Part(BodyRegion.HEAD, new Ellipse2D.Double(x + 78, 4, 44, 52)));
            parts.add(new Part(BodyRegion.NECK, box(x + 88, 54, 24, 16)));
            parts.add(new Part(BodyRegion.SHOULDERS, new Ellipse2D.Double(x + 42, 66, 46, 30)));
            parts.add(new Part(BodyRegion.SHOULDERS, new Ellipse2D.Double(x + 112, 66, 46, 30)));
            parts.add(new Part(back ? BodyRegion.UPPER_BACK : BodyRegion.CHEST, box(x + 62, 90, 76, 56)));
            parts.add(new Part(back ? BodyRegion.LOWER_BACK : BodyRegion.ABDOMEN, box(x + 64, 146, 72, 50)));
            parts.add(new Part(BodyRegion.HIPS_GLUTES, box(x + 60, 196, 80, 40)));
            parts.add(new Part(BodyRegion.ARMS, box(x + 36, 92, 24, 112)));
            parts.add(new Part(BodyRegion.ARMS, box(x + 140, 92, 24, 112)));
            parts.add(new Part(BodyRegion.HANDS, new Ellipse2D.Double(x + 32, 204, 30, 38)));
            parts.add(new Part(BodyRegion.HANDS, new Ellipse2D.Double(x + 138, 204, 30, 38)));
            parts.add(new Part(BodyRegion.THIGHS, box(x + 62, 236, 36, 90)));
            parts.add(new Part(BodyRegion.THIGHS, box(x + 102, 236, 36, 90)));
            parts.add(new Part(BodyRegion.KNEES, box(x + 64, 326, 32, 30)));
            parts.add(new Part(BodyRegion.KNEES, box(x + 104, 326, 32, 30)));
            parts.add(new Part(BodyRegion.CALVES, box(x + 66, 356, 28, 78)));
            parts.add(new Part(BodyRegion.CALVES, box(x + 106, 356, 28, 78)));
            parts.add(new Part(BodyRegion.FEET, new Ellipse2D.Double(x + 60, 432, 36, 24)));
            parts.add(new Part(BodyRegion.FEET, new Ellipse2D.Double(x + 104, 432, 36, 24)));
        }
        return List.copyOf(parts);
    }

    private static Shape box(double x, double y, double w, double h) {
        return new RoundRectangle2D.Double(x, y, w, h, 14, 14);
    }
}
