package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fourteen daily and twelve monthly backups kept, the newest of each day and month. */
class BackupRotationTest {

    private static List<BackupRotation.Made> everyDay(LocalDate from, int days) {
        List<BackupRotation.Made> made = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            made.add(new BackupRotation.Made(day.toString(), day, i));
        }
        return made;
    }

    @Test
    void aYearAndAHalfOfDailyBackupsKeepsTheLastFourteenDaysAndTwelveMonthEnds() {
        Set<String> kept = BackupRotation.DEFAULT.keep(everyDay(LocalDate.of(2025, 6, 1), 548)); // to 2026-11-30
        assertThat(kept).contains("2026-11-30", "2026-11-17").doesNotContain("2026-11-16");
        // The newest backup of each of the last twelve months: Nov 2026 back to Dec 2025.
        assertThat(kept).contains("2026-10-31", "2026-02-28", "2025-12-31").doesNotContain("2025-11-30", "2026-10-30");
        assertThat(kept).hasSize(14 + 11);
    }

    @Test
    void theNewestOfADayIsKeptWhenADayHasSeveral() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        List<BackupRotation.Made> made = List.of(new BackupRotation.Made("morning", day, 1),
                new BackupRotation.Made("before upgrade", day, 2), new BackupRotation.Made("yesterday", day.minusDays(1), 0));
        assertThat(new BackupRotation(1, 0).keep(made)).containsExactly("before upgrade");
        assertThat(new BackupRotation(2, 0).keep(made)).containsExactlyInAnyOrder("before upgrade", "yesterday");
    }

    @Test
    void daysWithoutABackupDoNotCountAgainstTheFourteen() {
        List<BackupRotation.Made> made = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i * 7L); // weekly
            made.add(new BackupRotation.Made(day.toString(), day, i));
        }
        assertThat(new BackupRotation(14, 0).keep(made)).hasSize(14).contains("2026-05-14").doesNotContain("2026-02-05");
    }

    @Test
    void atLeastOneDailyBackupIsKept() {
        assertThatThrownBy(() -> new BackupRotation(0, 12)).isInstanceOf(Refused.class);
        assertThat(BackupRotation.DEFAULT.keep(List.of())).isEmpty();
    }
}
