package com.knead.usecase;

import com.knead.store.SyncStore;
import com.knead.sync.CentralAddress;
import com.knead.sync.CentralProblem;
import com.knead.sync.CentralStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync with the central database (flow 6): push what waits in the outbox, batch by batch in
 * outbox order, moving the local mark only after the centre has committed each batch; then pull
 * what the centre owns that changed since the last pull. Safe to stop at any point and to repeat:
 * a batch applied at the centre whose mark was not moved here is applied again as a no-op. A
 * passing problem (the server down, the connection cut) is tried again after a growing wait; the
 * last run and its problem in plain words are kept for the office.
 */
public final class SyncWithCentre {

    private static final Logger LOG = LoggerFactory.getLogger(SyncWithCentre.class);

    /** How far a sync has got, told from the thread doing it. */
    public interface Progress {
        Progress NONE = (pushed, of) -> {
        };

        /** {@code pushed} of the {@code of} records that were waiting are at the centre. */
        void pushed(long pushed, long of);
    }

    /** How to wait between tries; tests wait not at all. */
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /**
     * What a sync did: records pushed, of them late (for a closed day), prices and clients pulled, prices
     * for unknown services, and changes of services, add-ons and staff taken from the centre.
     */
    public record Done(long pushed, int late, int prices, int clients, int unknownItems, int catalog) {
        public Done(long pushed, int late, int prices, int clients, int unknownItems) {
            this(pushed, late, prices, clients, unknownItems, 0);
        }
    }

    /** Records per batch, each one central transaction: large enough to be quick, small enough to redo. */
    public static final int BATCH = 500;

    private final SyncStore local;
    private final CentralAddress centre;
    private final String locationName;
    private final Clock clock;
    private final List<Duration> waits;
    private final Pause pause;
    private final int batchSize;

    /**
     * @param waits the waits before each retry of a passing problem (e.g. 1 s, 4 s, 16 s); empty: no retry
     */
    public SyncWithCentre(SyncStore local, CentralAddress centre, String locationName, Clock clock,
                          List<Duration> waits, Pause pause) {
        this(local, centre, locationName, clock, waits, pause, BATCH);
    }

    /** The same with batches of {@code batchSize} records (tests use small ones, to stop a sync between batches). */
    public SyncWithCentre(SyncStore local, CentralAddress centre, String locationName, Clock clock,
                          List<Duration> waits, Pause pause, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("A batch holds at least one record");
        }
        this.batchSize = batchSize;
        this.local = local;
        this.centre = centre;
        this.locationName = locationName;
        this.clock = clock;
        this.waits = List.copyOf(waits);
        this.pause = pause;
    }

    /** The retry waits of a sync the owner waits for: 1, 4 and 16 seconds. */
    public static List<Duration> usualWaits() {
        return List.of(Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(16));
    }

    /** Runs the sync, retrying passing problems; throws the last {@link CentralProblem} when it could not finish. */
    public Done run(Progress progress) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                Done done = once(progress);
                local.ran(clock.instant(), "");
                return done;
            } catch (CentralProblem e) {
                LOG.warn("Sync attempt {} failed: {}", attempt + 1, e.getMessage(), e.getCause());
                local.ran(clock.instant(), e.getMessage());
                if (!e.passing() || attempt >= waits.size()) {
                    throw e;
                }
                pause.pause(waits.get(attempt));
            }
        }
    }

    private Done once(Progress progress) {
        SyncStore.State state = local.state();
        UUID location = state.location();
        long of = state.waiting();
        try (CentralStore central = CentralStore.connect(centre)) {
            central.describe(location, locationName, local.reference());
            long mark = state.pushedThrough();
            long pushed = 0;
            int late = 0;
            progress.pushed(0, of);
            for (List<SyncStore.Travelling> batch = local.after(mark, batchSize); !batch.isEmpty();
                 batch = local.after(mark, batchSize)) {
                CentralStore.Applied applied = central.push(location, locationName, batch);
                mark = batch.get(batch.size() - 1).seq();
                // Only now, the centre having committed: a crash before this line sends the batch again, harmlessly.
                local.pushedThrough(mark);
                pushed += batch.size();
                late += applied.late();
                progress.pushed(pushed, Math.max(of, pushed));
            }
            CentralStore.Changes changes = central.changesAfter(state.pulledThrough());
            SyncStore.Pulled pulled = local.applyPulled(changes.catalog(), changes.prices(), changes.clients(),
                    changes.through(), clock.instant());
            return new Done(pushed, late, pulled.prices(), pulled.clients(), pulled.unknownItems(), pulled.catalog());
        }
    }
}
