package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class DiskWatchTest extends OpenClinic {

    private static final long MB = 1024L * 1024;
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** Noon in New York on 2026-12-01. */
    private static final Instant NOON = Instant.parse("2026-12-01T17:00:00Z");

    /** The disk as the test sets it: the outside world, not Knead's. */
    private static final class Disk implements DiskWatch.Space {
        long free;
        IOException broken;

        @Override
        public long free() throws IOException {
            if (broken != null) {
                throw broken;
            }
            return free;
        }
    }

    private final Disk disk = new Disk();
    private final SettableClock clock = new SettableClock(NOON);

    private DiskWatch watch() {
        return new DiskWatch(stores.settings(), disk, clock, ZONE);
    }

    private void day(int days) {
        clock.set(NOON.plus(days, ChronoUnit.DAYS));
    }

    @Test
    void theFirstLookKeepsAMeasureAndWarnsOnlyOfLittleSpace() {
        disk.free = 6_000 * MB;
        assertThat(watch().check()).isEmpty();
        assertThat(stores.settings().get(DiskWatch.MEASURE)).hasValue("2026-12-01 " + 6_000 * MB);
        stores.settings().put(DiskWatch.MEASURE, "2026-12-01 " + 400 * MB);
        disk.free = 400 * MB;
        assertThat(watch().check()).hasValue("The computer's disk has only 400 MB free. Free some space, or ask for a "
                + "larger disk, before sales can no longer be saved.");
    }

    @Test
    void aDiskFillingFastWarnsAWeekBeforeItIsFull() {
        disk.free = 8_400 * MB;
        watch().check();
        day(3);
        disk.free = 6_000 * MB; // 800 MB a day: 7 days left
        assertThat(watch().check()).hasValueSatisfying(w -> assertThat(w).contains("6000 MB free; at the recent pace it "
                + "is full in about 7 days"));
        assertThat(stores.settings().get(DiskWatch.MEASURE)).as("kept until a fortnight has passed")
                .hasValue("2026-12-01 " + 8_400 * MB);
        disk.free = 6_200 * MB; // 733 MB a day: 8 days left
        assertThat(watch().check()).as("room enough at that pace").isEmpty();
    }

    @Test
    void theMeasureIsRenewedAfterAFortnightSoThePaceIsTheRecentOne() {
        disk.free = 20_000 * MB;
        watch().check();
        day(13);
        disk.free = 19_000 * MB;
        watch().check();
        assertThat(stores.settings().get(DiskWatch.MEASURE)).hasValue("2026-12-01 " + 20_000 * MB);
        day(14);
        disk.free = 13_000 * MB; // 500 MB a day over the fortnight: 26 days left
        assertThat(watch().check()).isEmpty();
        assertThat(stores.settings().get(DiskWatch.MEASURE)).hasValue("2026-12-15 " + 13_000 * MB);
        day(15);
        disk.free = 11_000 * MB; // 2,000 MB in the last day: 5 days left
        assertThat(watch().check()).hasValueSatisfying(w -> assertThat(w).contains("full in about 5 days"));
    }

    @Test
    void aClockSetBackOrAnUnreadableMeasureStartsAgain() {
        stores.settings().put(DiskWatch.MEASURE, "2027-01-10 " + 90_000 * MB);
        disk.free = 6_000 * MB;
        assertThat(watch().check()).isEmpty();
        assertThat(stores.settings().get(DiskWatch.MEASURE)).hasValue("2026-12-01 " + 6_000 * MB);
        stores.settings().put(DiskWatch.MEASURE, "yesterday, about a gigabyte");
        assertThat(watch().check()).isEmpty();
        assertThat(stores.settings().get(DiskWatch.MEASURE)).hasValue("2026-12-01 " + 6_000 * MB);
    }

    @Test
    void aDiskThatCannotBeMeasuredWarnsOfNothing() {
        disk.broken = new IOException("no such device");
        assertThat(watch().check()).isEmpty();
        assertThat(stores.settings().get(DiskWatch.MEASURE)).isEmpty();
    }

    @Test
    void theRealDiskOfTheDataFolderIsMeasured() throws IOException {
        long free = Files.getFileStore(stores.folder()).getUsableSpace();
        assertThat(DiskWatch.folderSpace(stores.folder()).free()).as("other programs write to this disk too")
                .isBetween(free - 100 * MB, free + 100 * MB);
    }
}
