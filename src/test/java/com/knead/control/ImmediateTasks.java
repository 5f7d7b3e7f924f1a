package com.knead.control;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs every task at once on the caller's thread, for controller tests that need no window: when an
 * intent returns, its work is done and the controller has published what it led to.
 */
public final class ImmediateTasks implements Tasks {

    @Override
    public <T> void read(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed) {
        run(work, onDone, onProblem, whatFailed);
    }

    @Override
    public <T> void write(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed) {
        run(work, onDone, onProblem, whatFailed);
    }

    private static <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            onProblem.accept(PlainSentence.of(e, whatFailed));
            return;
        }
        onDone.accept(result);
    }
}
