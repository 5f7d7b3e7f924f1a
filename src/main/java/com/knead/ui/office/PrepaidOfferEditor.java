package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.office.PrepaidOffersController;
import com.knead.ui.common.Sentence;
import java.awt.Component;
import java.util.function.Supplier;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Packages and gift cards at set prices, beside the price list: a package of N visits of one service,
 * or a gift card of a set value, put on the price list; or one taken off it. It draws
 * {@link PrepaidOffersController}'s state; {@code from} is the page's "effective from" day.
 */
final class PrepaidOfferEditor extends JPanel implements PrepaidOffersController.View {

    private final JComboBox<PrepaidOffersController.Choice> service = new JComboBox<>();
    private final JTextField visits = new JTextField(3);
    private final JTextField name = new JTextField(14);
    private final JTextField price = new JTextField(7);
    private final JComboBox<PrepaidOffersController.Choice> offers = new JComboBox<>();
    private final JButton addPackage = new JButton("Add package");
    private final JButton addGiftCard = new JButton("Add gift card");
    private final JButton retire = new JButton("Take off the price list");
    private final Sentence problem = new Sentence("deskProblem");
    private final Sentence result = new Sentence("deskDone");

    PrepaidOfferEditor(PrepaidOffersController controller, Supplier<String> from) {
        super(new MigLayout("insets 0 8 0 0, wrap 2", "[right][grow, fill, 0::]", ""));
        setName("office.prepaid");
        service.setName("office.prepaid.service");
        visits.setName("office.prepaid.visits");
        name.setName("office.prepaid.name");
        price.setName("office.prepaid.price");
        offers.setName("office.prepaid.offers");
        addPackage.setName("office.prepaid.addPackage");
        addGiftCard.setName("office.prepaid.addGiftCard");
        retire.setName("office.prepaid.retire");
        problem.setName("office.prepaid.problem");
        result.setName("office.prepaid.result");
        add(style(new JLabel("Packages and gift cards"), "deskHeading"), "span 2, left");
        add(label("Name (blank: made up)", name));
        add(name);
        add(label("Price or value", price));
        add(price, "grow 0, w 110!");
        add(label("Package of", service));
        add(service);
        add(label("Visits", visits));
        add(visits, "split 2, grow 0, w 60!");
        add(addPackage, "grow 0");
        add(addGiftCard, "skip, grow 0");
        add(label("On the price list", offers));
        add(offers, "split 2");
        add(retire, "grow 0");
        add(problem, "span 2, growx, wmin 0");
        add(result, "span 2, growx, wmin 0");
        addPackage.addActionListener(e -> controller.addPackage(chosen(service), visits.getText(), name.getText(),
                price.getText(), from.get()));
        addGiftCard.addActionListener(e -> controller.addGiftCard(name.getText(), price.getText(), from.get()));
        retire.addActionListener(e -> controller.retire(chosen(offers)));
        controller.attach(this);
    }

    private static java.util.UUID chosen(JComboBox<PrepaidOffersController.Choice> box) {
        return box.getSelectedItem() instanceof PrepaidOffersController.Choice choice ? choice.id() : null;
    }

    private static JLabel label(String text, Component field) {
        JLabel label = new JLabel(text);
        label.setLabelFor(field);
        return label;
    }

    void clear() {
        name.setText("");
        price.setText("");
        visits.setText("");
    }

    @Override
    public void show(PrepaidOffersController.State state) {
        Object wasService = service.getSelectedItem();
        service.setModel(new DefaultComboBoxModel<>(state.services().toArray(PrepaidOffersController.Choice[]::new)));
        if (wasService != null && state.services().contains(wasService)) {
            service.setSelectedItem(wasService);
        }
        offers.setModel(new DefaultComboBoxModel<>(state.offers().toArray(PrepaidOffersController.Choice[]::new)));
        for (JComponent c : new JComponent[] {addPackage, addGiftCard}) {
            c.setEnabled(!state.busy());
        }
        retire.setEnabled(!state.busy() && !state.offers().isEmpty());
        problem.setText(state.problem().isEmpty() ? " " : state.problem());
        result.setText(state.result().isEmpty() ? " " : state.result());
        if (state.result().endsWith("saved.")) {
            clear();
        }
    }
}
