package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.Aftercare;
import com.knead.domain.CardReference;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PrepaidCode;
import com.knead.domain.PriceList;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePrice;
import com.knead.domain.Tender;
import com.knead.domain.TypedAmount;
import com.knead.report.ReceiptDelivery;
import com.knead.store.Stores;
import com.knead.ui.common.Background;
import com.knead.ui.common.Sentence;
import java.awt.Window;
import java.time.Instant;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Sells a gift card (a value) or a package (N visits of one service) at the counter, paid in cash
 * or by card, as a sale of its own with its own receipt. The number is the one printed on the card.
 */
final class SellPrepaidDialog extends JDialog {

    private final Stores stores;
    private final ReceiptDelivery receipts;
    private final JRadioButton giftCard = new JRadioButton("Gift card", true);
    private final JRadioButton pack = new JRadioButton("Package of visits");
    private final JTextField code = new JTextField(12);
    private final JTextField value = new JTextField(8);
    private final JComboBox<Service> service = new JComboBox<>();
    private final JTextField visits = new JTextField("5", 4);
    private final JTextField client = new JTextField(16);
    private final JRadioButton cash = new JRadioButton("Cash", true);
    private final JRadioButton card = new JRadioButton("Card");
    private final JTextField approval = new JTextField(8);
    private final JTextField lastFour = new JTextField(4);
    private final JButton confirm = style(new JButton("Sell"), "deskPrimary");
    private final Sentence problem = new Sentence("deskProblem");
    private final Sentence result = new Sentence("deskDone");

    /** One bookable service with its price. */
    private record Service(Modality modality, ServicePrice price) {
        @Override
        public String toString() {
            return modality.name() + ", " + price.minutes() + " min — " + price.price().plain() + " each";
        }
    }

    SellPrepaidDialog(Window owner, Stores stores, ReceiptDelivery receipts) {
        super(owner, "Sell a gift card or package", ModalityType.MODELESS);
        this.stores = stores;
        this.receipts = receipts;
        setName("desk.sellDialog");
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
        giftCard.addActionListener(e -> enableFields());
        pack.addActionListener(e -> enableFields());
        cash.addActionListener(e -> enableFields());
        card.addActionListener(e -> enableFields());
        confirm.addActionListener(e -> sell());
        confirm.setEnabled(false);
        Background.run(() -> stores.catalog().priceList(), (PriceList prices) -> {
            DefaultComboBoxModel<Service> model = new DefaultComboBoxModel<>();
            for (Modality modality : prices.bookable()) {
                prices.pricesOf(modality.id()).forEach(p -> model.addElement(new Service(modality, p)));
            }
            service.setModel(model);
            confirm.setEnabled(true);
        }, problem::setText, "The price list could not be read");
        enableFields();
        pack();
        setLocationRelativeTo(owner);
    }

    private void enableFields() {
        service.setEnabled(pack.isSelected());
        visits.setEnabled(pack.isSelected());
        approval.setEnabled(card.isSelected());
        lastFour.setEnabled(card.isSelected());
    }

    private void sell() {
        SaleDraft draft = new SaleDraft(stores.clinic(), null, client.getText().strip());
        try {
            PrepaidCode number = new PrepaidCode(code.getText());
            if (giftCard.isSelected()) {
                draft.addLine(SaleLine.giftCard(number, TypedAmount.parse(value.getText(), stores.clinic().currency())));
            } else {
                Service chosen = (Service) service.getSelectedItem();
                int count = parseVisits();
                Money price = value.getText().isBlank() ? chosen.price().price().times(count)
                        : TypedAmount.parse(value.getText(), stores.clinic().currency());
                draft.addLine(SaleLine.packageOf(number, chosen.modality(), chosen.price().minutes(), count, price));
            }
            Money due = draft.totals().amountDue();
            draft.addTender(card.isSelected() ? Tender.card(due, new CardReference(approval.getText(), lastFour.getText()))
                    : Tender.cash(due));
        } catch (Refused refused) {
            problem.setText(refused.getMessage());
            pack();
            return;
        }
        problem.setText(" ");
        confirm.setEnabled(false);
        Background.run(() -> {
            Sale sale = stores.sales().record(draft, Instant.now());
            return new Sold(sale, receipts.deliver(stores.clinic(), sale, Aftercare.standard(),
                    stores.settings().receiptPrinter()));
        }, sold -> {
            confirm.setEnabled(true);
            result.setText("Receipt " + sold.sale().receiptNumber() + " saved: " + sold.sale().lines().get(0).description()
                    + ", " + sold.sale().totals().total().plain() + ". " + sold.delivered().problem().orElse(""));
            code.setText("");
            pack();
        }, sentence -> {
            confirm.setEnabled(true);
            problem.setText(sentence);
            pack();
        }, "The sale could not be saved");
    }

    private int parseVisits() {
        String typed = visits.getText().strip();
        if (!typed.matches("[0-9]{1,2}")) {
            throw new Refused("Type how many visits the package holds, like 5.");
        }
        return Integer.parseInt(typed);
    }

    private record Sold(Sale sale, ReceiptDelivery.Delivered delivered) {
    }
}
