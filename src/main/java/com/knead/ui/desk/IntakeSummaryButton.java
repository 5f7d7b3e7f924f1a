package com.knead.ui.desk;

import com.knead.control.Tasks;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.usecase.OpenIntakeSummary;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;

/**
 * Saves the selected visit's intake summary for the therapist and opens it where the computer can;
 * only for someone signed in who may read health answers (the use case checks, and logs who looked).
 */
final class IntakeSummaryButton extends JButton {

    private final OpenIntakeSummary summaries;
    private final Supplier<StaffMember> reader;
    private final Tasks tasks;
    private final Supplier<Visit> selected;
    private final Consumer<String> say;

    IntakeSummaryButton(OpenIntakeSummary summaries, Supplier<StaffMember> reader, Tasks tasks, Supplier<Visit> selected,
                        Consumer<String> say) {
        super("Intake summary");
        this.reader = reader;
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
            say.accept("Select a visit in the queue to see its intake summary.");
            return;
        }
        setEnabled(false);
        StaffMember by = reader.get();
        // Writes the audit log's "intake summary opened": a write.
        tasks.write(() -> open(summaries.open(visit, by)), (String saved) -> {
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
