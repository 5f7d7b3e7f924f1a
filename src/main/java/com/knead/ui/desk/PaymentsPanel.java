package com.knead.ui.desk;

import com.knead.domain.CardReference;
import com.knead.domain.LineKind;
import com.knead.domain.Money;
import com.knead.domain.PrepaidCode;
import com.knead.domain.Refused;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePackage;
import com.knead.domain.Tender;
import com.knead.domain.TypedAmount;
import com.knead.store.Stores;
import com.knead.ui.common.Background;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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
 * card, one visit of a package, and cash with quick-cash buttons, in any mix. Card, gift card and
 * package payments are listed and can be removed; the cash typed is read as it changes. A gift card
 * or package is looked up on a worker; the sale's transaction checks its balance again.
 */
final class PaymentsPanel extends JPanel {

    /** What the payments panel needs from the checkout around it. */
    interface Host {
        SaleDraft draft();

        /** What is still due after the card, gift card and package payments listed (cash not counted). */
        Money dueBeforeCash();

        void changed();

        void problem(String sentence);
    }

    private static final int QUICK_CASH_BUTTONS = 3;

    private final Stores stores;
    private final Host host;
    private final List<Tender> listed = new ArrayList<>();
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
    private boolean looking;

    PaymentsPanel(Stores stores, Host host) {
        super(new MigLayout("insets 0, wrap 2", "[right][grow, fill]", ""));
        this.stores = stores;
        this.host = host;
        tenders.setName("desk.tenders");
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
            quickCash.add(quick);
            add(quick);
        }

        addCard.addActionListener(e -> addCard());
        cardLastFour.addActionListener(e -> addCard());
        addGiftCard.addActionListener(e -> addGiftCard());
        giftAmount.addActionListener(e -> addGiftCard());
        giftCard.addActionListener(e -> addGiftCard());
        usePackage.addActionListener(e -> usePackage());
        packageCode.addActionListener(e -> usePackage());
        removeTender.addActionListener(e -> removeSelected());
        exact.addActionListener(e -> cashExact());
        cash.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                host.changed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                host.changed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                host.changed();
            }
        });
    }

    /** The card, gift card and package payments listed so far. */
    List<Tender> listed() {
        return List.copyOf(listed);
    }

    /** Forgets every payment, for a new sale. */
    void reset() {
        listed.clear();
        listedRows.clear();
        for (JTextField field : List.of(cardAmount, cardApproval, cardLastFour, giftCard, giftAmount, packageCode, cash)) {
            field.setText("");
        }
    }

    /** Cash for exactly what is still due. */
    void cashExact() {
        if (exact.isEnabled() && host.draft() != null) {
            cash.setText(host.dueBeforeCash().plain());
        }
    }

    void setActive(boolean active) {
        for (java.awt.Component c : List.of(cardAmount, cardApproval, cardLastFour, addCard, giftCard, giftAmount,
                addGiftCard, packageCode, usePackage, cash, exact, removeTender, tenders)) {
            c.setEnabled(active);
        }
        addGiftCard.setEnabled(active && !looking);
        usePackage.setEnabled(active && !looking);
        quickCash.forEach(b -> b.setEnabled(active && !b.getText().isBlank()));
    }

    /** Offers round amounts of cash at or above what is still due: the next 10, 20, 50 or 100. */
    void showQuickCash(Money due) {
        TreeSet<BigDecimal> amounts = new TreeSet<>();
        for (int step : new int[] {10, 20, 50, 100}) {
            BigDecimal steps = due.amount().divide(BigDecimal.valueOf(step), 0, RoundingMode.CEILING);
            BigDecimal amount = steps.multiply(BigDecimal.valueOf(step));
            if (amount.compareTo(due.amount()) > 0) {
                amounts.add(amount);
            }
        }
        List<BigDecimal> offered = new ArrayList<>(amounts);
        for (int i = 0; i < quickCash.size(); i++) {
            JButton button = quickCash.get(i);
            boolean shown = i < offered.size() && due.isPositive();
            button.setText(shown ? offered.get(i).toPlainString() : " ");
            button.setVisible(shown);
        }
    }

    private void addCard() {
        if (host.draft() == null || !addCard.isEnabled()) {
            return;
        }
        try {
            CardReference reference = new CardReference(cardApproval.getText(), cardLastFour.getText());
            Money amount = cardAmount.getText().isBlank() ? host.dueBeforeCash()
                    : TypedAmount.parse(cardAmount.getText(), stores.clinic().currency());
            if (!amount.isPositive()) {
                throw new Refused("Nothing is left to pay by card.");
            }
            if (amount.compareTo(host.dueBeforeCash()) > 0) {
                throw new Refused("The card amount " + amount.plain() + " is more than what is still due, "
                        + host.dueBeforeCash().plain() + ". A card is charged the exact amount.");
            }
            list(Tender.card(amount, reference));
            cardAmount.setText("");
            cardApproval.setText("");
            cardLastFour.setText("");
        } catch (Refused refused) {
            // A refused card number is not kept on screen either.
            if (CardReference.looksLikeCardNumber(cardLastFour.getText())
                    || CardReference.looksLikeCardNumber(cardApproval.getText())) {
                cardLastFour.setText("");
                cardApproval.setText("");
            }
            host.problem(refused.getMessage());
        }
    }

    private void addGiftCard() {
        if (host.draft() == null || looking) {
            return;
        }
        PrepaidCode code;
        Money typed;
        try {
            code = new PrepaidCode(giftCard.getText());
            typed = giftAmount.getText().isBlank() ? null : TypedAmount.parse(giftAmount.getText(), stores.clinic().currency());
        } catch (Refused refused) {
            host.problem(refused.getMessage());
            return;
        }
        Money due = host.dueBeforeCash();
        lookUp(() -> stores.giftCards().balance(code)
                .orElseThrow(() -> new Refused("There is no gift card " + code + ".")), balance -> {
            Money amount = typed != null ? typed : (balance.compareTo(due) < 0 ? balance : due);
            if (amount.compareTo(balance) > 0) {
                host.problem("Gift card " + code + " has " + balance.plain() + " left, less than " + amount.plain() + ".");
            } else if (!amount.isPositive()) {
                host.problem(balance.isZero() ? "Gift card " + code + " has nothing left on it." : "Nothing is left to pay.");
            } else if (amount.compareTo(due) > 0) {
                host.problem("That is more than what is still due, " + due.plain() + ".");
            } else {
                list(Tender.giftCard(amount, code));
                giftCard.setText("");
                giftAmount.setText("");
            }
        });
    }

    private void usePackage() {
        if (host.draft() == null || looking) {
            return;
        }
        PrepaidCode code;
        try {
            code = new PrepaidCode(packageCode.getText());
        } catch (Refused refused) {
            host.problem(refused.getMessage());
            return;
        }
        Money due = host.dueBeforeCash();
        lookUp(() -> stores.packages().find(code).orElseThrow(() -> new Refused("There is no package " + code + ".")),
                (ServicePackage pack) -> {
                    if (pack.visitsLeft() < 1) {
                        host.problem("Package " + code + " has no visits left.");
                        return;
                    }
                    SaleLine session = host.draft().lines().stream()
                            .filter(l -> l.kind() == LineKind.SERVICE && pack.modalityId().equals(l.modalityId())
                                    && l.minutes() == pack.minutes())
                            .findFirst().orElse(null);
                    if (session == null) {
                        host.problem("Package " + code + " is for " + pack.modalityName() + ", " + pack.minutes()
                                + " min; this sale has no such session.");
                        return;
                    }
                    Money covered = session.unitPrice().compareTo(due) < 0 ? session.unitPrice() : due;
                    if (!covered.isPositive()) {
                        host.problem("Nothing is left to pay.");
                        return;
                    }
                    list(Tender.packageCredit(covered, code));
                    packageCode.setText("");
                    host.problem("Package " + code + ": " + pack.describe() + " before this visit.");
                });
    }

    private <T> void lookUp(java.util.function.Supplier<T> work, java.util.function.Consumer<T> then) {
        looking = true;
        host.changed();
        Background.run(work, found -> {
            looking = false;
            host.changed();
            then.accept(found);
        }, sentence -> {
            looking = false;
            host.changed();
            host.problem(sentence);
        }, "The card could not be looked up");
    }

    private void list(Tender tender) {
        listed.add(tender);
        listedRows.addElement(tender.kind().label() + "  " + tender.amount().plain()
                + (tender.reference().isEmpty() ? "" : "  · " + tender.reference()));
        host.changed();
    }

    private void removeSelected() {
        int row = tenders.getSelectedIndex();
        if (row < 0 && !listed.isEmpty()) {
            row = listed.size() - 1;
        }
        if (row >= 0) {
            listed.remove(row);
            listedRows.remove(row);
            host.changed();
        }
    }
}
