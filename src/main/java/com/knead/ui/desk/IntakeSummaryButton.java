package com.knead.ui.desk;

import com.knead.control.Tasks;
import com.knead.domain.Visit;
import com.knead.usecase.IntakeSummary;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;

/** Saves the selected visit's intake summary for the therapist and opens it where the computer can. */
final class IntakeSummaryButton extends JButton {

    private final IntakeSummary summaries;
    private final Tasks tasks;
    private final Supplier<Visit> selected;
    private final Consumer<String> say;

    IntakeSummaryButton(IntakeSummary summaries, Tasks tasks, Supplier<Visit> selected, Consumer<String> say) {
        super("Intake summary");
        this.summaries = summaries;
        this.tasks = tasks;
        this.selected = selected;
        this.say = say;
        setName("desk.intakeSummary");
        addActionListener(e -> save());
    }

    private void save() {
        Visit visit = selected.get();
        if (visit == null) {
            return;
        }
        setEnabled(false);
        tasks.read(() -> open(summaries.writeCopy(visit.businessDay(), visit.queueNumber())), (String saved) -> {
            setEnabled(true);
            say.accept(saved);
        }, problem -> {
            setEnabled(true);
            say.accept(problem);
        }, "The intake summary could not be written");
    }

    /** Runs on the worker: opening a file can wait on another program. Returns what to tell the cashier. */
    private static String open(Path pdf) {
        String saved = "Intake summary saved: " + pdf;
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return saved;
        }
        try {
            Desktop.getDesktop().open(pdf.toFile());
            return saved;
        } catch (IOException | UnsupportedOperationException e) {
            return saved + " (no program here could open it)";
        }
    }
}
