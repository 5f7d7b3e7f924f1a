package com.knead.ui;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a visitor sees of the body map, from its painted pixels: a body (each figure one outline,
 * its regions joined, not a grid of separate boxes on the paper) and a name written on every area
 * that can be tapped.
 */
public final class BodyMapSeen {

    /** An area of the map as a screen reader finds it: its spoken name and where it is drawn, in the image. */
    public record Area(String name, Rectangle bounds) {
    }

    private BodyMapSeen() {
    }

    /** One line per problem; {@code paper} is the colour painted around the figures. */
    public static List<String> problems(BufferedImage image, List<Area> areas, Color paper) {
        List<String> found = new ArrayList<>();
        for (Area area : areas) {
            if (!named(image, area.bounds())) {
                found.add(area.name() + ": no name written on it (" + area.bounds().width + "×"
                        + area.bounds().height + " px)");
            }
        }
        for (Area a : areas) {
            for (Area b : areas) {
                Rectangle ra = a.bounds();
                Rectangle rb = b.bounds();
                int gap = rb.x - (ra.x + ra.width);
                int top = Math.max(ra.y, rb.y);
                int overlap = Math.min(ra.y + ra.height, rb.y + rb.height) - top;
                // Neighbours along the body, in the same lane: the body goes on between them.
                if (gap < 0 || gap > 12 || overlap < 0.75 * Math.min(ra.height, rb.height)) {
                    continue;
                }
                // Down the gap between them, at least two fifths body: the figure goes on (two legs or two arms drawn
                // as one area leave the paper between them, so not all of it).
                int x = ra.x + ra.width + gap / 2;
                int body = 0;
                for (int y = top; y < top + overlap; y++) {
                    if (TouchRules.contrast(new Color(image.getRGB(x, y)), paper) >= 1.1) {
                        body++;
                    }
                }
                if (body < 0.4 * overlap) {
                    found.add("between " + a.name() + " and " + b.name() + " the paper shows at x " + x + " ("
                            + body + " of " + overlap + " px body): not one body");
                }
            }
        }
        return found;
    }

    /**
     * Written on: in the middle of the area (where its name goes), at least a dozen pixels of ink
     * that stand out 4.5:1 from the colour painted most there.
     */
    private static boolean named(BufferedImage image, Rectangle r) {
        int cx = r.x + r.width / 2;
        int cy = r.y + r.height / 2;
        int dx = Math.max(4, (int) (r.width * 0.3));
        int dy = Math.max(4, (int) (r.height * 0.2));
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = cy - dy; y <= cy + dy; y++) {
            for (int x = cx - dx; x <= cx + dx; x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        Color under = new Color(counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        int ink = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (TouchRules.contrast(under, new Color(e.getKey())) >= 4.5) {
                ink += e.getValue();
            }
        }
        return ink >= 12;
    }
}
