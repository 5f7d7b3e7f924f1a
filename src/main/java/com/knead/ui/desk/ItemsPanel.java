package com.knead.ui.desk;

import com.knead.control.desk.CheckoutController;
import com.knead.control.desk.CheckoutState;
import java.awt.Component;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * The lines of the sale beyond the visit's service, as the {@link CheckoutController} lists them:
 * add-ons chosen at the kiosk and items the cashier adds by hand (a bottle of oil, a voucher), each
 * with a description and a price, and taken off again when added by mistake.
 */
final class ItemsPanel extends JPanel {

    private final DefaultListModel<String> shown = new DefaultListModel<>();
    private final JList<String> items = new JList<>(shown);
    private final JTextField description = new JTextField(14);
    private final JTextField price = new JTextField(6);
    private final JButton add = new JButton("Add item");
    private final JButton remove = new JButton("Take off");

    ItemsPanel(CheckoutController checkout) {
        super(new MigLayout("insets 0, wrap 2", "[right][grow, fill]", ""));
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
        add.addActionListener(e -> checkout.addItem(description.getText(), price.getText()));
        price.addActionListener(e -> checkout.addItem(description.getText(), price.getText()));
        remove.addActionListener(e -> checkout.removeItem(items.getSelectedIndex()));
    }

    /** Empties the boxes, for a new sale or once the item is on it. */
    void reset() {
        description.setText("");
        price.setText("");
    }

    void render(CheckoutState state) {
        if (!state.items().equals(java.util.Collections.list(shown.elements()))) {
            shown.clear();
            state.items().forEach(shown::addElement);
        }
        for (Component c : List.of(description, price, add, remove, items)) {
            c.setEnabled(state.editable());
        }
    }
}
