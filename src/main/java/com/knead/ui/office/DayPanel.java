package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.office.CloseDayController;
import com.knead.usecase.SaveEndOfDay;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Day" tab: the end-of-day report of a chosen business day saved as a PDF (the printer is
 * in Settings), and the close of that day with its Z, or an X of today.
 */
final class DayPanel extends JPanel implements OfficePage {

    private final SaveEndOfDay endOfDay;
    private final Tasks tasks;
    private final JTextField day = new JTextField(10);
    private final JButton saveEndOfDay = style(new JButton("Save end-of-day PDF"), "deskPrimary");
    private final JLabel result = style(new JLabel(" "), "deskDone");
    private final JLabel problem = style(new JLabel(" "), "deskProblem");

    private final CloseDayController closing;

    DayPanel(SaveEndOfDay endOfDay, CloseDayController closing, Tasks tasks) {
        super(new MigLayout("insets 24, wrap 2", "[right][grow, fill]", "[][][][]"));
        this.closing = closing;
        this.endOfDay = endOfDay;
        this.tasks = tasks;
        setName("office.dayPage");
        day.setName("office.day");
        saveEndOfDay.setName("office.saveEndOfDay");
        result.setName("office.result");
        problem.setName("office.problem");
        JLabel dayLabel = new JLabel("Business day (YYYY-MM-DD)");
        dayLabel.setLabelFor(day);
        add(dayLabel);
        add(day);
        add(saveEndOfDay, "skip, left");
        add(result, "span 2, left");
        add(problem, "span 2, left");
        JLabel heading = style(new JLabel("Close the day"), "deskHeading");
        add(heading, "span 2, left, gaptop 16");
        add(new CloseDayPanel(closing, () -> day.getText()), "span 2, growx");
        saveEndOfDay.addActionListener(e -> saveEndOfDay());
    }

    @Override
    public String title() {
        return "Day";
    }

    @Override
    public void opened() {
        day.setText(endOfDay.today().toString());
        closing.load(day.getText());
    }

    @Override
    public void locked() {
        result.setText(" ");
        problem.setText(" ");
    }

    private void saveEndOfDay() {
        LocalDate chosen;
        try {
            chosen = LocalDate.parse(day.getText().strip());
        } catch (DateTimeParseException e) {
            problem.setText("\"" + day.getText().strip() + "\" is not a date; type it as YYYY-MM-DD, like "
                    + endOfDay.today() + ".");
            return;
        }
        problem.setText(" ");
        result.setText("Saving…");
        saveEndOfDay.setEnabled(false);
        // Writing the report changes nothing recorded: a read, beside other work.
        tasks.read(() -> endOfDay.save(chosen), saved -> {
            saveEndOfDay.setEnabled(true);
            int sales = saved.figures().sales().size();
            result.setText("<html>Saved the end of day for " + chosen + ": " + sales + (sales == 1 ? " sale" : " sales")
                    + ", total " + saved.figures().total().plain() + ".<br>" + saved.pdf() + "</html>");
        }, sentence -> {
            saveEndOfDay.setEnabled(true);
            result.setText(" ");
            problem.setText(sentence);
        }, "The end-of-day report could not be saved");
    }
}
