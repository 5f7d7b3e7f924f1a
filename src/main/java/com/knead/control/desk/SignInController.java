package com.knead.control.desk;

import com.knead.control.Tasks;
import com.knead.domain.StaffMember;
import com.knead.usecase.DeskSignIn;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Who is signed in at the desk. The desk opens on the sign-in card: tap your name, type your PIN
 * (the number pad or the keyboard), and the desk is yours until you sign out, tap Switch for the
 * next cashier, or leave it untouched for {@link DeskSignIn#signOutAfter()}. Every other desk
 * controller asks {@link #current()} who is doing what it records. Call it on the screen's thread;
 * the clock is injected so a test can pass ten minutes at once.
 */
public final class SignInController implements Supplier<StaffMember> {

    private final DeskSignIn signIn;
    private final Tasks tasks;
    private final Clock clock;
    private Consumer<SignInState> view = state -> { };

    private List<StaffMember> names = List.of();
    private Duration idleLimit = Duration.ofMinutes(DeskSignIn.DEFAULT_SIGN_OUT_MINUTES);
    private boolean touchMode;
    private StaffMember current;
    /** Who was signed in when Switch was tapped, for the audit log's "after Riley Brooks". */
    private StaffMember before;
    private StaffMember chosen;
    private String pin = "";
    private boolean checking;
    private String problem = " ";
    private final Untouched idle;

    public SignInController(DeskSignIn signIn, Tasks tasks, Clock clock) {
        this.signIn = signIn;
        this.tasks = tasks;
        this.clock = clock;
        this.idle = untouched();
    }

    /** A new watch on the desk's idle rule (its clock, its sign-out time), for a window of its own to close by. */
    public Untouched untouched() {
        return new Untouched(clock, () -> idleLimit);
    }

    /** Shows on {@code shownOn} from now on, and reads the names and the idle time. */
    public void attach(Consumer<SignInState> shownOn) {
        view = shownOn;
        publish();
        tasks.read(() -> new Start(signIn.cashiers(), signIn.signOutAfter(), signIn.touchMode()), start -> {
            names = start.names();
            idleLimit = start.idleLimit();
            touchMode = start.touchMode();
            publish();
        }, this::say, "The staff list could not be read");
    }

    private record Start(List<StaffMember> names, Duration idleLimit, boolean touchMode) {
    }

    /** Whether the desk is in touch mode (read with the sign-out time when the desk starts). */
    public boolean touchMode() {
        return touchMode;
    }

    /** Who is signed in; null when nobody is (the use cases then refuse: "Sign in first."). */
    @Override
    public StaffMember get() {
        return current;
    }

    public Optional<StaffMember> current() {
        return Optional.ofNullable(current);
    }

    /** A name was tapped: that person's PIN comes next. */
    public void choose(StaffMember who) {
        if (checking || who == null) {
            return;
        }
        chosen = who;
        pin = "";
        problem = " ";
        publish();
    }

    /** A key of the number pad. */
    public void digit(int digit) {
        if (digit >= 0 && digit <= 9 && pin.length() < 8) {
            pinTyped(pin + digit);
        }
    }

    /** The number pad's ⌫. */
    public void erase() {
        if (!pin.isEmpty()) {
            pinTyped(pin.substring(0, pin.length() - 1));
        }
    }

    /** The PIN box as typed on the keyboard (digits only are kept). */
    public void pinTyped(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[^0-9]", "");
        if (checking || digits.equals(pin)) {
            return;
        }
        pin = digits;
        publish();
    }

    /** Sign in (Enter, or the pad's OK): the PIN is checked on a worker, against the person tapped only. */
    public void submit() {
        if (checking || current != null) {
            return;
        }
        if (chosen == null) {
            say("Tap your name first.");
            return;
        }
        if (pin.isEmpty()) {
            say("Type your PIN.");
            return;
        }
        StaffMember who = chosen;
        String typed = pin;
        StaffMember after = before;
        pin = "";
        checking = true;
        problem = "Checking…";
        publish();
        tasks.write(() -> signIn.signIn(who, typed, after), member -> {
            checking = false;
            current = member;
            before = null;
            chosen = null;
            problem = " ";
            idle.touched();
            publish();
        }, sentence -> {
            checking = false;
            say(sentence);
        }, "The PIN could not be checked");
    }

    /** Switch: back to the names for the next cashier; whoever signs in next is logged as after this one. */
    public void switchCashier() {
        if (current == null) {
            return;
        }
        before = current;
        leave();
    }

    /** Sign out by hand. */
    public void signOut() {
        if (current != null) {
            StaffMember leaving = current;
            before = null;
            leave();
            record(leaving, DeskSignIn.SignOut.BY_HAND);
        }
    }

    /** Someone used the desk (a tap, a key): the idle time starts again. */
    public void touched() {
        if (current != null) {
            idle.touched();
        }
    }

    /** Signs out when the desk stood untouched for the idle time; the desk's timer calls this. */
    public void idleCheck() {
        if (current != null && idle.over()) {
            StaffMember leaving = current;
            before = null;
            leave();
            record(leaving, DeskSignIn.SignOut.IDLE);
        }
    }

    private void leave() {
        current = null;
        chosen = null;
        pin = "";
        problem = " ";
        publish();
    }

    private void record(StaffMember leaving, DeskSignIn.SignOut how) {
        tasks.write(() -> {
            signIn.signOut(leaving, how);
            return how;
        }, done -> { }, this::say, "The sign-out could not be logged");
    }

    private void say(String sentence) {
        problem = sentence;
        publish();
    }

    private void publish() {
        String prompt = chosen == null ? "Tap your name." : chosen.name() + ": type your PIN, then Enter.";
        view.accept(new SignInState(Optional.ofNullable(current),
                current == null ? " " : "Signed in: " + current.name(), names, Optional.ofNullable(chosen), prompt,
                pin.length(), checking, problem));
    }
}
