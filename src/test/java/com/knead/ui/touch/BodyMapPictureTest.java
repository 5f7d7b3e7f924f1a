package com.knead.ui.touch;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.BodyRegion;
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

    private static Color at(BufferedImage image, Point2D point) {
        return new Color(image.getRGB((int) point.getX(), (int) point.getY()));
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
