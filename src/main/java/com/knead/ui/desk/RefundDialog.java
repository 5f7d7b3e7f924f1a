package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.Money;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refund;
import com.knead.domain.RefundRules;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.domain.TypedAmount;
import com.knead.report.ReceiptDelivery;
import com.knead.store.Stores;
import com.knead.ui.common.Background;
import com.knead.ui.common.Sentence;
import java.awt.Window;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
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
 * Voids a sale (its own day, everything back to how it was paid) or refunds part or all of it later,
 * by line or by amount, to the original tender or in cash. A manager's or the owner's PIN is asked
 * for; the void or refund is recorded as a record of its own and gets its own receipt.
 */
final class RefundDialog extends JDialog {

    private static final String WHOLE = "Everything still refundable";

    private final Stores stores;
    private final ReceiptDelivery receipts;
    private final JTextField receipt = new JTextField(8);
    private final JButton lookUp = new JButton("Look up");
    private final JLabel sale = new JLabel(" ");
    private final JRadioButton voidSale = new JRadioButton("Void the whole sale (today only)");
    private final JRadioButton refund = new JRadioButton("Refund", true);
    private final JComboBox<String> line = new JComboBox<>();
    private final JTextField amount = new JTextField(8);
    private final JComboBox<TenderKind> to = new JComboBox<>();
    private final JTextField reason = new JTextField(20);
    private final JButton confirm = style(new JButton("Approve and give back"), "deskPrimary");
    private final Sentence problem = new Sentence("deskProblem");
    private final Sentence result = new Sentence("deskDone");
    private Sale found;
    private Money refundable;

    RefundDialog(Window owner, Stores stores, ReceiptDelivery receipts) {
        super(owner, "Void or refund", ModalityType.MODELESS);
        this.stores = stores;
        this.receipts = receipts;
        setName("desk.refundDialog");
        receipt.setName("refund.receipt");
        lookUp.setName("refund.lookUp");
        sale.setName("refund.sale");
        voidSale.setName("refund.void");
        refund.setName("refund.partial");
        line.setName("refund.line");
        amount.setName("refund.amount");
        to.setName("refund.to");
        reason.setName("refund.reason");
        confirm.setName("refund.confirm");
        problem.setName("refund.problem");
        result.setName("refund.result");
        to.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                String text = value instanceof TenderKind kind ? kind.label() : " ";
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        ButtonGroup kind = new ButtonGroup();
        kind.add(voidSale);
        kind.add(refund);

        JPanel content = new JPanel(new MigLayout("insets 20, wrap 2, width 560", "[right][grow, fill]", ""));
        content.add(new JLabel("Receipt"));
        content.add(receipt, "split 2, growx 0");
        content.add(lookUp);
        content.add(sale, "skip, growx, wmin 0");
        content.add(voidSale, "skip");
        content.add(refund, "skip");
        content.add(new JLabel("What"));
        content.add(line);
        content.add(new JLabel("Amount"));
        content.add(amount, "growx 0, wmin 100");
        content.add(new JLabel("Give back as"));
        content.add(to);
        content.add(new JLabel("Reason"));
        content.add(reason);
        content.add(confirm, "skip, left, gaptop 8");
        content.add(problem, "span 2, growx, wmin 0");
        content.add(result, "span 2, growx, wmin 0");
        setContentPane(content);

        lookUp.addActionListener(e -> lookUp());
        receipt.addActionListener(e -> lookUp());
        line.addActionListener(e -> lineChosen());
        voidSale.addActionListener(e -> enableFields());
        refund.addActionListener(e -> enableFields());
        confirm.addActionListener(e -> confirm());
        enableFields();
        pack();
        setLocationRelativeTo(owner);
    }

    private void lookUp() {
        String typed = receipt.getText();
        problem.setText(" ");
        Background.run(() -> {
            ReceiptNumber number = ReceiptNumber.parse(typed);
            Sale s = stores.sales().find(number).orElseThrow(() -> new Refused("There is no sale with receipt " + number + "."));
            return new Found(s, RefundRules.paid(s).minus(stores.refunds().refundedOn(number)));
        }, loaded -> {
            found = loaded.sale();
            refundable = loaded.refundable();
            sale.setText("<html>" + found.receiptNumber() + " · " + found.businessDay() + " · " + found.clientName()
                    + "<br>paid " + RefundRules.paid(found).plain() + ", can still give back " + refundable.plain() + "</html>");
            DefaultComboBoxModel<String> lines = new DefaultComboBoxModel<>();
            lines.addElement(WHOLE);
            for (int i = 0; i < found.lines().size(); i++) {
                lines.addElement(found.lines().get(i).description() + " — "
                        + RefundRules.lineShare(found, i, stores.clinic()).plain());
            }
            line.setModel(lines);
            Set<TenderKind> kinds = new LinkedHashSet<>();
            kinds.add(TenderKind.CASH);
            found.tenders().stream().map(Tender::kind).forEach(kinds::add);
            to.setModel(new DefaultComboBoxModel<>(kinds.toArray(TenderKind[]::new)));
            amount.setText(refundable.plain());
            enableFields();
            pack();
        }, sentence -> {
            found = null;
            problem.setText(sentence);
            enableFields();
            pack();
        }, "The receipt could not be looked up");
    }

    private void lineChosen() {
        if (found == null || line.getSelectedIndex() < 0) {
            return;
        }
        Money share = line.getSelectedIndex() == 0 ? refundable
                : RefundRules.lineShare(found, line.getSelectedIndex() - 1, stores.clinic());
        amount.setText((share.compareTo(refundable) > 0 ? refundable : share).plain());
    }

    private void enableFields() {
        boolean partial = found != null && refund.isSelected();
        line.setEnabled(partial);
        amount.setEnabled(partial);
        to.setEnabled(partial);
        confirm.setEnabled(found != null);
    }

    private void confirm() {
        if (found == null) {
            return;
        }
        ReceiptNumber original = found.receiptNumber();
        Sale sale = found;
        boolean whole = voidSale.isSelected();
        String why = reason.getText();
        String what = line.getSelectedIndex() <= 0 ? "" : found.lines().get(line.getSelectedIndex() - 1).description();
        TenderKind back = (TenderKind) to.getSelectedItem();
        Money howMuch;
        try {
            howMuch = whole ? null : TypedAmount.parse(amount.getText(), stores.clinic().currency());
            if (why.isBlank()) {
                throw new Refused("Say why the money is given back, for example \"client felt unwell\".");
            }
        } catch (Refused refused) {
            problem.setText(refused.getMessage());
            pack();
            return;
        }
        problem.setText(" ");
        ApprovalDialog.ask(this, stores.staff(), EnumSet.of(StaffRole.MANAGER, StaffRole.OWNER),
                whole ? "a void" : "a refund", (whole ? "Voiding" : "Refunding") + " receipt " + original
                        + " needs a manager's or the owner's PIN.", approval -> Background.run(() -> {
                            Refund done = whole
                                    ? stores.refunds().voidSale(original, why, approval, Instant.now())
                                    : stores.refunds().refund(original, howMuch, back, what, why, approval, Instant.now());
                            return new Done(done, receipts.deliver(stores.clinic(), done, sale, stores.settings().receiptPrinter()));
                        }, done -> {
                            result.setText(done.refund().kind().label() + " receipt " + done.refund().receiptNumber()
                                    + " saved: " + done.refund().amount().plain() + " given back. "
                                    + done.delivered().problem().orElse(done.delivered().printed() ? "Printed." : ""));
                            found = null;
                            enableFields();
                            pack();
                        }, sentence -> {
                            problem.setText(sentence);
                            pack();
                        }, "The money could not be given back"));
    }

    private record Found(Sale sale, Money refundable) {
    }

    private record Done(Refund refund, ReceiptDelivery.Delivered delivered) {
    }
}
