package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.usecase.PrinterChoice;
import java.util.Optional;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The owner chooses which of the computer's print queues prints receipts; the choice is kept in the
 * database. The list of queues is read from the print system on a worker.
 */
final class ReceiptPrinterChoice extends JPanel {

    private static final String NONE = "(no printer: PDF copies only)";

    private final PrinterChoice printers;
    private final Tasks tasks;
    private final JComboBox<String> queue = new JComboBox<>();
    private final JButton save = new JButton("Use this printer");
    private final JCheckBox kick = new JCheckBox("Open the cash drawer wired to it after cash sales (ESC/POS)");
    private final JLabel status = style(new JLabel(" "), "deskDone");

    ReceiptPrinterChoice(PrinterChoice printers, Tasks tasks) {
        super(new MigLayout("insets 0", "[grow, fill][][]", ""));
        this.printers = printers;
        this.tasks = tasks;
        queue.setName("office.printer");
        save.setName("office.savePrinter");
        status.setName("office.printerStatus");
        queue.getAccessibleContext().setAccessibleName("Receipt printer");
        add(queue);
        add(save);
        kick.setName("office.drawerKick");
        add(kick, "newline, span 2, left");
        add(status, "newline, span 2, left");
        save.addActionListener(e -> save());
        save.setEnabled(false);
    }

    /** Reads the queues and the current choice again. */
    void load() {
        save.setEnabled(false);
        tasks.read(printers::read, loaded -> {
            DefaultComboBoxModel<String> model = new DefaultComboBoxModel<>();
            model.addElement(NONE);
            loaded.queues().forEach(model::addElement);
            loaded.chosen().filter(q -> !loaded.queues().contains(q)).ifPresent(model::addElement);
            queue.setModel(model);
            queue.setSelectedItem(loaded.chosen().orElse(NONE));
            kick.setSelected(loaded.drawerKick());
            save.setEnabled(true);
        }, status::setText, "The printers could not be listed");
    }

    private void save() {
        String chosen = (String) queue.getSelectedItem();
        boolean kickDrawer = kick.isSelected();
        tasks.write(() -> {
            printers.choose(NONE.equals(chosen) ? Optional.empty() : Optional.of(chosen), kickDrawer);
            return chosen;
        }, saved -> status.setText(NONE.equals(saved) ? "Receipts are saved as PDF only."
                : "Receipts print on " + saved + "."), status::setText, "The printer choice could not be saved");
    }
}
