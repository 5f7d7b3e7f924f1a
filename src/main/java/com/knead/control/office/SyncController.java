package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.StaffMember;
import com.knead.usecase.ClinicSync;
import com.knead.usecase.SyncWithCentre;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The office's Sync page: the centre's address (tested, then kept), the nightly sync's time, how the
 * syncs stand, and a sync by hand with its progress. A sync runs as a read task, beside the desk's
 * and kiosk's saves rather than in their lane, since it may take minutes; its progress comes back
 * on the screen's thread through {@code screen}. Every outcome is one plain sentence.
 */
public final class SyncController {

    /** Where the state goes: the page renders it. */
    public interface View {
        void show(State state);
    }

    /** The page's sentences: what was done or refused, for the connection, the schedule and the sync. */
    public record Said(String done, String problem) {
        static final Said NOTHING = new Said("", "");
    }

    /**
     * What the page shows.
     *
     * @param status  how the syncs stand, in words ("" fields until loaded)
     * @param caFile  with TLS, the CA certificate the centre's server is verified against ("" without TLS)
     * @param running whether a sync started here is under way (Sync now is then disabled)
     * @param sent    records at the centre so far, of {@code toSend}
     * @param retrying while a sync started here waits to try again: what went wrong and when it tries ("" else)
     */
    public record State(boolean loaded, String url, String user, boolean tls, String caFile, boolean connected,
                        String scheduleTime,
                        String lastSuccess, String waiting, String lastProblem, String nextRun, boolean running,
                        long sent, long toSend, String retrying, Said connection, Said schedule, Said sync) {

        /** Sync now may be pressed: connected, and no sync under way here or by the timer. */
        public boolean canSync() {
            return loaded && connected && !running;
        }
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final ClinicSync sync;
    private final Tasks tasks;
    private final Executor screen;
    private final Supplier<StaffMember> who;
    private View view = state -> { };
    private ClinicSync.Status status;
    private boolean running;
    private long sent;
    private long toSend;
    private String retrying = "";
    private Said connection = Said.NOTHING;
    private Said schedule = Said.NOTHING;
    private Said result = Said.NOTHING;

    /**
     * @param screen runs a piece of work on the screen's thread (the sync's progress is handed over through it)
     * @param who    the person the office is open for
     */
    public SyncController(ClinicSync sync, Tasks tasks, Executor screen, Supplier<StaffMember> who) {
        this.sync = sync;
        this.tasks = tasks;
        this.screen = screen;
        this.who = who;
    }

    public void attach(View newView) {
        this.view = newView;
        publish();
    }

    /** Reads how the syncs stand (the page opening, and after each change). */
    public void load() {
        tasks.read(sync::status, this::loaded, problem -> {
            result = new Said("", problem);
            publish();
        }, "How the syncs stand could not be read");
    }

    /** Tries the centre with what was typed, keeping nothing; with {@code tls}, verified against {@code caFile}. */
    public void test(String url, String user, String password, boolean tls, String caFile) {
        connection = Said.NOTHING;
        publish();
        tasks.read(() -> sync.test(url, user, password, tls, caFile), where -> {
            connection = new Said("The central database at " + where + " answers.", "");
            publish();
        }, problem -> {
            connection = new Said("", problem);
            publish();
        }, "The central database could not be tried");
    }

    /** Keeps what was typed (with TLS or not) once the centre answers to it. */
    public void connect(String url, String user, String password, boolean tls, String caFile) {
        connection = Said.NOTHING;
        publish();
        tasks.write(() -> sync.connect(who.get(), url, user, password, tls, caFile), connected -> {
            connection = new Said("Connected: this clinic syncs with " + connected.where() + " as "
                    + connected.user() + (connected.caFile().isEmpty() ? "" : " over TLS, the server verified by "
                    + connected.caFile()) + ".", "");
            loaded(connected);
        }, problem -> {
            connection = new Said("", problem);
            publish();
        }, "The connection could not be kept");
    }

    /** Sets the nightly sync's time from what was typed. */
    public void saveSchedule(String typed) {
        schedule = Said.NOTHING;
        tasks.write(() -> sync.changeSchedule(who.get(), typed), chosen -> {
            schedule = new Said("Saved: the clinic syncs by itself every day at " + chosen.text() + ".", "");
            load();
        }, problem -> {
            schedule = new Said("", problem);
            publish();
        }, "The sync's time could not be saved");
    }

    /** Syncs now, on a worker, the bar following the records sent. */
    public void syncNow() {
        if (running) {
            return;
        }
        running = true;
        sent = 0;
        toSend = 0;
        retrying = "";
        result = Said.NOTHING;
        publish();
        SyncWithCentre.Progress progress = (pushed, of) -> screen.execute(() -> {
            if (running) {
                sent = pushed;
                toSend = of;
                retrying = "";
                publish();
            }
        });
        ClinicSync.Retrying again = (problem, wait) -> screen.execute(() -> {
            if (running) {
                retrying = problem + " Trying again in " + wait.toSeconds() + (wait.toSeconds() == 1 ? " second." : " seconds.");
                publish();
            }
        });
        tasks.read(() -> {
            try {
                return sync.now(progress, again);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The sync was stopped", e);
            }
        }, done -> {
            running = false;
            retrying = "";
            result = new Said(said(done), "");
            load();
        }, problem -> {
            running = false;
            retrying = "";
            result = new Said("", problem);
            load();
        }, "The sync could not be finished");
    }

    static String said(SyncWithCentre.Done done) {
        StringBuilder s = new StringBuilder("Synced: " + records(done.pushed()) + " sent, " + done.prices()
                + (done.prices() == 1 ? " price" : " prices") + " and " + done.clients()
                + (done.clients() == 1 ? " client" : " clients") + " received.");
        if (done.late() > 0) {
            s.append(done.late() == 1 ? " 1 of them was for a day the centre had already closed; it keeps it as late."
                    : String.format(Locale.ENGLISH, " %,d of them were for a day the centre had already closed; it keeps "
                    + "them as late.", done.late()));
        }
        if (done.catalog() > 0) {
            s.append(' ').append(done.catalog()).append(done.catalog() == 1 ? " change" : " changes")
                    .append(" of services, add-ons or staff made at the centre taken; the audit log lists them.");
        }
        if (done.unknownItems() > 0) {
            s.append(' ').append(done.unknownItems()).append(" central prices are for services this clinic does "
                    + "not offer; they were left out.");
        }
        return s.toString();
    }

    private static String records(long n) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? "record" : "records");
    }

    /** Forgets what was shown (the office locking); a sync under way goes on and is shown at the next opening. */
    public void forget() {
        status = null;
        connection = Said.NOTHING;
        schedule = Said.NOTHING;
        result = running ? result : Said.NOTHING;
        publish();
    }

    private void loaded(ClinicSync.Status read) {
        status = read;
        publish();
    }

    private void publish() {
        view.show(state());
    }

    public State state() {
        ClinicSync.Status s = status;
        if (s == null) {
            return new State(false, "", "", false, "", false, "", "", "", "", "", running, sent, toSend, retrying, connection,
                    schedule, result);
        }
        return new State(true, s.url(), s.connected() ? s.user() : "knead", !s.caFile().isEmpty(), s.caFile(),
                s.connected(), s.schedule().text(),
                s.lastSuccess().map(at -> shown(at, s.zone())).orElse("never"),
                records(s.waiting()) + " waiting to go",
                s.lastProblem().isEmpty() ? "none" : s.lastProblem(),
                s.nextRun().map(at -> shown(at, s.zone())).orElse("none: not connected"),
                running || s.running(), sent, toSend, retrying, connection, schedule, result);
    }

    private static String shown(Instant at, ZoneId zone) {
        return SHOWN.format(at.atZone(zone));
    }
}
