package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.kiosk.MovingClock;
import com.knead.store.DatabaseFile;
import com.knead.store.DemoFolder;
import com.knead.store.DemoSeed;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's header follows the business day, not the calendar and not the moment the window opened: on a
 * clinic whose day ends at 02:00, at 01:30 it still shows the day before, and at 02:00 it turns, with the
 * desk left open and the clock moved (no waiting for the night).
 */
class DeskHeadingDayTurnGuiTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.getDefault());

    @TempDir
    Path data;

    private WindowsOnOneClock windows;

    @AfterEach
    void close() {
        if (windows != null) {
            windows.close();
        }
    }

    @Test
    void theHeaderTurnsAtTheClinicsDayEndNotAtMidnight() throws Exception {
        DemoFolder.open(data).close();
        try (Connection c = DatabaseFile.connect(data); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE clinic SET day_ends = '02:00'");
        }
        windows = new WindowsOnOneClock(data);
        assertThat(windows.stores.clinic().dayEnds()).isEqualTo(LocalTime.of(2, 0));
        MovingClock clock = windows.clock;
        LocalDate opened = windows.stores.clinic().businessDay(clock.instant());
        windows.hideOffice();
        GuiActionRunner.execute(() -> windows.desk.target().toFront());
        RunningDesk.signIn(windows.desk, DemoSeed.DEMO_CASHIER, DemoSeed.DEMO_CASHIER_PIN);
        JLabel heading = windows.desk.label("desk.heading").target();
        String name = windows.stores.clinic().name();
        waitUntil("the header shows the day it opened on", WindowsOnOneClock.WAIT,
                () -> text(heading).equals(name + " · " + DAY.format(opened)));

        // After midnight but before the day's end: still the same business day.
        moveTo(clock, opened.plusDays(1).atTime(1, 30));
        assertThat(windows.stores.clinic().businessDay(clock.instant())).isEqualTo(opened);
        screenshot(windows.desk.target(), "desk-heading-1-half-past-one");
        assertThat(text(heading)).isEqualTo(name + " · " + DAY.format(opened));

        // The day's end passes with the desk open: the header turns to the new business day.
        moveTo(clock, opened.plusDays(1).atTime(2, 0));
        waitUntil("the header turns to the next business day", WindowsOnOneClock.WAIT,
                () -> text(heading).equals(name + " · " + DAY.format(opened.plusDays(1))));
        screenshot(windows.desk.target(), "desk-heading-2-after-the-day-end");
        assertThat(GuiActionRunner.execute(() -> heading.isShowing()
                && heading.getWidth() >= heading.getPreferredSize().width)).as("shown whole, not cut off").isTrue();
    }

    private void moveTo(MovingClock clock, java.time.LocalDateTime local) {
        Instant at = local.atZone(windows.stores.clinic().zone()).toInstant();
        clock.pass(Duration.between(clock.instant(), at));
    }
}
