package com.knead.app;

import com.knead.control.PlainSentence;
import com.knead.usecase.ClinicBackups;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While Knead runs, the day's backup is made once the clinic has settled (two minutes after the
 * windows are ready, so a start is never slowed) and looked for again every hour, so a PC left on
 * overnight backs up the next day too. A backup that cannot be made is logged in plain words and
 * tried again at the next hour; the desk and kiosk never wait for it.
 */
final class DailyBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DailyBackup.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "knead-backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    DailyBackup(ClinicBackups backups) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                backups.dailyIfDue();
            } catch (RuntimeException e) {
                LOG.warn("The day's backup could not be made: {}", PlainSentence.of(e, "the backup failed"));
            }
        }, 2, 60, TimeUnit.MINUTES);
    }

    /** Stops the timer, letting a backup under way finish first (up to a minute). */
    void stop() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("A backup was still running when Knead closed; it will be made again next time.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
