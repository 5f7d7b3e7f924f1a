package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.desk.SellPrepaidController;
import com.knead.domain.PrepaidOffer;
import com.knead.domain.PriceList;
import com.knead.domain.StaffMember;
import com.knead.ui.common.Sentence;
import com.knead.usecase.SellPrepaid;
import java.awt.Component;
import java.awt.Window;
import java.util.UUID;
import java.util.function.Supplier;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Sells a gift card (a value) or a package (N visits of one service) at the counter, paid in cash
 * or by card, as a sale of its own with its own receipt. The number is the one printed on the card.
 * Renders {@link SellPrepaidController}'s state and forwards what the cashier typed.
 */
final class SellPrepaidDialog extends JDialog implements SellPrepaidController.View {

    /** "Typed out" (null), or one of the price list's packages and gift cards at a set price. */
    private final JComboBox<PrepaidOffer.Priced> offer = new JComboBox<>();
    private PriceList offersOf;
    private final JRadioButton giftCard = new JRadioButton("Gift card", true);
    private final JRadioButton pack = new JRadioButton("Package of visits");
    private final JTextField code = new JTextField(12);
    private final JTextField value = new JTextField(8);
    private final ServicePicker service = new ServicePicker(" each");
    private final JTextField visits = new JTextField("5", 4);
    private final JTextField client = new JTextField(16);
    private final JRadioButton cash = new JRadioButton("Cash", true);
    private final JRadioButton card = new JRadioButton("Card");
    private final JTextField approval = new JTextField(8);
    private final JTextField lastFour = new JTextField(4);
    private final JButton confirm = style(new JButton("Sell"), "deskPrimary");
    private final Sentence problem = new Sentence("deskProblem");
    private final Sentence result = new Sentence("deskDone");
    private final SellPrepaidController controller;

    SellPrepaidDialog(Window owner, SellPrepaid sellPrepaid, Supplier<StaffMember> cashier, Tasks tasks) {
        super(owner, "Sell a gift card or package", ModalityType.MODELESS);
        setName("desk.sellDialog");
        offer.setName("sell.offer");
        offer.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                String text = value instanceof PrepaidOffer.Priced p ? p.offer().name() + " — " + p.price().plain()
                        : "Typed out below";
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        giftCard.setName("sell.giftCard");
        pack.setName("sell.package");
        code.setName("sell.code");
        value.setName("sell.value");
        service.setName("sell.service");
        visits.setName("sell.visits");
        client.setName("sell.client");
        cash.setName("sell.cash");
        card.setName("sell.card");
        approval.setName("sell.approval");
        lastFour.setName("sell.lastFour");
        confirm.setName("sell.confirm");
        problem.setName("sell.problem");
        result.setName("sell.result");
        ButtonGroup what = new ButtonGroup();
        what.add(giftCard);
        what.add(pack);
        ButtonGroup how = new ButtonGroup();
        how.add(cash);
        how.add(card);
        value.setToolTipText("For a gift card: its value. For a package: its price (empty: visits × the session price).");

        JPanel content = new JPanel(new MigLayout("insets 20, wrap 2, width 580", "[right][grow, fill]", ""));
        content.add(new JLabel("Set price"));
        content.add(offer);
        content.add(giftCard, "skip, split 2");
        content.add(pack);
        content.add(new JLabel("Card number"));
        content.add(code, "growx 0, wmin 140");
        content.add(new JLabel("Service"));
        content.add(service);
        content.add(new JLabel("Visits"));
        content.add(visits, "growx 0, wmin 60");
        content.add(new JLabel("Value / price"));
        content.add(value, "growx 0, wmin 100");
        content.add(new JLabel("Client (optional)"));
        content.add(client);
        content.add(new JLabel("Paid by"));
        content.add(cash, "split 6");
        content.add(card);
        content.add(new JLabel("approval"));
        content.add(approval, "growx 0, wmin 80");
        content.add(new JLabel("last 4"));
        content.add(lastFour, "growx 0, wmin 50");
        content.add(confirm, "skip, left, gaptop 8");
        content.add(problem, "span 2, growx, wmin 0");
        content.add(result, "span 2, growx, wmin 0");
        setContentPane(content);
        offer.addActionListener(e -> enableFields());
        giftCard.addActionListener(e -> enableFields());
        pack.addActionListener(e -> enableFields());
        cash.addActionListener(e -> enableFields());
        card.addActionListener(e -> enableFields());
        controller = new SellPrepaidController(sellPrepaid, cashier, tasks, this);
        confirm.addActionListener(e -> controller.sell(new SellPrepaidController.Order(giftCard.isSelected(),
                code.getText(), value.getText(), service.chosen(), visits.getText(), client.getText(),
                card.isSelected(), approval.getText(), lastFour.getText(), chosenOffer())));
        enableFields();
        controller.open();
        pack();
        setLocationRelativeTo(owner);
    }

    private UUID chosenOffer() {
        return offer.getSelectedItem() instanceof PrepaidOffer.Priced p ? p.offer().id() : null;
    }

    /** Which boxes apply is only what the set price and the radio buttons say; no rule lives here. */
    private void enableFields() {
        boolean typedOut = chosenOffer() == null;
        giftCard.setEnabled(typedOut);
        pack.setEnabled(typedOut);
        value.setEnabled(typedOut);
        service.setEnabled(typedOut && pack.isSelected());
        visits.setEnabled(typedOut && pack.isSelected());
        approval.setEnabled(card.isSelected());
        lastFour.setEnabled(card.isSelected());
    }

    @Override
    public void show(SellPrepaidController.State state) {
        if (state.prices() != null) {
            service.show(state.prices());
            if (state.prices() != offersOf) {
                offersOf = state.prices();
                DefaultComboBoxModel<PrepaidOffer.Priced> offers = new DefaultComboBoxModel<>();
                offers.addElement(null);
                state.prices().prepaid().forEach(offers::addElement);
                offer.setModel(offers);
                offer.setEnabled(!state.prices().prepaid().isEmpty());
                enableFields();
            }
        }
        confirm.setEnabled(state.canSell());
        problem.setText(state.problem().isEmpty() ? " " : state.problem());
        result.setText(state.result().isEmpty() ? " " : state.result());
        if (state.justSold()) {
            code.setText("");
        }
        pack();
    }
}
