package com.knead.ui.common;

import com.knead.control.PlainSentence;
import com.knead.control.Tasks;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * {@link Tasks} for the real windows: reads on a small pool of worker threads, writes one at a time
 * on a lane of their own in the order they were asked for, and every result or problem handed back
 * on the Event Dispatch Thread. One instance serves all of Knead's windows, so the kiosk's and the
 * desk's saves share the lane.
 */
public final class SwingTasks implements Tasks {

    private final ExecutorService reads = Executors.newCachedThreadPool(daemons("knead-read"));
    private final ExecutorService writes = Executors.newSingleThreadExecutor(daemons("knead-write"));

    @Override
    public <T> void read(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed) {
        reads.execute(() -> run(work, onDone, onProblem, whatFailed));
    }

    @Override
    public <T> void write(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed) {
        writes.execute(() -> run(work, onDone, onProblem, whatFailed));
    }

    private static <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            String sentence = PlainSentence.of(e, whatFailed);
            SwingUtilities.invokeLater(() -> onProblem.accept(sentence));
            return;
        }
        SwingUtilities.invokeLater(() -> onDone.accept(result));
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
