package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short form of {@code scripts/soak-data-file}: a busy clinic lived day by day as Knead lives
 * (opened each morning, a day of check-ins, sales, a refund, the Z and the end-of-day report, closed at
 * night) keeps its database file within three times its compacted size at each month's end. Before
 * Knead compacted at close, this week ended its two months at 8.8 and 5.5 times the compacted size.
 */
class DataFileSoakTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(300)
    void aWeekLivedDayByDayKeepsTheFileWithinThreeTimesItsCompactedSize() {
        // Across a month's end, so two months are measured, the second on a file closed a week of evenings.
        List<DataFileSoak.Month> months = DataFileSoak.live(folder, LocalDate.of(2026, 10, 27), 7, month -> { });

        assertThat(months).extracting(DataFileSoak.Month::lastDay)
                .containsExactly(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 2));
        assertThat(months).allSatisfy(month -> assertThat(month.ratio()).as(month.toString())
                .isLessThanOrEqualTo(DataFileSoak.MOST));
        // The days' work reached the file: it grew during each day and holds more by the second month.
        assertThat(months).allSatisfy(month -> assertThat(month.beforeClose()).isGreaterThan(month.size()));
        assertThat(months.get(1).compacted()).isGreaterThan(months.get(0).compacted());
    }
}
