package com.knead.app;

import com.knead.control.PlainSentence;
import com.knead.control.setup.SetupController;
import com.knead.ui.common.SwingTasks;
import com.knead.ui.common.Theme;
import com.knead.ui.setup.SetupFrame;
import com.knead.usecase.FirstRun;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.slf4j.LoggerFactory;

/**
 * {@code knead setup}: a data folder with no clinic opens the first-run setup in a window of its own;
 * once the clinic (or the demo) is made, Knead's usual windows open on it. A folder already set up
 * opens the usual windows at once.
 */
public final class FirstRunWindows {

    private final KneadWindows.Options options;
    private final CompletableFuture<KneadWindows> windows = new CompletableFuture<>();
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();

    private FirstRunWindows(KneadWindows.Options options) {
        this.options = options;
    }

    /** Starts the setup (or, for a folder with a clinic, the windows); returns at once. */
    public static FirstRunWindows launch(KneadWindows.Options options) {
        FirstRunWindows run = new FirstRunWindows(options);
        FirstRun firstRun = new FirstRun(options.dataFolder(), ZoneId.systemDefault());
        CompletableFuture.supplyAsync(firstRun::needsSetup).whenComplete((needed, failure) ->
                SwingUtilities.invokeLater(() -> {
                    if (failure != null) {
                        run.failed(failure.getCause() != null ? failure.getCause() : failure);
                    } else if (needed) {
                        run.showSetup(firstRun);
                    } else {
                        run.openWindows();
                    }
                }));
        return run;
    }

    /** Completes with Knead's windows once the clinic is set up and they are opening. */
    public CompletableFuture<KneadWindows> windows() {
        return windows;
    }

    /** Completes with the process exit code when Knead has closed (or the setup was closed unfinished). */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    private void showSetup(FirstRun firstRun) {
        Theme.install();
        SetupFrame frame = new SetupFrame();
        SwingTasks tasks = new SwingTasks();
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                if (!windows.isDone()) {
                    // Closed before finishing: nothing was made, and the next start asks again.
                    exited.complete(0);
                }
            }
        });
        frame.start(view -> new SetupController(firstRun, tasks, view), clinic -> {
            LoggerFactory.getLogger(FirstRunWindows.class).info("Set up {} in {}", clinic, options.dataFolder());
            openWindows();
        });
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
    }

    private void openWindows() {
        KneadWindows opened = KneadWindows.launch(options, () -> { });
        windows.complete(opened);
        opened.exited().whenComplete((code, failure) -> exited.complete(failure == null ? code : 1));
    }

    private void failed(Throwable failure) {
        String sentence = PlainSentence.of(failure, "Knead could not open its data in " + options.dataFolder());
        JOptionPane.showMessageDialog(null, sentence, "Knead", JOptionPane.ERROR_MESSAGE);
        windows.completeExceptionally(failure);
        exited.complete(1);
    }
}
