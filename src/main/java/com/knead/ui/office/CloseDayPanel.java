package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.office.CloseDayController;
import com.knead.domain.StaffMember;
import com.knead.ui.common.StaffRenderer;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

/**
 * The Day tab's close of day: a counter for each note and coin (or one total), expected against
 * counted with over/short, a reason, who closes and their PIN, then Close the day, Save the Z and
 * Run an X. It draws {@link CloseDayController}'s state and forwards what is typed and pressed.
 */
final class CloseDayPanel extends JPanel {

    private final CloseDayController controller;
    private final JPanel counter = new JPanel(new MigLayout("insets 0, wrap 6", "[right][60!]16[right][60!]16[right][60!]"));
    private final JTextField total = new JTextField(8);
    private final JLabel expected = style(new JLabel(" "), "deskDone");
    private final JLabel counted = new JLabel(" ");
    private final JLabel overShort = new JLabel(" ");
    private final JTextField reason = new JTextField(30);
    private final JComboBox<StaffMember> who = new JComboBox<>();
    private final JPasswordField pin = new JPasswordField(8);
    private final JButton read = new JButton("Count the drawer of this day");
    private final JButton close = style(new JButton("Close the day"), "deskPrimary");
    private final JButton saveZ = new JButton("Save and print the Z");
    private final JButton runX = new JButton("Run an X (not a Z)");
    private final JLabel result = style(new JLabel(" "), "deskDone");
    private final JLabel problem = style(new JLabel(" "), "deskProblem");
    private boolean counterBuilt;
    private List<StaffMember> shownWho = List.of();

    CloseDayPanel(CloseDayController controller, Supplier<String> day) {
        super(new MigLayout("insets 0, wrap 2", "[right][grow, fill]"));
        this.controller = controller;
        setName("office.closeDay");
        name(total, "office.countedTotal");
        name(expected, "office.expected");
        name(counted, "office.counted");
        name(overShort, "office.overShort");
        name(reason, "office.closeReason");
        name(who, "office.closeWho");
        name(pin, "office.closePin");
        name(read, "office.readDrawer");
        name(close, "office.close");
        name(saveZ, "office.saveZ");
        name(runX, "office.runX");
        name(result, "office.closeResult");
        name(problem, "office.closeProblem");
        who.setRenderer(new StaffRenderer("Choose who closes"));
        add(read, "skip, left");
        add(new JLabel("Notes and coins"), "top");
        add(counter, "left");
        row("Or one total", total);
        row("Expected in drawer", expected);
        row("Counted", counted);
        row("Over / short", overShort);
        row("Reason (when over or short)", reason);
        row("Closed by", who);
        row("PIN", pin);
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[][][]"));
        buttons.add(close);
        buttons.add(saveZ);
        buttons.add(runX);
        add(buttons, "skip, left");
        add(result, "span 2, left");
        add(problem, "span 2, left");
        onChange(total, () -> controller.total(total.getText()));
        read.addActionListener(e -> controller.load(day.get()));
        close.addActionListener(e -> {
            String typed = new String(pin.getPassword());
            pin.setText("");
            controller.close((StaffMember) who.getSelectedItem(), typed, reason.getText());
        });
        saveZ.addActionListener(e -> controller.saveZ());
        runX.addActionListener(e -> controller.runX());
        controller.attach(this::show);
    }

    private void row(String label, javax.swing.JComponent field) {
        JLabel name = new JLabel(label);
        name.setLabelFor(field);
        add(name);
        add(field, field instanceof JLabel ? "" : "left, growx 0");
    }

    private static <C extends javax.swing.JComponent> void name(C component, String name) {
        component.setName(name);
        component.getAccessibleContext().setAccessibleName(name.substring("office.".length()));
    }

    private void show(CloseDayController.State state) {
        if (!counterBuilt && !state.denominations().isEmpty()) {
            counterBuilt = true;
            for (BigDecimal value : state.denominations()) {
                JTextField pieces = new JTextField(4);
                pieces.setName("office.count." + value.toPlainString());
                JLabel label = new JLabel(value.toPlainString() + " ×");
                label.setLabelFor(pieces);
                pieces.getAccessibleContext().setAccessibleName(value.toPlainString() + " notes or coins");
                onChange(pieces, () -> controller.count(value, pieces.getText()));
                counter.add(label);
                counter.add(pieces);
            }
            revalidate();
        }
        if (!state.whoMayClose().equals(shownWho)) {
            shownWho = state.whoMayClose();
            who.removeAllItems();
            shownWho.forEach(who::addItem);
        }
        expected.setText(state.expected().isEmpty() ? " " : state.expected());
        counted.setText(state.counted().isEmpty() ? " " : state.counted());
        overShort.setText(state.overShort().isEmpty() ? " " : state.overShort());
        close.setEnabled(!state.busy() && !state.expected().isEmpty());
        saveZ.setEnabled(!state.busy() && state.closed());
        runX.setEnabled(!state.busy());
        read.setEnabled(!state.busy());
        result.setText(state.result().isEmpty() ? " " : state.result());
        problem.setText(state.problem().isEmpty() ? " " : state.problem());
    }

    private static void onChange(JTextField field, Runnable changed) {
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed.run();
            }
        });
    }
}
