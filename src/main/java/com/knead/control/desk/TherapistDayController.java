package com.knead.control.desk;

import com.knead.control.Tasks;
import com.knead.domain.Permission;
import com.knead.domain.RoleRights;
import com.knead.domain.SessionNote;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.usecase.TherapistDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The therapist's "My sessions today" without Swing: whose day it is (the therapist signed in at the
 * desk, or one who chooses themselves and types their PIN), their visits of today, one opened before
 * the session as lines of text, and its note signed after it. What may be read is the use case's to
 * say; a refusal is shown as its sentence, with nothing of the client's on screen. Left untouched for
 * the desk's sign-out time ({@link Untouched}), the window is walked away from: it closes, and an
 * unsigned note being written is kept in memory ({@link NoteDrafts}) for the same therapist's next
 * opening of that visit, never shown to anyone else.
 */
public final class TherapistDayController {

    /** A visit in the list: its number and one line about it. */
    public record Row(UUID visitId, String line) {
    }

    /**
     * What the window shows.
     *
     * @param reader     whose day it is; empty until a therapist is signed in or has typed their PIN
     * @param choose     the therapists to choose from when the person signed in writes no notes
     * @param reading    the opened visit as lines (section headings unindented); empty when none is open
     * @param techniques the clinic's modalities, the note's technique choices
     * @param restore    the reader's unsigned note kept for the visit just opened, to put back in the form once
     */
    public record State(Optional<StaffMember> reader, List<StaffMember> choose, boolean everyone, List<Row> visits,
                        Optional<UUID> open, List<String> reading, List<String> techniques, String sentence,
                        boolean busy, Optional<SessionNote.Draft> restore) {
    }

    /** Said when a kept draft is put back. */
    public static final String KEPT = "Your unsigned note for this visit was kept when the window closed; "
            + "check it, then sign.";

    private static final String PLACE = "desk";

    private final TherapistDay day;
    private final Supplier<StaffMember> signedIn;
    private final ZoneId zone;
    private final Tasks tasks;
    private final NoteDrafts drafts;
    private final Untouched idle;
    private Consumer<State> view = state -> { };
    private State state = nothing();

    public TherapistDayController(TherapistDay day, SignInController desk, ZoneId zone, Tasks tasks) {
        this(day, desk, zone, tasks, new NoteDrafts());
    }

    /** Over the desk {@code desk} (who is signed in, its idle rule), keeping unsigned notes in {@code drafts}. */
    public TherapistDayController(TherapistDay day, SignInController desk, ZoneId zone, Tasks tasks, NoteDrafts drafts) {
        this.day = day;
        this.signedIn = desk;
        this.zone = zone;
        this.tasks = tasks;
        this.drafts = drafts;
        this.idle = desk.untouched();
        idle.touched();
    }

    private static State nothing() {
        return new State(Optional.empty(), List.of(), false, List.of(), Optional.empty(), List.of(), List.of(), "", false,
                Optional.empty());
    }

    /** The window was touched (a tap, a key): the desk's idle time starts again for it. */
    public void touched() {
        idle.touched();
    }

    /** Whether the window stood untouched for the desk's sign-out time: it should close. */
    public boolean walkedAway() {
        return idle.over();
    }

    /**
     * The window is closing (walked away from, the desk signed out or switched, closed by hand): the
     * note being written, {@code typed}, is kept for the reader's next opening of the visit, and
     * nothing of the client stays in this controller's state.
     */
    public void closing(SessionNote.Draft typed) {
        keep(typed);
        show(nothing());
    }

    private void keep(SessionNote.Draft typed) {
        if (state.reader().isPresent() && state.open().isPresent()) {
            drafts.keep(state.reader().get().id(), state.open().get(), typed);
        }
    }

    public void attach(Consumer<State> shownOn) {
        view = shownOn;
        view.accept(state);
    }

    /** The day of whoever is signed in, if they write notes; otherwise the therapists to choose from. */
    public void start() {
        StaffMember who = signedIn.get();
        if (who != null && RoleRights.may(who.role(), Permission.WRITE_NOTES)) {
            load(who, "");
            return;
        }
        tasks.read(day::therapists, list -> show(new State(Optional.empty(), list, false, List.of(), Optional.empty(),
                List.of(), List.of(), "Choose yourself and type your PIN.", false, Optional.empty())), this::problem,
                "The therapists could not be read");
    }

    /** {@code chosen} is a therapist at the desk: their PIN says so, and their day shows. */
    public void identify(StaffMember chosen, String pin) {
        if (chosen == null) {
            problem("Choose yourself first.");
            return;
        }
        show(busy());
        tasks.write(() -> day.identify(chosen, pin, PLACE), who -> load(who, ""), this::problem,
                "The PIN could not be checked");
    }

    /** Every visit of today, not only the reader's; opening another therapist's client is the use case's to refuse. */
    public void everyone(boolean all) {
        state.reader().ifPresent(who -> {
            state = with(state.reader(), all, state.visits(), state.open(), state.reading(), state.sentence());
            load(who, "");
        });
    }

    /** Opens the visit before its session, as the reader. */
    public void open(UUID visitId) {
        open(visitId, null);
    }

    /**
     * Opens the visit before its session, as the reader; {@code typed}, the note written so far for the
     * visit open until now, is kept for it. A note kept for this visit comes back in {@link State#restore}.
     */
    public void open(UUID visitId, SessionNote.Draft typed) {
        Optional<StaffMember> reader = state.reader();
        if (reader.isEmpty()) {
            problem("Choose yourself and type your PIN first.");
            return;
        }
        keep(typed);
        show(busy());
        tasks.read(() -> day.open(visitId, reader.get(), PLACE), session -> {
            Optional<SessionNote.Draft> kept = drafts.take(reader.get().id(), visitId);
            State opened = with(reader, state.everyone(), state.visits(), Optional.of(visitId), reading(session),
                    kept.isPresent() ? KEPT : "");
            show(new State(opened.reader(), opened.choose(), opened.everyone(), opened.visits(), opened.open(),
                    opened.reading(), opened.techniques(), opened.sentence(), false, kept));
        }, refused -> show(with(reader, state.everyone(), state.visits(), Optional.empty(), List.of(), refused)),
                "The visit could not be opened");
    }

    /** Signs {@code draft} as the reader's note of the open visit, with their PIN. */
    public void sign(SessionNote.Draft draft, String pin) {
        Optional<UUID> visit = state.open();
        Optional<StaffMember> reader = state.reader();
        if (visit.isEmpty() || reader.isEmpty()) {
            problem("Open one of your visits first.");
            return;
        }
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            problem(problems.get(0));
            return;
        }
        show(busy());
        tasks.write(() -> {
            day.write(visit.get(), draft, reader.get(), pin, PLACE);
            return day.open(visit.get(), reader.get(), PLACE);
        }, session -> show(with(reader, state.everyone(), state.visits(), visit, reading(session),
                "Signed and locked. Anything to add later goes in an addendum.")), this::problem,
                "The note could not be signed");
    }

    private void load(StaffMember who, String sentence) {
        boolean all = state.everyone();
        show(busy());
        tasks.read(() -> new Loaded(day.visits(who, all).stream().map(this::row).toList(), day.techniques()),
                loaded -> show(new State(Optional.of(who), List.of(), all, loaded.rows(), Optional.empty(), List.of(),
                        loaded.techniques(), loaded.rows().isEmpty() ? "No visits of yours today yet." : sentence,
                        false, Optional.empty())), this::problem, "Today's visits could not be read");
    }

    private record Loaded(List<Row> rows, List<String> techniques) {
    }

    private Row row(Visit v) {
        return new Row(v.id(), v.queueNumber() + " · " + (v.redFlag() ? "⚑ " : "") + v.clientName() + " · "
                + v.serviceDescription() + " · " + v.status().label()
                + (v.therapistName() == null ? "" : " · " + v.therapistName()));
    }

    private List<String> reading(TherapistDay.Session session) {
        Visit v = session.visit();
        List<String> lines = new ArrayList<>();
        lines.add(v.clientName() + " · visit " + v.queueNumber() + " · " + v.serviceDescription()
                + (v.room() == null ? "" : " · " + v.room()));
        lines.add(session.redFlags().isEmpty() ? "No red flags" : "Red flags: " + String.join(", ", session.redFlags()));
        if (!session.clearance().isEmpty()) {
            lines.add(session.clearance());
        }
        lines.add("Intake");
        session.intake().forEach(line -> lines.add("  " + line));
        lines.add("Last session note");
        session.lastNote().ifPresentOrElse(n -> {
            lines.add("  " + n.signature(zone));
            Stream.of(n.areasInWords(), String.join(", ", n.modalities()), n.pressure() == null ? "" : n.pressure().label()
                    + " pressure", n.response(), n.advice(), n.plan(), n.text()).filter(s -> !s.isEmpty())
                    .forEach(s -> lines.add("  " + s));
        }, () -> lines.add("  None yet"));
        return lines;
    }

    private State with(Optional<StaffMember> reader, boolean everyone, List<Row> visits, Optional<UUID> open,
                       List<String> reading, String sentence) {
        return new State(reader, state.choose(), everyone, visits, open, reading, state.techniques(), sentence, false,
                Optional.empty());
    }

    private State busy() {
        return new State(state.reader(), state.choose(), state.everyone(), state.visits(), state.open(), state.reading(),
                state.techniques(), "", true, Optional.empty());
    }

    private void problem(String sentence) {
        show(with(state.reader(), state.everyone(), state.visits(), state.open(), state.reading(), sentence));
    }

    private void show(State next) {
        state = next;
        view.accept(state);
    }
}
