package com.knead.control.desk;

import com.knead.control.Tasks;
import com.knead.domain.SessionNote;
import com.knead.domain.StaffMember;
import com.knead.usecase.ClientServices;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The desk's client window without Swing: find clients, open one record, write and sign a session
 * note, add an addendum to a signed note, and say plainly why a signed note cannot be changed. The
 * record is read as whoever is signed in at the desk, and notes are signed with their PIN.
 */
public final class ClientsController {

    /**
     * What the window shows.
     *
     * @param rows     the open record as lines, section headings unindented; empty when none is open
     * @param notes    the open record's notes and addenda, oldest first
     * @param sentence what just happened or what went wrong, or ""
     */
    public record State(List<ClientServices.Found> found, Optional<UUID> open, String title, List<String> rows, List<SessionNote> notes, String sentence, boolean busy) {
    }

    private static final String PLACE = "desk";

    private final ClientServices services;
    private final Supplier<StaffMember> signedIn;
    private final Tasks tasks;
    private Consumer<State> view = state -> { };
    private State state = new State(List.of(), Optional.empty(), "", List.of(), List.of(), "", false);

    public ClientsController(ClientServices services, Supplier<StaffMember> signedIn, Tasks tasks) {
        this.services = services;
        this.signedIn = signedIn;
        this.tasks = tasks;
    }

    public void attach(Consumer<State> shownOn) {
        view = shownOn;
        view.accept(state);
    }

    public void find(String text) {
        show(busy(""));
        tasks.read(() -> services.find(text, signedIn.get(), PLACE),
                found -> show(new State(found, state.open(), state.title(), state.rows(), state.notes(),
                        found.isEmpty() ? "No client matches that." : "", false)), this::problem,
                "The clients could not be searched");
    }

    public void open(UUID clientId) {
        show(busy(""));
        tasks.read(() -> services.open(clientId, signedIn.get(), PLACE), record -> showRecord(record, ""),
                this::problem, "The client's record could not be opened");
    }

    /** Signs {@code draft} as the signed-in person's note of the open client, with their PIN. */
    public void sign(SessionNote.Draft draft, String pin) {
        Optional<UUID> client = state.open();
        if (client.isEmpty()) {
            problem("Open a client's record first.");
            return;
        }
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            problem(problems.get(0));
            return;
        }
        show(busy(""));
        tasks.write(() -> {
            services.sign(draft, client.get(), signedIn.get(), pin, PLACE);
            return services.open(client.get(), signedIn.get(), PLACE);
        }, record -> showRecord(record, "Signed and locked. Anything to add later goes in an addendum."),
                this::problem, "The note could not be signed");
    }

    /** Adds a signed addendum to the note {@code noteId}. */
    public void addendum(UUID noteId, String text, String pin) {
        UUID client = state.open().orElse(null);
        if (noteId == null || client == null) {
            problem("Choose the signed note the addendum adds to.");
            return;
        }
        show(busy(""));
        tasks.write(() -> {
            services.addendum(noteId, text, signedIn.get(), pin, PLACE);
            return services.open(client, signedIn.get(), PLACE);
        }, record -> showRecord(record, "Addendum signed; the note itself is unchanged."), this::problem,
                "The addendum could not be signed");
    }

    /** A signed note is never changed: says so, and how to add to it. */
    public void change(SessionNote note) {
        if (note == null) {
            problem("Choose a note first.");
            return;
        }
        problem("That note was " + note.signature(services.zone()).replace("Signed", "signed")
                + " and is locked; write an addendum instead.");
    }

    private void showRecord(ClientServices.Opened record, String sentence) {
        show(new State(state.found(), Optional.of(record.clientId()), record.name(), record.lines(), record.notes(),
                sentence, false));
    }

    private State busy(String sentence) {
        return new State(state.found(), state.open(), state.title(), state.rows(), state.notes(), sentence, true);
    }

    private void problem(String sentence) {
        show(new State(state.found(), state.open(), state.title(), state.rows(), state.notes(), sentence, false));
    }

    private void show(State next) {
        state = next;
        view.accept(state);
    }
}
