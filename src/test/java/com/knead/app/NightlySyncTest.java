package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.sync.CentralAddress;
import com.knead.sync.CentralPostgres;
import com.knead.sync.PrivatePasswordFolder;
import com.knead.sync.CentralStore;
import com.knead.usecase.CentralAccess;
import com.knead.usecase.ClinicSync;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timer that runs the nightly sync while the windows run: a clinic connected and never synced
 * (a night missed) is synced at the timer's first look, on its own thread, not the screen's.
 */
@ExtendWith(PrivatePasswordFolder.class)
class NightlySyncTest {

    @TempDir
    Path data;

    @Test
    void aMissedSyncIsCaughtUpAtTheFirstLookOnTheTimersThread() throws Exception {
        String url = CentralPostgres.cluster().newDatabase();
        CentralAddress centre = new CentralAddress(url, "postgres", "");
        CentralStore.migrate(centre);
        try (Stores stores = DemoFolder.open(data)) {
            Set<String> askedOn = ConcurrentHashMap.newKeySet();
            // The rule and the sync ask the clock: the threads asking are the ones doing the work.
            Clock clock = new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return java.time.ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    askedOn.add(Thread.currentThread().getName()
                            + (SwingUtilities.isEventDispatchThread() ? " (the screen's)" : ""));
                    return Instant.now();
                }
            };
            CentralAccess.keep(stores, centre);
            long waiting = stores.sync().state().waiting();
            ClinicSync sync = new ClinicSync(stores, clock, List.of(), wait -> { });
            NightlySync timer = new NightlySync(sync, Duration.ofMillis(50), Duration.ofMillis(50));
            try {
                CompletableFuture.runAsync(() -> {
                    while (stores.sync().state().lastSuccess().isEmpty()) {
                        LockSupport.parkNanos(10_000_000);
                    }
                }).get(30, TimeUnit.SECONDS);
                assertThat(stores.sync().state().lastProblem()).isEmpty();
                assertThat(stores.sync().state().waiting()).isZero();
                assertThat(stores.sync().state().pushedThrough()).isGreaterThanOrEqualTo(waiting);
                assertThat(askedOn).containsExactly("knead-sync");
                assertThat(sync.due()).isFalse();
            } finally {
                timer.stop();
            }
        }
    }
}
