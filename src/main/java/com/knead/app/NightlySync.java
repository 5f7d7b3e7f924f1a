package com.knead.app;

import com.knead.control.PlainSentence;
import com.knead.usecase.ClinicSync;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While Knead runs, the sync with the centre runs by itself at the time the owner chose, on a thread
 * of its own (never the screen's; the desk and kiosk keep working). It looks once a minute, the first
 * time a minute after the windows are ready, so a night missed with the PC off is caught up soon
 * after the next start; whether a sync is due is {@link ClinicSync#due}'s rule. A sync that fails is
 * logged in plain words, kept for the office's Sync page, and tried again later (that rule's too).
 */
final class NightlySync {

    private static final Logger LOG = LoggerFactory.getLogger(NightlySync.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "knead-sync");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    NightlySync(ClinicSync sync) {
        this(sync, Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    /** Looks first after {@code first}, then every {@code every} (tests look sooner). */
    NightlySync(ClinicSync sync, Duration first, Duration every) {
        timer.scheduleWithFixedDelay(() -> look(sync), first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void look(ClinicSync sync) {
        try {
            sync.nightlyIfDue((pushed, of) -> {
                // A sync may stop between any two batches; stopping here is how Knead's closing stops it.
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("Knead is closing");
                }
            });
        } catch (CancellationException e) {
            LOG.info("The nightly sync stopped as Knead closed; what is left goes at the next one.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("The nightly sync did not finish: {}", PlainSentence.of(e, "the sync failed"));
        }
    }

    /** Stops the timer, a sync under way stopping at its next batch (up to a minute). */
    void stop() {
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("A sync was still running when Knead closed; what is left goes at the next one.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
