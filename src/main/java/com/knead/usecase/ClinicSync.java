package com.knead.usecase;

import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.domain.SyncSchedule;
import com.knead.store.Stores;
import com.knead.store.SyncStore;
import com.knead.sync.CentralAddress;
import com.knead.sync.CentralStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinic's sync with the centre as the office and the nightly timer run it: where the centre is
 * (kept by {@link CentralAccess}), the time of the nightly sync, how the syncs stand, a sync by hand,
 * and the nightly one when {@link SyncSchedule} says it is due. One sync at a time, whoever asks.
 * Connecting and the schedule are settings: only someone who may change them may, and each change is
 * audited. All of it is database or network work: call it off the screen's thread.
 */
public final class ClinicSync {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicSync.class);

    /** The setting holding the nightly sync's local time ("02:00"). */
    public static final String SCHEDULE = "sync.time";

    /**
     * How the syncs stand, for the office.
     *
     * @param where   host, port and database of the centre ("" when not connected)
     * @param caFile  with TLS (verify-full), the CA certificate the server is checked against; "" without TLS
     * @param nextRun when the next sync runs by itself (empty when not connected)
     */
    public record Status(boolean connected, String url, String where, String user, String caFile, SyncSchedule schedule,
                         Optional<Instant> lastSuccess, long waiting, String lastProblem, Optional<Instant> nextRun,
                         boolean running, ZoneId zone) {
    }

    /** Told, from the syncing thread, that a try failed with a passing problem and another follows after {@code wait}. */
    public interface Retrying {
        Retrying QUIETLY = (problem, wait) -> {
        };

        void retrying(String problem, Duration wait);
    }

    private final Stores stores;
    private final Clock clock;
    private final List<Duration> waits;
    private final SyncWithCentre.Pause pause;
    private final AtomicBoolean running = new AtomicBoolean();

    public ClinicSync(Stores stores, Clock clock, List<Duration> waits, SyncWithCentre.Pause pause) {
        this.stores = stores;
        this.clock = clock;
        this.waits = List.copyOf(waits);
        this.pause = pause;
    }

    public Status status() {
        Optional<CentralAddress> address = CentralAccess.keptOrFail(stores);
        SyncStore.State state = stores.sync().state();
        SyncSchedule schedule = schedule();
        ZoneId zone = stores.clinic().zone();
        Optional<Instant> next = address.map(a -> schedule.nextRun(clock.instant(), zone, state.lastSuccess(),
                state.lastAttempt()));
        return new Status(address.isPresent(), address.map(CentralAddress::url).orElse(""),
                address.map(CentralAddress::where).orElse(""), address.map(CentralAddress::user).orElse(""),
                address.filter(CentralAddress::verified).map(CentralAddress::caFile).orElse(""), schedule, state.lastSuccess(), state.waiting(), state.lastProblem(), next, running.get(), zone);
    }

    /** The nightly sync's time: as the owner set it, else {@link SyncSchedule#DEFAULT}. */
    public SyncSchedule schedule() {
        return stores.settings().get(SCHEDULE).map(SyncSchedule::typed).orElse(SyncSchedule.DEFAULT);
    }

    /** Sets the nightly sync's time from what was typed ("2:30"); audited. */
    public SyncSchedule changeSchedule(StaffMember who, String typed) {
        requireRight(who);
        SyncSchedule chosen = SyncSchedule.typed(typed);
        SyncSchedule before = schedule();
        if (!before.equals(chosen)) {
            stores.settings().put(SCHEDULE, chosen.text());
            audit(who, "sync time: " + before.text() + " → " + chosen.text());
        }
        return chosen;
    }

    /** The address typed, without TLS; see {@link #address(String, String, String, boolean, String)}. */
    public CentralAddress address(String url, String user, String password) {
        return address(url, user, password, false, "");
    }

    /**
     * The address typed, checked: a plain sentence for an empty or malformed one, and, with {@code tls},
     * for no CA certificate or one that cannot be read (the connection is then TLS with the server
     * verified against it, PostgreSQL's verify-full). An empty password keeps the password already
     * kept for the same centre and user.
     */
    public CentralAddress address(String url, String user, String password, boolean tls, String caFile) {
        String typed = url == null ? "" : url.strip();
        if (typed.isEmpty()) {
            throw new Refused("Type the central database's address, for example "
                    + "jdbc:postgresql://centre.example.com:5432/knead.");
        }
        if (!typed.startsWith("jdbc:") && typed.matches("[\\w.\\-\\[\\]:]+(:\\d+)?/\\w+")) {
            typed = "jdbc:postgresql://" + typed;
        }
        String ca = null;
        if (tls) {
            String file = caFile == null ? "" : caFile.strip();
            if (file.isEmpty()) {
                throw new Refused("With Use TLS, give the CA certificate file the central server's certificate is "
                        + "signed by.");
            }
            Path path = Path.of(file).toAbsolutePath();
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new Refused("Cannot read the CA certificate " + file + ".");
            }
            ca = path.toString();
        }
        CentralAddress given = new CentralAddress(typed, user, password, ca);
        if (given.password().isEmpty()) {
            Optional<CentralAddress> kept = CentralAccess.keptOrFail(stores);
            if (kept.isPresent() && kept.get().url().equals(given.url()) && kept.get().user().equals(given.user())) {
                return new CentralAddress(given.url(), given.user(), kept.get().password(), ca);
            }
        }
        return given;
    }

    /** Tries the centre with what was typed, keeping nothing; its address in plain words when it answers. */
    public String test(String url, String user, String password) {
        return test(url, user, password, false, "");
    }

    /** The same, with TLS when {@code tls} (see {@link #address(String, String, String, boolean, String)}). */
    public String test(String url, String user, String password, boolean tls, String caFile) {
        CentralAddress address = address(url, user, password, tls, caFile);
        CentralStore.connect(address).close();
        return address.where();
    }

    /** Checks the centre answers to what was typed (no TLS), then keeps it for the syncs; audited. */
    public Status connect(StaffMember who, String url, String user, String password) {
        return connect(who, url, user, password, false, "");
    }

    /**
     * Checks the centre answers to what was typed, with TLS when {@code tls}, then keeps it (and the
     * TLS setting) for the syncs; audited.
     */
    public Status connect(StaffMember who, String url, String user, String password, boolean tls, String caFile) {
        requireRight(who);
        CentralAddress address = address(url, user, password, tls, caFile);
        CentralStore.connect(address).close();
        Optional<CentralAddress> before = CentralAccess.keptOrFail(stores);
        try {
            CentralAccess.keep(stores, address);
        } catch (IOException e) {
            throw new UncheckedIOException("The central database's password could not be kept", e);
        }
        String was = before.map(ClinicSync::described).orElse("none");
        String now = described(address);
        boolean newPassword = before.isPresent() && !before.get().password().equals(address.password());
        audit(who, "central database: " + was + " → " + now + (newPassword ? " (new password)" : ""));
        return status();
    }

    private static String described(CentralAddress address) {
        return address.where() + " as " + address.user() + (address.verified() ? " over TLS (CA " + address.caFile() + ")" : "");
    }

    /** A sync now, by hand; refused when the clinic is not connected or a sync is already under way. */
    public SyncWithCentre.Done now(SyncWithCentre.Progress progress, Retrying retrying) throws InterruptedException {
        CentralAddress address = CentralAccess.keptOrFail(stores).orElseThrow(() -> new Refused(
                "This clinic is not connected to a central database yet; connect it above first."));
        return run(address, progress, retrying).orElseThrow(() -> new Refused(
                "A sync is already under way; its result shows here when it ends."));
    }

    /** Whether the nightly sync is due now: connected, and {@link SyncSchedule#due} says so. */
    public boolean due() {
        if (CentralAccess.keptOrFail(stores).isEmpty()) {
            return false;
        }
        SyncStore.State state = stores.sync().state();
        return schedule().due(clock.instant(), stores.clinic().zone(), state.lastSuccess(), state.lastAttempt());
    }

    /** The nightly sync, when it is due and none is under way; what it did, if it ran. */
    public Optional<SyncWithCentre.Done> nightlyIfDue(SyncWithCentre.Progress progress) throws InterruptedException {
        if (!due()) {
            return Optional.empty();
        }
        Optional<SyncWithCentre.Done> done = run(CentralAccess.keptOrFail(stores).orElseThrow(), progress,
                Retrying.QUIETLY);
        done.ifPresent(d -> LOG.info("The nightly sync pushed {} records and pulled {} prices and {} clients",
                d.pushed(), d.prices(), d.clients()));
        return done;
    }

    private Optional<SyncWithCentre.Done> run(CentralAddress address, SyncWithCentre.Progress progress,
                                              Retrying retrying) throws InterruptedException {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SyncWithCentre(stores.sync(), address, stores.clinic().name(), clock, waits, wait -> {
                retrying.retrying(stores.sync().state().lastProblem(), wait);
                pause.pause(wait);
            })
                    .run(progress));
        } finally {
            running.set(false);
        }
    }

    private void requireRight(StaffMember who) {
        RoleRights.require(ClinicSettings.asStored(stores, who), Permission.SETTINGS);
    }

    private void audit(StaffMember who, String detail) {
        ClinicSettings.audit(stores, who, detail, clock.instant());
    }
}
