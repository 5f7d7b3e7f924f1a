package com.knead.ui.touch;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.BodyRegion;
import com.knead.ui.BodyMapSeen;
import java.awt.Dimension;
import java.util.List;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The body map picture takes its colours from the theme file, even with no look and feel installed. */
class BodyMapPictureTest {

    private static Color themed(String key) throws Exception {
        Properties theme = new Properties();
        try (InputStream in = BodyMapPictureTest.class.getResourceAsStream("/com/knead/ui/theme/FlatLaf.properties")) {
            theme.load(in);
        }
        String value = theme.getProperty(key).trim();
        return Color.decode(value.startsWith("@") ? theme.getProperty(value).trim() : value);
    }

    /** The colour painted most around a region's middle (its name is written there, on its colour). */
    private static Color at(BufferedImage image, Point2D point) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = (int) point.getY() - 12; y <= point.getY() + 12; y++) {
            for (int x = (int) point.getX() - 12; x <= point.getX() + 12; x++) {
                counts.merge(image.getRGB(x, y), 1, Integer::sum);
            }
        }
        return new Color(counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
    }

    /** The sizes the kiosk shows the map at, 1024×768 up to 1920×1080 (as KioskFitTest measures them). */
    private static final List<Dimension> ON_THE_KIOSK = List.of(new Dimension(580, 430), new Dimension(836, 466),
            new Dimension(922, 434), new Dimension(1476, 766));

    @Test
    void aVisitorSeesABodyFrontAndBackWithEveryAreaNamedOnIt() {
        for (Dimension size : ON_THE_KIOSK) {
            for (Map<BodyRegion, Integer> pain : List.of(Map.<BodyRegion, Integer>of(),
                    Map.of(BodyRegion.NECK, 10, BodyRegion.LOWER_BACK, 5, BodyRegion.KNEES, 2))) {
                BufferedImage image = BodyMapPicture.image(pain, size.width, size.height);
                List<BodyMapSeen.Area> areas = BodyOutline.parts().stream().map(p -> new BodyMapSeen.Area(
                        p.region().label() + (p.back() ? ", back" : ", front"),
                        toScreen(p, size))).toList();
                save(image, "bodymap-" + size.width + "x" + size.height + (pain.isEmpty() ? "" : "-pain") + ".png");
                assertThat(BodyMapSeen.problems(image, areas, new Color(image.getRGB(1, 1))))
                        .as("the body map at %d×%d with pain %s", size.width, size.height, pain).isEmpty();
            }
        }
    }

    private static void save(BufferedImage image, String name) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of("target", "screenshots", name);
            java.nio.file.Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(image, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One part's own box (a region drawn twice, as the shoulders are, has two). */
    private static java.awt.Rectangle toScreen(BodyOutline.Part part, Dimension size) {
        double scale = Math.min(size.width / BodyOutline.WIDTH, size.height / BodyOutline.HEIGHT);
        java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
        t.translate((size.width - BodyOutline.WIDTH * scale) / 2, (size.height - BodyOutline.HEIGHT * scale) / 2);
        t.scale(scale, scale);
        return t.createTransformedShape(part.shape()).getBounds();
    }

    @Test
    void paperSkinAndTheWorstPainAreTheThemesColours() throws Exception {
        BufferedImage image = BodyMapPicture.image(Map.of(BodyRegion.NECK, 10), 600, 670);
        assertThat(new Color(image.getRGB(1, 1))).isEqualTo(themed("Kiosk.bodyMap.paper"));
        assertThat(at(image, BodyMapPicture.centreOf(BodyRegion.NECK, 600, 670)))
                .isEqualTo(themed("Kiosk.bodyMap.severe"));
        assertThat(at(image, BodyMapPicture.centreOf(BodyRegion.LOWER_BACK, 600, 670)))
                .isEqualTo(themed("Kiosk.bodyMap.skin"));
    }

    @Test
    void theOutlineNamesAnotherColourOfTheFile() throws Exception {
        assertThat(ThemeColour.of("Kiosk.bodyMap.outline")).isEqualTo(themed("@kioskInk"));
    }
}
