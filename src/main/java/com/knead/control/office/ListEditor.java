package com.knead.control.office;

import com.knead.control.Tasks;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the office's list-and-edit pages (intake questions, red-flag rules) share: the list as read, the
 * sentence of the last change or of what was refused, reads and writes through the injected tasks.
 *
 * @param <T> what the page lists
 */
public abstract class ListEditor<T> {

    /** The list, and the sentence of the last save (with whether it is a problem). */
    public record State<T>(List<T> items, String sentence, boolean problem) {
        public State {
            items = List.copyOf(items);
        }
    }

    private final Tasks tasks;
    private final Supplier<List<T>> read;
    private final String readFailed;
    private final Consumer<State<T>> view;
    private State<T> state = new State<>(List.of(), "", false);

    protected ListEditor(Tasks tasks, Supplier<List<T>> read, String readFailed, Consumer<State<T>> view) {
        this.tasks = tasks;
        this.read = read;
        this.readFailed = readFailed;
        this.view = view;
    }

    public State<T> state() {
        return state;
    }

    /** Reads the list (the page opening). */
    public void load() {
        tasks.read(read, items -> publish(new State<>(items, "", false)), this::problem, readFailed);
    }

    /** Runs a change that returns the list as it then stands, and says {@code said} once it is kept. */
    protected void write(Supplier<List<T>> change, String said, String whatFailed) {
        tasks.write(change, items -> publish(new State<>(items, said, false)), this::problem, whatFailed);
    }

    /** Reads something to say about the list, without changing it. */
    protected void tell(Supplier<String> sentence, String whatFailed) {
        tasks.read(sentence, said -> publish(new State<>(state.items(), said, false)), this::problem, whatFailed);
    }

    protected void problem(String sentence) {
        publish(new State<>(state.items(), sentence, true));
    }

    private void publish(State<T> next) {
        state = next;
        view.accept(next);
    }
}
