package com.knead.ui.desk;

import com.knead.domain.Refused;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.TypedAmount;
import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * The lines of the sale beyond the visit's service: add-ons chosen at the kiosk and items the
 * cashier adds by hand (a bottle of oil, a voucher), each with a description and a price, and
 * taken off again when added by mistake.
 */
final class ItemsPanel extends JPanel {

    static final int MAX_DESCRIPTION = 80;

    private final Supplier<SaleDraft> draft;
    private final Runnable changed;
    private final Consumer<String> problem;
    private final DefaultListModel<String> shown = new DefaultListModel<>();
    private final JList<String> items = new JList<>(shown);
    private final JTextField description = new JTextField(14);
    private final JTextField price = new JTextField(6);
    private final JButton add = new JButton("Add item");
    private final JButton remove = new JButton("Take off");

    ItemsPanel(Supplier<SaleDraft> draft, Runnable changed, Consumer<String> problem) {
        super(new MigLayout("insets 0, wrap 2", "[right][grow, fill]", ""));
        this.draft = draft;
        this.changed = changed;
        this.problem = problem;
        items.setName("desk.items");
        description.setName("desk.itemName");
        price.setName("desk.itemPrice");
        add.setName("desk.addItem");
        remove.setName("desk.removeItem");
        items.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        items.setVisibleRowCount(2);
        items.getAccessibleContext().setAccessibleName("Items on the sale");
        description.getAccessibleContext().setAccessibleName("Item description");
        price.getAccessibleContext().setAccessibleName("Item price");

        JLabel itemLabel = new JLabel("Item");
        itemLabel.setLabelFor(description);
        add(itemLabel);
        add(description, "split 4, growx");
        JLabel priceLabel = new JLabel("price");
        priceLabel.setLabelFor(price);
        add(priceLabel);
        add(price, "growx 0");
        add(add);
        add(new JLabel("Extras"));
        add(items, "split 2, growx, hmin 40");
        add(remove, "top");
        add.addActionListener(e -> addItem());
        price.addActionListener(e -> addItem());
        remove.addActionListener(e -> removeItem());
    }

    private void addItem() {
        SaleDraft sale = draft.get();
        if (sale == null) {
            return;
        }
        String text = description.getText().strip();
        try {
            if (text.isEmpty()) {
                throw new Refused("Type what the item is, like \"Massage oil\".");
            }
            if (text.codePointCount(0, text.length()) > MAX_DESCRIPTION) {
                throw new Refused("That description is too long; " + MAX_DESCRIPTION + " letters at most.");
            }
            var amount = TypedAmount.parse(price.getText(), sale.clinic().currency());
            if (!amount.isPositive()) {
                throw new Refused("An item needs a price above zero.");
            }
            sale.addLine(new SaleLine(text, null, 0, amount, 1));
        } catch (Refused refused) {
            problem.accept(refused.getMessage());
            return;
        }
        description.setText("");
        price.setText("");
        changed.run();
    }

    private void removeItem() {
        SaleDraft sale = draft.get();
        int selected = items.getSelectedIndex();
        if (sale == null || selected < 0) {
            return;
        }
        // The list leaves out the visit's service, the sale's first line.
        int offset = sale.visitId() == null ? 0 : 1;
        try {
            sale.removeLine(selected + offset);
        } catch (Refused refused) {
            problem.accept(refused.getMessage());
            return;
        }
        changed.run();
    }

    /** Shows the sale's extra lines after the draft changed. */
    void showItems() {
        SaleDraft sale = draft.get();
        shown.clear();
        if (sale == null) {
            return;
        }
        List<SaleLine> lines = sale.lines();
        for (SaleLine line : lines.subList(sale.visitId() == null ? 0 : Math.min(1, lines.size()), lines.size())) {
            shown.addElement(line.description() + "  " + line.amount().plain());
        }
    }

    void reset() {
        description.setText("");
        price.setText("");
    }

    void setActive(boolean active) {
        for (Component c : List.of(description, price, add, remove, items)) {
            c.setEnabled(active);
        }
    }
}
