package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.domain.StaffMember;
import com.knead.ui.common.StaffRenderer;
import com.knead.usecase.Approvals;
import com.knead.usecase.PrinterChoice;
import com.knead.usecase.SaveEndOfDay;
import java.awt.CardLayout;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The owner's office, locked behind an owner's PIN. Unlocked, it saves the end-of-day report of a
 * chosen business day as a PDF in the data folder.
 */
public final class OfficeFrame extends JFrame {

    private static final String LOCKED = "locked";
    private static final String OPEN = "open";

    private final Approvals approvals;
    private final SaveEndOfDay endOfDay;
    private final Tasks tasks;
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);

    private final JComboBox<StaffMember> owner = new JComboBox<>();
    private final JPasswordField pin = new JPasswordField(8);
    private final JButton unlock = style(new JButton("Unlock"), "deskPrimary");
    private final JLabel pinProblem = style(new JLabel(" "), "deskProblem");

    private final JTextField day = new JTextField(10);
    private final JButton saveEndOfDay = style(new JButton("Save end-of-day PDF"), "deskPrimary");
    private final JLabel result = style(new JLabel(" "), "deskDone");
    private final JLabel problem = style(new JLabel(" "), "deskProblem");
    private final ReceiptPrinterChoice printer;

    public OfficeFrame(Approvals approvals, SaveEndOfDay endOfDay, PrinterChoice printers, Tasks tasks) {
        super("Knead — Office");
        setName("office");
        this.approvals = approvals;
        this.endOfDay = endOfDay;
        this.tasks = tasks;
        this.printer = new ReceiptPrinterChoice(printers, tasks);
        content.add(lockedPanel(), LOCKED);
        content.add(openPanel(), OPEN);
        setContentPane(content);
        setSize(760, 500);
        loadOwners();
    }

    private JPanel lockedPanel() {
        JPanel panel = new JPanel(new MigLayout("insets 24, wrap 2", "[right][grow, fill]", "[]24[][][][]"));
        owner.setName("office.owner");
        pin.setName("office.pin");
        unlock.setName("office.unlock");
        pinProblem.setName("office.pinProblem");
        pin.getAccessibleContext().setAccessibleName("PIN");
        owner.setRenderer(new StaffRenderer(""));
        panel.add(style(new JLabel("The office is locked"), "deskHeading"), "span 2, left");
        panel.add(new JLabel("Owner"));
        panel.add(owner);
        JLabel pinLabel = new JLabel("PIN");
        pinLabel.setLabelFor(pin);
        panel.add(pinLabel);
        panel.add(pin);
        panel.add(unlock, "skip, left");
        panel.add(pinProblem, "span 2, left");
        unlock.addActionListener(e -> unlock());
        pin.addActionListener(e -> unlock());
        return panel;
    }

    private JPanel openPanel() {
        JPanel panel = new JPanel(new MigLayout("insets 24, wrap 2", "[right][grow, fill]", "[]24[][][][]"));
        day.setName("office.day");
        saveEndOfDay.setName("office.saveEndOfDay");
        result.setName("office.result");
        problem.setName("office.problem");
        JButton lock = new JButton("Lock");
        lock.setName("office.lock");
        lock.addActionListener(e -> lock());
        panel.add(style(new JLabel("Office"), "deskHeading"), "split 2, span 2, left");
        panel.add(lock, "right");
        JLabel dayLabel = new JLabel("Business day (YYYY-MM-DD)");
        dayLabel.setLabelFor(day);
        panel.add(dayLabel);
        panel.add(day);
        panel.add(saveEndOfDay, "skip, left");
        panel.add(result, "span 2, left");
        panel.add(problem, "span 2, left");
        panel.add(new JLabel("Receipt printer"), "gaptop 16");
        panel.add(printer, "gaptop 16");
        saveEndOfDay.addActionListener(e -> saveEndOfDay());
        return panel;
    }

    private void loadOwners() {
        unlock.setEnabled(false);
        tasks.read(approvals::owners,
                (List<StaffMember> owners) -> {
                    owner.setModel(new DefaultComboBoxModel<>(owners.toArray(StaffMember[]::new)));
                    unlock.setEnabled(!owners.isEmpty());
                }, pinProblem::setText, "The staff list could not be read");
    }

    private void unlock() {
        StaffMember who = (StaffMember) owner.getSelectedItem();
        String typed = new String(pin.getPassword());
        pin.setText("");
        if (who == null || !unlock.isEnabled()) {
            return;
        }
        unlock.setEnabled(false);
        // PIN hashes are slow on purpose, so checking one is worker work.
        tasks.read(() -> approvals.unlocks(who, typed), matched -> {
            unlock.setEnabled(true);
            if (matched) {
                pinProblem.setText(" ");
                day.setText(endOfDay.today().toString());
                cards.show(content, OPEN);
                printer.load();
            } else {
                pinProblem.setText("That PIN is not right for " + who.name() + ". Try again.");
            }
        }, sentence -> {
            unlock.setEnabled(true);
            pinProblem.setText(sentence);
        }, "The PIN could not be checked");
    }

    private void lock() {
        result.setText(" ");
        problem.setText(" ");
        cards.show(content, LOCKED);
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
