package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;
import static com.knead.ui.office.PageParts.name;
import static com.knead.ui.office.PageParts.row;

import com.knead.control.office.SalesRangeController;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Reports" tab: the sales of a range of days, read while a bar shows how far it has got
 * (with Cancel), then saved as a PDF or exported as CSV where the owner chooses. It draws
 * {@link SalesRangeController}'s state and forwards what is typed and pressed.
 */
final class SalesRangePage extends JPanel implements OfficePage {

    private final SalesRangeController controller;
    private final JTextField from = new JTextField(10);
    private final JTextField to = new JTextField(10);
    private final JButton run = style(new JButton("Run the report"), "deskPrimary");
    private final JProgressBar progress = new JProgressBar();
    private final JButton cancel = new JButton("Cancel");
    private final JLabel summary = new JLabel(" ");
    private final JButton savePdf = new JButton("Save as PDF…");
    private final JButton exportCsv = new JButton("Export as CSV…");
    private final JLabel result = style(new JLabel(" "), "deskDone");
    private final JLabel problem = style(new JLabel(" "), "deskProblem");
    private File folder = new File(System.getProperty("user.home"));
    private String suggestedName = "sales";

    SalesRangePage(SalesRangeController controller) {
        super(new MigLayout("insets 24, wrap 2", "[right][grow, fill]", "[][][]16[][]16[][][]"));
        this.controller = controller;
        setName("office.reportsPage");
        name(from, "office.rangeFrom", "First day");
        name(to, "office.rangeTo", "Last day");
        name(run, "office.runRange", "Run the report");
        name(progress, "office.rangeProgress", "Days read");
        name(cancel, "office.cancelRange", "Cancel the report");
        name(summary, "office.rangeSummary", "Figures of the range");
        name(savePdf, "office.rangePdf", "Save as PDF");
        name(exportCsv, "office.rangeCsv", "Export as CSV");
        name(result, "office.rangeResult", "Saved");
        name(problem, "office.rangeProblem", "Problem");
        add(style(new JLabel("Sales for a range of days"), "deskHeading"), "span 2, left");
        field("First day (YYYY-MM-DD)", from);
        field("Last day (YYYY-MM-DD)", to);
        progress.setStringPainted(true);
        progress.setString(" ");
        add(row(run, progress, cancel), "skip, left, growx 0");
        JLabel figures = new JLabel("Figures");
        figures.setLabelFor(summary);
        add(figures, "top");
        add(summary, "wmin 0");
        add(row(savePdf, exportCsv), "skip, left, growx 0");
        add(result, "span 2, left, wmin 0");
        add(problem, "span 2, left, wmin 0");
        JLabel about = new JLabel("<html>By day, modality, tender and therapist (tips for payroll), and new against "
                + "returning clients. Voided sales count for nothing; refunds count on the day they were given. The desk "
                + "and the kiosk keep working while a report is read.</html>");
        add(about, "span 2, left, wmin 0, w 640!, gaptop 24");
        run.addActionListener(e -> controller.run(from.getText(), to.getText()));
        to.addActionListener(e -> controller.run(from.getText(), to.getText()));
        cancel.addActionListener(e -> controller.cancel());
        savePdf.addActionListener(e -> choose(".pdf", "PDF documents", "pdf", controller::savePdf));
        exportCsv.addActionListener(e -> choose(".csv", "CSV tables (spreadsheets)", "csv", controller::exportCsv));
        controller.attach(this::show);
    }

    @Override
    public String title() {
        return "Reports";
    }

    @Override
    public void opened() {
        controller.load();
    }

    @Override
    public void locked() {
        controller.forget();
    }

    private void field(String label, JTextField field) {
        JLabel name = new JLabel(label);
        name.setLabelFor(field);
        add(name);
        add(field, "left, growx 0");
    }

    /** Asks where to write, with the range's name offered, then hands the file to the controller. */
    private void choose(String extension, String description, String suffix, Consumer<Path> write) {
        JFileChooser chooser = new JFileChooser(folder);
        chooser.setName("office.rangeChooser");
        chooser.setDialogTitle(extension.equals(".pdf") ? "Save the sales report as PDF" : "Export the sales as CSV");
        chooser.setFileFilter(new FileNameExtensionFilter(description, suffix));
        chooser.setSelectedFile(new File(folder, suggestedName + extension));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return;
        }
        File chosen = chooser.getSelectedFile();
        if (!chosen.getName().toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            chosen = new File(chosen.getParentFile(), chosen.getName() + extension);
        }
        if (chosen.getParentFile() != null) {
            folder = chosen.getParentFile();
        }
        write.accept(chosen.toPath());
    }

    private void show(SalesRangeController.State state) {
        if (!from.getText().equals(state.from())) {
            from.setText(state.from());
        }
        if (!to.getText().equals(state.to())) {
            to.setText(state.to());
        }
        suggestedName = state.suggestedName();
        run.setEnabled(!state.running());
        cancel.setEnabled(state.running());
        progress.setMaximum(Math.max(1, state.daysOf()));
        progress.setValue(state.running() ? state.daysRead() : 0);
        progress.setString(state.running() ? (state.daysOf() == 0 ? "Starting…"
                : "Read " + state.daysRead() + " of " + state.daysOf() + " days") : " ");
        summary.setText(state.summary().isEmpty() ? " " : "<html>" + state.summary() + "</html>");
        savePdf.setEnabled(state.canSave());
        exportCsv.setEnabled(state.canSave());
        result.setText(state.result().isEmpty() ? " " : state.result());
        problem.setText(state.problem().isEmpty() ? " " : state.problem());
    }
}
