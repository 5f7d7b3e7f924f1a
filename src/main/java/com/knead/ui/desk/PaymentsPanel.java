package com.knead.ui.desk;

import com.knead.control.desk.CheckoutController;
import com.knead.control.desk.CheckoutState;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

/**
 * How the customer pays: card (approval code and last four digits from the external terminal), gift
 * card, one visit of a package, and cash with quick-cash buttons, in any mix. It shows the payments
 * the checkout has taken and hands what is typed to the {@link CheckoutController}; it keeps no
 * payment of its own.
 */
final class PaymentsPanel extends JPanel {

    private static final int QUICK_CASH_BUTTONS = 3;

    private final CheckoutController checkout;
    private final DefaultListModel<String> listedRows = new DefaultListModel<>();
    private final JList<String> tenders = new JList<>(listedRows);
    private final JButton removeTender = new JButton("Remove payment");
    private final JTextField cardAmount = new JTextField(6);
    private final JTextField cardApproval = new JTextField(7);
    private final JTextField cardLastFour = new JTextField(4);
    private final JButton addCard = new JButton("Add card");
    private final JTextField giftCard = new JTextField(8);
    private final JTextField giftAmount = new JTextField(6);
    private final JButton addGiftCard = new JButton("Add gift card");
    private final JTextField packageCode = new JTextField(8);
    private final JButton usePackage = new JButton("Use one visit");
    final JTextField cash = new JTextField(8);
    private final JButton exact = new JButton("Exact (F4)");
    private final List<JButton> quickCash = new ArrayList<>();
    /** True while the panel itself empties the boxes for a new sale: that is not the cashier typing. */
    private boolean emptying;

    PaymentsPanel(CheckoutController checkout) {
        super(new MigLayout("insets 0, wrap 2", "[right][grow, fill]", ""));
        this.checkout = checkout;
        tenders.setName("desk.tenders");
        tenders.getAccessibleContext().setAccessibleName("Payments on this sale");
        removeTender.setName("desk.removeTender");
        cardAmount.setName("desk.cardAmount");
        cardApproval.setName("desk.cardApproval");
        cardLastFour.setName("desk.cardLastFour");
        addCard.setName("desk.addCard");
        giftCard.setName("desk.giftCard");
        giftAmount.setName("desk.giftAmount");
        addGiftCard.setName("desk.addGiftCard");
        packageCode.setName("desk.package");
        usePackage.setName("desk.usePackage");
        cash.setName("desk.cash");
        exact.setName("desk.exact");
        cash.getAccessibleContext().setAccessibleName("Cash received");
        cardAmount.getAccessibleContext().setAccessibleName("Card amount");
        cardApproval.getAccessibleContext().setAccessibleName("Approval code");
        cardLastFour.getAccessibleContext().setAccessibleName("Last four digits");
        giftCard.getAccessibleContext().setAccessibleName("Gift card number");
        giftAmount.getAccessibleContext().setAccessibleName("Gift card amount");
        packageCode.getAccessibleContext().setAccessibleName("Package number");
        cardAmount.setToolTipText("Leave empty to charge what is still due");
        giftAmount.setToolTipText("Leave empty to use what is due, up to the card's balance");
        tenders.setVisibleRowCount(3);

        add(new JLabel("Card"));
        add(cardAmount, "split 6, growx 0");
        add(new JLabel("approval"));
        add(cardApproval, "growx 0");
        add(new JLabel("last 4"));
        add(cardLastFour, "growx 0");
        add(addCard);
        add(new JLabel("Gift card"));
        add(giftCard, "split 4, growx 0");
        add(new JLabel("amount"));
        add(giftAmount, "growx 0");
        add(addGiftCard);
        add(new JLabel("Package"));
        add(packageCode, "split 2, growx 0");
        add(usePackage);
        add(new JLabel("Payments"), "top");
        add(new JScrollPane(tenders), "split 2, hmin 60, growx");
        add(removeTender, "top");
        JLabel cashLabel = new JLabel("Cash received");
        cashLabel.setLabelFor(cash);
        add(cashLabel);
        add(cash, "split " + (QUICK_CASH_BUTTONS + 2) + ", growx");
        add(exact);
        for (int i = 0; i < QUICK_CASH_BUTTONS; i++) {
            JButton quick = new JButton(" ");
            quick.setName("desk.quickCash." + i);
            quick.addActionListener(e -> cash.setText(quick.getText()));
            // Hidden, not blank, until there is an amount to offer: a blank button has no name.
            quick.setVisible(false);
            quickCash.add(quick);
            add(quick, "hidemode 3");
        }

        Runnable card = () -> checkout.addCard(cardAmount.getText(), cardApproval.getText(), cardLastFour.getText());
        addCard.addActionListener(e -> card.run());
        cardLastFour.addActionListener(e -> card.run());
        Runnable gift = () -> checkout.addGiftCard(giftCard.getText(), giftAmount.getText());
        addGiftCard.addActionListener(e -> gift.run());
        giftAmount.addActionListener(e -> gift.run());
        giftCard.addActionListener(e -> gift.run());
        usePackage.addActionListener(e -> checkout.usePackage(packageCode.getText()));
        packageCode.addActionListener(e -> checkout.usePackage(packageCode.getText()));
        removeTender.addActionListener(e -> checkout.removePayment(tenders.getSelectedIndex()));
        exact.addActionListener(e -> checkout.cashExact());
        cash.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                typed();
            }
        });
    }

    private void typed() {
        if (!emptying) {
            checkout.cashTyped(cash.getText());
        }
    }

    /** Empties every box, for a new sale. */
    void reset() {
        emptying = true;
        try {
            for (JTextField field : List.of(cardAmount, cardApproval, cardLastFour, giftCard, giftAmount, packageCode, cash)) {
                field.setText("");
            }
        } finally {
            emptying = false;
        }
    }

    /** Empties the boxes of a payment the checkout took, or of a card number it will not keep. */
    void clear(CheckoutController.Form form) {
        switch (form) {
            case CARD -> List.of(cardAmount, cardApproval, cardLastFour).forEach(f -> f.setText(""));
            case CARD_NUMBER -> List.of(cardApproval, cardLastFour).forEach(f -> f.setText(""));
            case GIFT_CARD -> List.of(giftCard, giftAmount).forEach(f -> f.setText(""));
            case PACKAGE -> packageCode.setText("");
            default -> {
            }
        }
    }

    void render(CheckoutState state) {
        if (!listedRowsAre(state.payments())) {
            listedRows.clear();
            state.payments().forEach(listedRows::addElement);
        }
        boolean active = state.editable();
        for (Component c : List.of(cardAmount, cardApproval, cardLastFour, addCard, giftCard, giftAmount,
                packageCode, cash, exact, removeTender, tenders)) {
            c.setEnabled(active);
        }
        addGiftCard.setEnabled(active && !state.lookingUp());
        usePackage.setEnabled(active && !state.lookingUp());
        for (int i = 0; i < quickCash.size(); i++) {
            JButton button = quickCash.get(i);
            boolean shown = i < state.quickCash().size();
            button.setText(shown ? state.quickCash().get(i) : " ");
            button.getAccessibleContext().setAccessibleName(shown ? "Cash given: " + state.quickCash().get(i) : null);
            button.setVisible(shown);
            button.setEnabled(active && shown);
        }
    }

    private boolean listedRowsAre(List<String> rows) {
        if (rows.size() != listedRows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).equals(listedRows.get(i))) {
                return false;
            }
        }
        return true;
    }
}
