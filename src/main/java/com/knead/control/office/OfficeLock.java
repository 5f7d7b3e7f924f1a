package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.Approval;
import com.knead.domain.StaffMember;
import com.knead.usecase.OfficeDoor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The office's lock, apart from its window: who may open it, the PIN typed for the one person chosen,
 * the person it is open for (every office page acts as them), and locking again when asked, when the
 * window is closed or hidden, and after a while with nobody using it. Each unlock and lock is logged.
 */
public final class OfficeLock {

    /** How long the office stays open with nobody touching it, unless told otherwise. */
    public static final Duration IDLE = Duration.ofMinutes(5);

    /** The office window, as the lock sees it. */
    public interface View {
        void show(State state);
    }

    /**
     * What the office shows.
     *
     * @param openFor    the person the office is open for; empty while locked
     * @param whoMayOpen the people the "who are you" list offers
     * @param checking   a PIN is being checked: the unlock button waits
     * @param problem    why the last PIN did not open it, or ""
     * @param notice     why it locked itself ("The office locked itself after 5 minutes unused."), or ""
     */
    public record State(Optional<Approval> openFor, List<StaffMember> whoMayOpen, boolean checking, String problem,
                        String notice) {
        public boolean open() {
            return openFor.isPresent();
        }
    }

    private final OfficeDoor door;
    private final Tasks tasks;
    private final Clock clock;
    private final View view;
    private Duration idle = IDLE;
    private Optional<Approval> openFor = Optional.empty();
    private List<StaffMember> whoMayOpen = List.of();
    private boolean checking;
    private String problem = "";
    private String notice = "";
    private Instant lastTouched;
    private int locks;

    public OfficeLock(OfficeDoor door, Tasks tasks, Clock clock, View view) {
        this.door = door;
        this.tasks = tasks;
        this.clock = clock;
        this.view = view;
    }

    /** Locks the office after {@code idle} with nobody using it. */
    public void idleAfter(Duration after) {
        idle = Objects.requireNonNull(after, "after");
    }

    public Duration idle() {
        return idle;
    }

    /** The person the office is open for, whom every page acts as; empty while locked. */
    public Optional<Approval> openFor() {
        return openFor;
    }

    /** Reads who may open the office (again: the staff list may have changed since). */
    public void load() {
        publish();
        tasks.read(door::whoMayOpen, people -> {
            whoMayOpen = people;
            publish();
        }, this::problem, "The staff list could not be read");
    }

    /** Checks {@code pin} for {@code who}; slow on purpose, so on a worker. */
    public void unlock(StaffMember who, String pin) {
        if (checking || openFor.isPresent()) {
            return;
        }
        checking = true;
        problem = "";
        notice = "";
        publish();
        int asked = locks;
        // A wrong PIN is recorded (its count, perhaps a lock, the log): a write.
        tasks.write(() -> door.unlock(who, pin), approval -> {
            checking = false;
            if (asked != locks) {
                // Closed while the PIN was being checked: it was opened, so it is locked again at once.
                tasks.write(() -> {
                    door.locked(approval, "window closed");
                    return null;
                }, done -> { }, this::problem, "The office's lock could not be logged");
                publish();
                return;
            }
            openFor = Optional.of(approval);
            lastTouched = clock.instant();
            publish();
        }, sentence -> {
            checking = false;
            problem(sentence);
        }, "The PIN could not be checked");
    }

    /** Someone used the open office: the idle time starts again. */
    public void touched() {
        if (openFor.isPresent()) {
            lastTouched = clock.instant();
        }
    }

    /** Called now and then by the window's timer: locks the office once it has been idle long enough. */
    public void tick() {
        if (openFor.isPresent() && !clock.instant().isBefore(lastTouched.plus(idle))) {
            lock(minutes(idle) + " unused");
            notice = "The office locked itself after " + minutes(idle) + " unused.";
            publish();
        }
    }

    /**
     * Locks the office now, for {@code why} ("Lock pressed", "window closed"); nothing happens when
     * locked. The window then asks {@link #load} again: who may open it may have changed.
     */
    public void lock(String why) {
        locks++;
        if (openFor.isEmpty()) {
            return;
        }
        Approval was = openFor.get();
        openFor = Optional.empty();
        problem = "";
        notice = "";
        publish();
        tasks.write(() -> {
            door.locked(was, why);
            return null;
        }, done -> { }, this::problem, "The office's lock could not be logged");
    }

    public State state() {
        return new State(openFor, whoMayOpen, checking, problem, notice);
    }

    private void problem(String sentence) {
        problem = sentence;
        publish();
    }

    private void publish() {
        view.show(state());
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes >= 1) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long seconds = Math.max(1, duration.toSeconds());
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
