package com.knead.control;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a screen's controller gets work done away from the screen: database, file, report and print
 * work runs elsewhere, and its result, or a plain sentence for the person at the screen, comes back
 * on the screen's own thread. Injected, so the same controller runs on Swing workers in the app and
 * synchronously in a test.
 */
public interface Tasks {

    /**
     * Work that changes nothing (a lookup, a PDF of what is already recorded); may run beside other work.
     *
     * @param whatFailed how to say, in plain words, what could not be done ("The therapists could not be read")
     */
    <T> void read(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed);

    /**
     * Work that records something. Writes run one at a time in the order they were asked for, so two
     * saves from the same desk never race and a later one sees what an earlier one recorded.
     */
    <T> void write(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed);
}
