package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DiskRunwayTest {

    private static final long MB = 1024L * 1024;
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void growthIsTheFreeSpaceLostPerWholeDayAndNeverBackwards() {
        DiskRunway.Measure start = new DiskRunway.Measure(MONDAY, 900 * MB);
        assertThat(DiskRunway.growthPerDay(start, new DiskRunway.Measure(MONDAY.plusDays(4), 860 * MB))).isEqualTo(10 * MB);
        assertThat(DiskRunway.growthPerDay(start, new DiskRunway.Measure(MONDAY.plusDays(1), 899 * MB))).isEqualTo(MB);
        assertThat(DiskRunway.growthPerDay(start, new DiskRunway.Measure(MONDAY, 100 * MB))).as("the same day").isZero();
        assertThat(DiskRunway.growthPerDay(start, new DiskRunway.Measure(MONDAY.plusDays(3), 900 * MB))).isZero();
        assertThat(DiskRunway.growthPerDay(start, new DiskRunway.Measure(MONDAY.plusDays(3), 950 * MB)))
                .as("space freed is no filling").isZero();
    }

    @Test
    void plentyOfRoomSaysNothing() {
        assertThat(new DiskRunway(40_000 * MB, 10 * MB).warning()).isEmpty();
        assertThat(new DiskRunway(DiskRunway.LOW_BYTES, 0).warning()).as("exactly the low mark, not growing").isEmpty();
        assertThat(new DiskRunway(8_000 * MB, 1_000 * MB).warning()).as("eight days left").isEmpty();
        assertThat(new DiskRunway(8_000 * MB, 0).daysLeft()).isEmpty();
    }

    @Test
    void aWeekBeforeTheDiskIsFullTheDeskSaysHowLong() {
        assertThat(new DiskRunway(7_000 * MB, 1_000 * MB).daysLeft()).hasValue(7);
        assertThat(new DiskRunway(7_000 * MB, 1_000 * MB).warning()).hasValue("The computer's disk has only 7000 MB "
                + "free; at the recent pace it is full in about 7 days. Free some space, or ask for a larger disk, "
                + "before sales can no longer be saved.");
        assertThat(new DiskRunway(1_500 * MB, 1_000 * MB).warning().orElseThrow()).contains("full in about a day.");
        assertThat(new DiskRunway(900 * MB, 1_000 * MB).warning().orElseThrow()).contains("full by tomorrow.");
        assertThat(new DiskRunway(20 * 1024 * MB, 4 * 1024 * MB).warning().orElseThrow())
                .startsWith("The computer's disk has only 20 GB free; at the recent pace it is full in about 5 days.");
        assertThat(new DiskRunway(10 * 1024 * MB, 2 * 1024 * MB).warning().orElseThrow()).startsWith("The computer's disk "
                + "has only 10 GB free");
        assertThat(new DiskRunway(10 * 1024 * MB - MB, 2 * 1024 * MB).warning().orElseThrow()).startsWith("The computer's "
                + "disk has only 10239 MB free");
    }

    @Test
    void littleSpaceLeftWarnsEvenWhenTheDataIsNotGrowing() {
        assertThat(new DiskRunway(DiskRunway.LOW_BYTES - 1, 0).warning()).hasValue("The computer's disk has only 499 MB "
                + "free. Free some space, or ask for a larger disk, before sales can no longer be saved.");
    }

    @Test
    void aFullDiskIsSaidToo() {
        assertThat(new DiskRunway(0, 0).warning()).hasValue("The computer's disk has only 0 MB free. Free some space, "
                + "or ask for a larger disk, before sales can no longer be saved.");
    }

    @Test
    void negativeFiguresAreRefused() {
        assertThatThrownBy(() -> new DiskRunway(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiskRunway(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
