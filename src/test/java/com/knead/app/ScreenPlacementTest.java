package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One screen shared by the desk and the kiosk: side by side, the whole screen used, no overlap. */
class ScreenPlacementTest {

    @ParameterizedTest(name = "{2}×{3} at {0},{1}")
    @CsvSource({"0, 0, 1366, 768", "0, 0, 1920, 1080", "1920, 0, 1280, 1024", "0, 0, 1367, 768"})
    void deskLeftKioskRightNeitherOverlapping(int x, int y, int width, int height) {
        Rectangle screen = new Rectangle(x, y, width, height);
        ScreenPlacement.Split split = ScreenPlacement.sideBySide(screen);
        assertThat(split.desk().intersects(split.kiosk())).isFalse();
        assertThat(screen.contains(split.desk())).isTrue();
        assertThat(screen.contains(split.kiosk())).isTrue();
        assertThat(split.desk().x).isEqualTo(x);
        assertThat(split.kiosk().x + split.kiosk().width).isEqualTo(x + width);
        assertThat(split.desk().width + split.kiosk().width).isEqualTo(width);
        assertThat(split.desk().height).isEqualTo(height);
        assertThat(split.kiosk().height).isEqualTo(height);
    }
}
