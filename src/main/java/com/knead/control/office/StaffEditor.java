package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.Approval;
import com.knead.domain.PinRules;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffList;
import com.knead.domain.StaffListing;
import com.knead.domain.StaffRole;
import com.knead.usecase.ChangePin;
import com.knead.usecase.EditStaff;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The office's staff page, apart from its window: the staff list (active or not, PIN set, locked),
 * the person chosen or a new one being added, their name and role, deactivating and reactivating,
 * their PIN and its lock. Every change is made by the use cases as whoever unlocked the office,
 * who may or may not have the right; the page only says what they answered.
 */
public final class StaffEditor {

    /** The staff page, as the editor sees it. */
    public interface View {
        void show(State state);
    }

    /** One line of the staff table. */
    public record Row(UUID id, String name, StaffRole role, boolean active, boolean pinSet, boolean locked) {
    }

    /**
     * What the person typed: name and role, and for a PIN their current one (empty when the owner sets
     * it), the new one and the new one again.
     */
    public record Form(String name, StaffRole role, String currentPin, String newPin, String newPinAgain) {
        public Form(String name, StaffRole role) {
            this(name, role, "", "", "");
        }
    }

    /**
     * What the page shows.
     *
     * @param selected  the person being edited; empty while adding someone new
     * @param edition   changes whenever the fields should be filled again from {@code selected}
     * @param mayManage whether the person the office is open for may change the list (else the page says so)
     * @param problem   why the last change was refused, shown beside the name and role, or ""
     * @param pinProblem why the last PIN was refused, shown beside the PIN fields, or ""
     * @param done      what the last change did, or ""
     */
    public record State(List<Row> rows, Optional<Row> selected, int edition, boolean mayManage, boolean busy,
                        String problem, String pinProblem, String done) {
        public boolean adding() {
            return selected.isEmpty();
        }
    }

    private final EditStaff edit;
    private final ChangePin pins;
    private final Supplier<Optional<Approval>> actor;
    private final Tasks tasks;
    private final Clock clock;
    private final View view;
    private List<Row> rows = List.of();
    private Optional<UUID> selected = Optional.empty();
    private int edition;
    private boolean mayManage;
    private boolean busy;
    private String problem = "";
    private String pinProblem = "";
    private String done = "";

    public StaffEditor(EditStaff edit, ChangePin pins, Supplier<Optional<Approval>> actor, Tasks tasks, Clock clock,
                       View view) {
        this.edit = edit;
        this.pins = pins;
        this.actor = actor;
        this.tasks = tasks;
        this.clock = clock;
        this.view = view;
    }

    /** Reads the staff list; call when the office opens. */
    public void load() {
        publish();
        tasks.read(edit::list, this::listed, this::problem, "The staff list could not be read");
    }

    /** The person in the table's row was chosen. */
    public void select(UUID id) {
        if (selected.equals(Optional.ofNullable(id))) {
            return;
        }
        selected = Optional.ofNullable(id).filter(chosen -> rows.stream().anyMatch(r -> r.id().equals(chosen)));
        edition++;
        clearMessages();
        publish();
    }

    /** Empty fields for someone new. */
    public void startNew() {
        select(null);
    }

    /** Adds the new person (with a first PIN when one is typed), or keeps the chosen person's name and role. */
    public void save(Form form) {
        clearMessages();
        if (selected.isEmpty()) {
            Optional<String> pin = Optional.of(form.newPin()).filter(p -> !p.isEmpty());
            if (pin.isPresent() && !pinAcceptable(form)) {
                return;
            }
            run(approval -> edit.add(approval, form.name(), form.role(), pin).id(),
                    added -> "Added " + StaffList.tidyName(form.name()) + " (" + form.role().words() + ")"
                            + (pin.isPresent() ? ", with a PIN." : "; the owner sets their PIN when they need one."),
                    "The new person could not be added");
            return;
        }
        UUID id = selected.get();
        run(approval -> {
            edit.change(approval, id, form.name(), form.role());
            return id;
        }, saved -> "Saved " + StaffList.tidyName(form.name()) + ".", "The change could not be saved");
    }

    public void deactivate() {
        selectedRow().ifPresent(row -> {
            clearMessages();
            run(approval -> {
                edit.deactivate(approval, row.id());
                return row.id();
            }, id -> row.name() + " is deactivated: gone from every list of names, kept on their records.",
                    "The change could not be saved");
        });
    }

    public void reactivate() {
        selectedRow().ifPresent(row -> {
            clearMessages();
            run(approval -> {
                edit.reactivate(approval, row.id());
                return row.id();
            }, id -> row.name() + " is active again.", "The change could not be saved");
        });
    }

    /** Sets the chosen person's PIN: by the owner when no current PIN is typed, else by the person themself. */
    public void setPin(Form form) {
        Optional<Row> row = selectedRow();
        clearMessages();
        if (row.isEmpty() || !pinAcceptable(form)) {
            publish();
            return;
        }
        UUID id = row.get().id();
        boolean own = !form.currentPin().isEmpty();
        busy = true;
        publish();
        Optional<Approval> by = actor.get();
        tasks.write(() -> {
            if (own) {
                pins.change(by.orElse(null), id, form.currentPin(), form.newPin());
            } else {
                pins.set(by.orElse(null), id, form.newPin());
            }
            return edit.list();
        }, list -> {
            done = row.get().name() + "'s PIN is " + (row.get().pinSet() ? "changed." : "set.");
            listed(list);
        }, sentence -> {
            busy = false;
            pinProblem = sentence;
            publish();
        }, "The PIN could not be saved");
    }

    /** Lets the chosen person try their PIN again at once. */
    public void clearLock() {
        selectedRow().ifPresent(row -> {
            clearMessages();
            run(approval -> {
                pins.clearLock(approval, row.id());
                return row.id();
            }, id -> row.name() + " can try their PIN again.", "The lock could not be cleared");
        });
    }

    /** The office locked: nothing chosen, typed or said is kept. */
    public void forget() {
        rows = List.of();
        selected = Optional.empty();
        edition++;
        busy = false;
        clearMessages();
        publish();
    }

    public State state() {
        Optional<Row> chosen = selectedRow();
        return new State(rows, chosen, edition, mayManage, busy, problem, pinProblem, done);
    }

    private interface Change {
        UUID make(Approval by);
    }

    /** Makes a change as the office's person, then shows the list again with the person changed chosen. */
    private void run(Change change, java.util.function.Function<UUID, String> said, String whatFailed) {
        busy = true;
        publish();
        Optional<Approval> by = actor.get();
        tasks.write(() -> {
            UUID changed = change.make(by.orElse(null));
            return new Changed(changed, edit.list());
        }, changed -> {
            done = said.apply(changed.id());
            if (!selected.equals(Optional.of(changed.id()))) {
                selected = Optional.of(changed.id());
                edition++;
            }
            listed(changed.list());
        }, sentence -> {
            busy = false;
            problem = sentence;
            publish();
        }, whatFailed);
    }

    private record Changed(UUID id, StaffList list) {
    }

    private boolean pinAcceptable(Form form) {
        try {
            PinRules.requireGoodChoice(form.newPin());
        } catch (Refused refused) {
            pinProblem = refused.getMessage();
            publish();
            return false;
        }
        if (!form.newPin().equals(form.newPinAgain())) {
            pinProblem = "The two new PINs differ; type the same PIN twice.";
            publish();
            return false;
        }
        return true;
    }

    private void listed(StaffList list) {
        Instant now = clock.instant();
        rows = list.people().stream().map(p -> row(p, now)).toList();
        Optional<UUID> me = actor.get().map(Approval::staffId);
        mayManage = list.people().stream().anyMatch(p -> me.equals(Optional.of(p.member().id()))
                && RoleRights.may(p.member().role(), EditStaff.right()));
        busy = false;
        publish();
    }

    private static Row row(StaffListing p, Instant now) {
        return new Row(p.member().id(), p.member().name(), p.member().role(), p.active(), p.pinSet(), p.lockedAt(now));
    }

    private Optional<Row> selectedRow() {
        return selected.flatMap(id -> rows.stream().filter(r -> r.id().equals(id)).findFirst());
    }

    private void problem(String sentence) {
        problem = sentence;
        publish();
    }

    private void clearMessages() {
        problem = "";
        pinProblem = "";
        done = "";
    }

    private void publish() {
        view.show(state());
    }
}
