package com.knead.ui.common;

import com.knead.control.PlainSentence;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingWorker;

/**
 * Runs database, file and report work off the Event Dispatch Thread and comes back to it with the
 * result or with a plain sentence for the person at the screen. The log gets the detail; the
 * screen never gets a stack trace.
 *
 * <p>Being replaced by an injected {@link com.knead.control.Tasks} (see {@link SwingTasks}); what
 * still calls this is moved screen by screen.
 */
public final class Background {

    private Background() {
    }

    /**
     * @param work       runs on a worker thread
     * @param onDone     runs on the EDT with the result
     * @param onProblem  runs on the EDT with a plain sentence
     * @param whatFailed how to say, in plain words, what could not be done ("The check-in could not be saved")
     */
    public static <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<String> onProblem, String whatFailed) {
        new SwingWorker<T, Void>() {
            @Override
            protected T doInBackground() {
                return work.get();
            }

            @Override
            protected void done() {
                try {
                    onDone.accept(get());
                } catch (ExecutionException e) {
                    onProblem.accept(plainSentence(e.getCause(), whatFailed));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    onProblem.accept(whatFailed + ".");
                }
            }
        }.execute();
    }

    /** The sentence a person should read for a failure; logs the detail of unexpected ones. */
    public static String plainSentence(Throwable failure, String whatFailed) {
        return PlainSentence.of(failure, whatFailed);
    }
}
