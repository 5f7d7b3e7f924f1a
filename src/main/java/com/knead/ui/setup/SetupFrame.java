package com.knead.ui.setup;

import static com.knead.ui.common.Theme.style;

import com.knead.control.setup.SetupController;
import com.knead.control.setup.SetupState;
import com.knead.domain.ClinicSetup;
import com.knead.domain.ClinicSetup.Field;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * A real clinic's first start, in one form of its own window: the clinic, its money, its day, the
 * owner and the receipt printer. A field that is not right gets its sentence beside it and keeps
 * what was typed. "Try the demo clinic" skips it all.
 */
public final class SetupFrame extends JFrame {

    static final String NO_PRINTER = "(no printer: PDF copies only)";

    private final JTextField name = field("setup.name", 28);
    private final JTextField address = field("setup.address", 28);
    private final JTextField phone = field("setup.phone", 16);
    private final JComboBox<String> currency = new JComboBox<>(SetupController.currencies().toArray(String[]::new));
    private final JTextField taxRate = field("setup.taxRate", 6);
    private final JCheckBox taxInclusive = new JCheckBox("Prices include the tax", true);
    private final JComboBox<Rounding> rounding = new JComboBox<>(Rounding.values());
    private final JTextField dayEnds = field("setup.dayEnds", 6);
    private final JTextField ownerName = field("setup.ownerName", 20);
    private final JPasswordField pin = new JPasswordField(8);
    private final JPasswordField pinAgain = new JPasswordField(8);
    private final JComboBox<String> printer = new JComboBox<>(new String[] {NO_PRINTER});
    private final JButton save = style(new JButton("Set up the clinic"), "deskPrimary");
    private final JButton demo = new JButton("Try the demo clinic instead");
    private final JLabel overall = style(new JLabel(" "), "deskProblem");
    private final Map<Field, JLabel> problems = new EnumMap<>(Field.class);
    private SetupController controller;

    /** How the tax is rounded, in words. */
    enum Rounding {
        HALF_UP(RoundingMode.HALF_UP, "to the nearest cent, halves up"),
        HALF_EVEN(RoundingMode.HALF_EVEN, "to the nearest cent, halves to even"),
        DOWN(RoundingMode.DOWN, "down to the cent");

        final RoundingMode mode;
        final String words;

        Rounding(RoundingMode mode, String words) {
            this.mode = mode;
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    public SetupFrame() {
        super("Knead — set up your clinic");
        setName("setup");
        currency.setName("setup.currency");
        currency.setEditable(true);
        currency.setSelectedItem(localCurrency());
        taxInclusive.setName("setup.taxInclusive");
        rounding.setName("setup.rounding");
        pin.setName("setup.pin");
        pinAgain.setName("setup.pinAgain");
        printer.setName("setup.printer");
        save.setName("setup.save");
        demo.setName("setup.demo");
        overall.setName("setup.problem");
        taxRate.setText("0");
        dayEnds.setText("00:00");
        JPanel form = new JPanel(new MigLayout("insets 24, wrap 3", "[right][][grow, fill]", ""));
        form.add(style(new JLabel("Set up your clinic"), "deskHeading"), "span 3, left");
        form.add(new JLabel("<html>This data folder has no clinic yet. Fill this in once; all of it can be "
                + "changed later in the office's Settings, except the currency.</html>"), "span 3, left, wmax 640");
        heading(form, "The clinic, as receipts show it");
        row(form, "Name", name, Field.NAME);
        row(form, "Address", address, Field.ADDRESS);
        row(form, "Phone", phone, Field.PHONE);
        heading(form, "Money");
        row(form, "Currency", currency, Field.CURRENCY);
        row(form, "Tax rate (%)", taxRate, Field.TAX_RATE);
        form.add(new JLabel(""));
        form.add(taxInclusive, "span 2, left");
        form.add(new JLabel("Round the tax"));
        form.add(rounding, "span 2, left");
        heading(form, "The business day");
        row(form, "The day ends at", dayEnds, Field.DAY_ENDS);
        form.add(new JLabel(""));
        form.add(style(new JLabel("<html>00:00 is midnight. Open past midnight? Type e.g. 04:00: sales before 4 am "
                + "then count on the day before.</html>"), "deskNote"), "span 2, left, wmax 520");
        heading(form, "The owner (opens the office)");
        row(form, "Owner's name", ownerName, Field.OWNER_NAME);
        row(form, "PIN (4 to 8 digits)", pin, Field.PIN);
        row(form, "The PIN again", pinAgain, Field.PIN_AGAIN);
        heading(form, "Receipts");
        form.add(new JLabel("Receipt printer"));
        form.add(printer, "span 2, left");
        form.add(overall, "span 3, left, gaptop 12");
        form.add(save, "span 3, split 2, left");
        form.add(demo);
        save.addActionListener(e -> controller.save(typed()));
        demo.addActionListener(e -> controller.tryTheDemo());
        setContentPane(new JScrollPane(form));
        pack();
    }

    /** Starts the form; {@code onOpened} runs (on the screen thread) once the clinic, or the demo, is made. */
    public void start(Function<Consumer<SetupState>, SetupController> controllers, Consumer<String> onOpened) {
        controller = controllers.apply(state -> show(state, onOpened));
        controller.load();
    }

    private static String localCurrency() {
        try {
            return Currency.getInstance(Locale.getDefault()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return "EUR";
        }
    }

    private static JTextField field(String name, int columns) {
        JTextField field = new JTextField(columns);
        field.setName(name);
        return field;
    }

    private static void heading(JPanel form, String words) {
        form.add(style(new JLabel(words), "deskSubheading"), "span 3, left, gaptop 12");
    }

    private void row(JPanel form, String label, JComponent input, Field field) {
        JLabel words = new JLabel(label);
        words.setLabelFor(input);
        input.getAccessibleContext().setAccessibleName(label);
        JLabel problem = style(new JLabel(""), "deskProblem");
        problem.setName("setup.problem." + field.name());
        problems.put(field, problem);
        form.add(words);
        form.add(input, "left, span 2");
        // Under its field, wrapped, so a long sentence is never cut off at the window's edge.
        problem.setVisible(false);
        form.add(problem, "skip, span 2, left, wmax 520, hidemode 3");
    }

    private ClinicSetup typed() {
        Object chosen = printer.getSelectedItem();
        Object code = currency.getEditor().getItem();
        return new ClinicSetup(name.getText(), address.getText(), phone.getText(), code == null ? "" : code.toString(),
                taxRate.getText(), taxInclusive.isSelected(), ((Rounding) rounding.getSelectedItem()).mode,
                dayEnds.getText(), ownerName.getText(), new String(pin.getPassword()), new String(pinAgain.getPassword()),
                chosen == null || NO_PRINTER.equals(chosen) ? Optional.empty() : Optional.of(chosen.toString()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void show(SetupState state, Consumer<String> onOpened) {
        if (printer.getItemCount() != state.printers().size() + 1) {
            Object was = printer.getSelectedItem();
            DefaultComboBoxModel<String> model = new DefaultComboBoxModel<>();
            model.addElement(NO_PRINTER);
            state.printers().forEach(model::addElement);
            printer.setModel(model);
            printer.setSelectedItem(was);
        }
        problems.forEach((field, label) -> {
            String sentence = state.problem(field);
            label.setText(sentence.isEmpty() ? "" : "<html>" + escape(sentence) + "</html>");
            label.setVisible(!sentence.isEmpty());
        });
        overall.setText(state.problem().isEmpty() ? " " : state.problem());
        save.setEnabled(!state.busy());
        demo.setEnabled(!state.busy());
        state.opened().ifPresent(clinic -> {
            dispose();
            onOpened.accept(clinic);
        });
    }
}
