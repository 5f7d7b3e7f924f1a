package com.knead.control.desk;

import com.knead.control.Tasks;
import com.knead.domain.StaffMember;
import com.knead.usecase.ClientServices;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The merge screen without Swing: find the two records of one person, choose the one to keep and the
 * one to merge into it, say why, and have a manager or the owner approve with their PIN; or undo an
 * earlier merge of the kept record the same way. Nothing is moved or deleted, and the use case logs it.
 */
public final class MergeController {

    /**
     * What the screen shows.
     *
     * @param kept    the record kept, once chosen
     * @param merged  the record to merge into it, once chosen
     * @param undoable the records merged into the kept one now, each of which may be separated again
     * @param mergers who may approve, to choose from
     */
    public record State(List<ClientServices.Found> found, Optional<ClientServices.Found> kept,
                        Optional<ClientServices.Found> merged, List<ClientServices.Found> undoable,
                        List<StaffMember> mergers, String sentence, boolean busy) {
    }

    private static final String PLACE = "desk";

    private final ClientServices services;
    private final Supplier<StaffMember> signedIn;
    private final Tasks tasks;
    private Consumer<State> view = state -> { };
    private State state = new State(List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), "", false);

    public MergeController(ClientServices services, Supplier<StaffMember> signedIn, Tasks tasks) {
        this.services = services;
        this.signedIn = signedIn;
        this.tasks = tasks;
    }

    public void attach(Consumer<State> shownOn) {
        view = shownOn;
        view.accept(state);
    }

    /** Reads who may approve a merge. */
    public void start() {
        tasks.read(services::mergers, list -> show(new State(state.found(), state.kept(), state.merged(),
                state.undoable(), list, state.sentence(), false)), this::problem, "The managers could not be read");
    }

    public void find(String text) {
        show(busy());
        tasks.read(() -> services.find(text, signedIn.get(), PLACE), found -> show(new State(found, state.kept(),
                state.merged(), state.undoable(), state.mergers(), found.isEmpty() ? "No client matches that." : "",
                false)), this::problem, "The clients could not be searched");
    }

    /** {@code found} is the record to keep; the records merged into it are listed to undo. */
    public void keep(ClientServices.Found found) {
        show(busy());
        tasks.read(() -> services.mergedInto(found.clientId()), undoable -> show(new State(state.found(),
                Optional.of(found), state.merged().filter(m -> !m.equals(found)), undoable, state.mergers(), "", false)),
                this::problem, "The record could not be read");
    }

    /** {@code found} is the record to merge into the kept one. */
    public void mergeAway(ClientServices.Found found) {
        show(new State(state.found(), state.kept().filter(k -> !k.equals(found)), Optional.of(found), state.undoable(),
                state.mergers(), "", false));
    }

    public void merge(String reason, StaffMember approver, String pin) {
        if (state.kept().isEmpty() || state.merged().isEmpty()) {
            problem("Choose the record to keep and the record to merge into it.");
            return;
        }
        ClientServices.Found kept = state.kept().get();
        ClientServices.Found merged = state.merged().get();
        approve(approver, () -> services.merge(kept.clientId(), merged.clientId(), reason, approver, pin, PLACE), kept,
                "Merged: " + merged.line() + " now reads as part of " + kept.line() + ". Undo below if it was a mistake.",
                "The records could not be merged");
    }

    public void undo(ClientServices.Found merged, String reason, StaffMember approver, String pin) {
        if (state.kept().isEmpty() || merged == null) {
            problem("Choose the merged record to separate again.");
            return;
        }
        ClientServices.Found kept = state.kept().get();
        approve(approver, () -> services.undo(kept.clientId(), merged.clientId(), reason, approver, pin, PLACE), kept,
                "Separated again: " + merged.line() + " is a record of its own.", "The merge could not be undone");
    }

    private void approve(StaffMember approver, Runnable work, ClientServices.Found kept, String done, String failed) {
        if (approver == null) {
            problem("Choose the manager or owner who approves.");
            return;
        }
        show(busy());
        tasks.write(() -> {
            work.run();
            return services.mergedInto(kept.clientId());
        }, undoable -> show(new State(state.found().stream().filter(f -> undoable.stream()
                .noneMatch(u -> u.clientId().equals(f.clientId()))).toList(), Optional.of(kept), Optional.empty(),
                undoable, state.mergers(), done, false)), this::problem, failed);
    }

    private State busy() {
        return new State(state.found(), state.kept(), state.merged(), state.undoable(), state.mergers(), "", true);
    }

    private void problem(String sentence) {
        show(new State(state.found(), state.kept(), state.merged(), state.undoable(), state.mergers(), sentence, false));
    }

    private void show(State next) {
        state = next;
        view.accept(state);
    }
}
