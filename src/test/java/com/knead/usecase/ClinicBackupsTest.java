package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Refused;
import com.knead.store.Backups;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner's backups on the demo clinic in real H2, on an injected clock: none before they are set
 * up, then the day's backup once a day and one by hand whenever asked, listed newest first (a day
 * keeps its newest).
 */
class ClinicBackupsTest extends OpenClinic {

    @TempDir
    Path usb;

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(stores.clinic().zone()).toInstant();
    }

    @Test
    void beforeSetUpNothingIsMadeAndABackupByHandIsRefusedInWords() {
        ClinicBackups backups = new ClinicBackups(stores.backups(), new SettableClock(Instant.now()));
        assertThat(backups.isSetUp()).isFalse();
        assertThat(backups.folder()).isEqualTo(stores.folder().resolve("backups"));
        assertThat(backups.dailyIfDue()).isEmpty();
        assertThatThrownBy(backups::now).isInstanceOf(Refused.class).hasMessageStartingWith("Backups are not set up yet");
        assertThat(backups.list()).isEmpty();
        assertThat(stores.folder().resolve("backups")).doesNotExist();
    }

    @Test
    void onceSetUpTheDaysBackupIsMadeOnceADayAndOneByHandWhenAsked() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        SettableClock clock = new SettableClock(at(day, 9));
        ClinicBackups backups = new ClinicBackups(stores.backups(), clock);
        backups.setUp("lavender fields at noon".toCharArray(), usb);
        assertThat(backups.isSetUp()).isTrue();
        assertThat(backups.folder()).isEqualTo(usb.toAbsolutePath());

        Backups.Made daily = backups.dailyIfDue().orElseThrow();
        assertThat(daily.reason()).isEqualTo("daily");
        assertThat(daily.at()).isEqualTo(clock.instant());
        assertThat(daily.file().getParent()).isEqualTo(usb.toAbsolutePath());
        assertThat(daily.file()).isNotEmptyFile();

        clock.set(at(day, 15));
        assertThat(backups.dailyIfDue()).as("the day has its backup").isEmpty();
        Backups.Made byHand = backups.now();
        assertThat(byHand.reason()).isEqualTo("by-hand");
        assertThat(byHand.at()).isEqualTo(at(day, 15));
        assertThat(byHand.file()).isNotEmptyFile();
        assertThat(daily.file()).as("the day keeps its newest backup").doesNotExist();

        clock.set(at(day.plusDays(1), 8));
        Backups.Made next = backups.dailyIfDue().orElseThrow();
        assertThat(next.at()).isEqualTo(at(day.plusDays(1), 8));
        assertThat(backups.dailyIfDue()).isEmpty();

        List<Backups.Made> all = backups.list();
        assertThat(all).containsExactly(next, byHand);
    }
}
