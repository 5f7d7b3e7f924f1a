package com.knead.ui.common;

import com.knead.domain.Refused;
import com.knead.store.AlreadyRunning;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database, file and report work off the Event Dispatch Thread and comes back to it with the
 * result or with a plain sentence for the person at the screen. The log gets the detail; the
 * screen never gets a stack trace.
 */
public final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

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
        if (failure instanceof Refused || failure instanceof AlreadyRunning) {
            return failure.getMessage();
        }
        LOG.error("{}", whatFailed, failure);
        return whatFailed + ". Nothing you typed is lost; please try again, and if it keeps happening "
                + "ask the owner to look at the log.";
    }
}
