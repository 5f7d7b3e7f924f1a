package com.knead.control.kiosk;

import com.knead.control.ImmediateTasks;
import com.knead.control.Tasks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tasks held until the test lets them run, in the order they were asked for: for what a person can
 * do while work is still under way (tap again, walk away).
 */
final class HeldTasks implements Tasks {

    private final Deque<Runnable> held = new ArrayDeque<>();
    private final Tasks now = new ImmediateTasks();

    @Override
    public <T> void read(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed) {
        held.add(() -> now.read(work, onDone, onProblem, whatFailed));
    }

    @Override
    public <T> void write(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed) {
        held.add(() -> now.write(work, onDone, onProblem, whatFailed));
    }

    int waiting() {
        return held.size();
    }

    /** Runs everything held so far, and whatever that asks for in turn. */
    void runAll() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }
}
