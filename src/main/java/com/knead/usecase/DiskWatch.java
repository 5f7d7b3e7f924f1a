package com.knead.usecase;

import com.knead.domain.DiskRunway;
import com.knead.store.SettingStore;
import com.knead.store.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the disk holding the data folder for the desk (at its start, then every hour): how much is
 * free, and how fast the free space went down since a measure kept in the settings (renewed every
 * {@link #RENEW_DAYS} days, so the pace is the recent one) — the clinic's data growing, backups or
 * anything else on that disk. File work: a worker's, never the screen's.
 */
public final class DiskWatch {

    /** Where the earlier measure is kept: "2026-12-01 123456789" (the clinic's day, the disk's free bytes). */
    static final String MEASURE = "disk.measure";

    /** The measure the pace is counted from is renewed after this many days. */
    static final int RENEW_DAYS = 14;

    private static final Logger LOG = LoggerFactory.getLogger(DiskWatch.class);

    /** The disk as Knead sees it: what is free for it. */
    public interface Space {
        long free() throws IOException;
    }

    private final SettingStore settings;
    private final Space space;
    private final Clock clock;
    private final ZoneId zone;

    public DiskWatch(SettingStore settings, Space space, Clock clock, ZoneId zone) {
        this.settings = settings;
        this.space = space;
        this.clock = clock;
        this.zone = zone;
    }

    /** The watch over the open data folder's own disk. */
    public static DiskWatch of(Stores stores, Clock clock) {
        return new DiskWatch(stores.settings(), folderSpace(stores.folder()), clock, stores.clinic().zone());
    }

    /** The warning the desk shows now, if any. A disk that cannot be measured is logged and warns of nothing. */
    public Optional<String> check() {
        try {
            DiskRunway.Measure now = new DiskRunway.Measure(LocalDate.ofInstant(clock.instant(), zone), space.free());
            Optional<DiskRunway.Measure> earlier = settings.get(MEASURE).flatMap(DiskWatch::parse);
            long growth = earlier.map(e -> DiskRunway.growthPerDay(e, now)).orElse(0L);
            if (earlier.isEmpty() || ChronoUnit.DAYS.between(earlier.get().day(), now.day()) >= RENEW_DAYS
                    || now.day().isBefore(earlier.get().day())) {
                settings.put(MEASURE, now.day() + " " + now.freeBytes());
            }
            return new DiskRunway(now.freeBytes(), growth).warning();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("The disk holding the data could not be measured: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<DiskRunway.Measure> parse(String kept) {
        String[] parts = kept.trim().split(" ");
        try {
            return Optional.of(new DiskRunway.Measure(LocalDate.parse(parts[0]), Long.parseLong(parts[1])));
        } catch (RuntimeException e) {
            LOG.warn("The disk's earlier measure '{}' could not be read; it is taken again", kept);
            return Optional.empty();
        }
    }

    /** The disk of {@code folder}: the space usable there. */
    static Space folderSpace(Path folder) {
        return () -> Files.getFileStore(folder).getUsableSpace();
    }
}
