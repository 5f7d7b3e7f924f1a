package com.knead.control.setup;

import com.knead.control.Tasks;
import com.knead.domain.ClinicSetup;
import com.knead.usecase.FirstRun;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The first-run setup of a real clinic: checks what the owner typed field by field (nothing typed
 * is lost: the panel keeps its fields, this only says what is wrong), makes the clinic in one
 * transaction, or gives the folder the demo clinic instead.
 */
public final class SetupController {

    private final FirstRun firstRun;
    private final Tasks tasks;
    private final Consumer<SetupState> view;
    private SetupState state = SetupState.start();

    public SetupController(FirstRun firstRun, Tasks tasks, Consumer<SetupState> view) {
        this.firstRun = firstRun;
        this.tasks = tasks;
        this.view = view;
    }

    /** Every currency the computer knows, by code, for the currency list. */
    public static List<String> currencies() {
        return Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .sorted(Comparator.naturalOrder()).toList();
    }

    public SetupState state() {
        return state;
    }

    /** Reads the print queues; the form can be filled meanwhile. */
    public void load() {
        publish(new SetupState(List.of(), Map.of(), "", false, Optional.empty()));
        tasks.read(firstRun::printers,
                queues -> publish(new SetupState(queues, state.problems(), state.problem(), state.busy(), state.opened())),
                sentence -> publish(new SetupState(List.of(), state.problems(), sentence, state.busy(), state.opened())),
                "The printers could not be listed (you can choose one later in the office)");
    }

    /** Makes the clinic when nothing is wrong; otherwise says, next to each field, what is. */
    public void save(ClinicSetup typed) {
        if (state.busy() || state.opened().isPresent()) {
            return;
        }
        Map<ClinicSetup.Field, String> problems = new EnumMap<>(ClinicSetup.Field.class);
        for (ClinicSetup.Problem problem : typed.problems()) {
            problems.putIfAbsent(problem.field(), problem.sentence());
        }
        if (!problems.isEmpty()) {
            publish(new SetupState(state.printers(), problems, problems.size() == 1 ? "One thing is not right yet."
                    : problems.size() + " things are not right yet.", false, Optional.empty()));
            return;
        }
        publish(new SetupState(state.printers(), Map.of(), "Setting up " + typed.name() + "…", true, Optional.empty()));
        tasks.write(() -> firstRun.setUp(typed),
                name -> publish(new SetupState(state.printers(), Map.of(), "", false, Optional.of(name))),
                sentence -> publish(new SetupState(state.printers(), Map.of(), sentence, false, Optional.empty())),
                "The clinic could not be set up");
    }

    /** Skips the setup: the folder gets the demo clinic, whose paper says DEMO. */
    public void tryTheDemo() {
        if (state.busy() || state.opened().isPresent()) {
            return;
        }
        publish(new SetupState(state.printers(), state.problems(), "Opening the demo clinic…", true, Optional.empty()));
        tasks.write(() -> {
            firstRun.tryTheDemo();
            return "the demo clinic";
        }, name -> publish(new SetupState(state.printers(), Map.of(), "", false, Optional.of(name))),
                sentence -> publish(new SetupState(state.printers(), state.problems(), sentence, false, Optional.empty())),
                "The demo clinic could not be opened");
    }

    private void publish(SetupState next) {
        state = next;
        view.accept(next);
    }
}
