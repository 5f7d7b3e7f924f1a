package com.knead.ui.desk;

import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refused;
import com.knead.report.ReceiptDelivery;
import com.knead.store.Stores;
import com.knead.ui.common.Background;
import com.knead.ui.common.Sentence;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Reprints any past receipt by its number (F9 reprints the last one): the PDF copy is written
 * again and the receipt printed on the chosen printer.
 */
final class ReprintPanel extends JPanel {

    private final Stores stores;
    private final ReceiptDelivery receipts;
    private final JTextField number = new JTextField(7);
    private final JButton reprint = new JButton("Reprint (F9)");
    private final Sentence status = new Sentence("deskNote");

    ReprintPanel(Stores stores, ReceiptDelivery receipts) {
        super(new MigLayout("insets 0", "[][][][grow]", ""));
        this.stores = stores;
        this.receipts = receipts;
        number.setName("desk.reprintNumber");
        reprint.setName("desk.reprint");
        status.setName("desk.reprintStatus");
        number.getAccessibleContext().setAccessibleName("Receipt number to reprint");
        number.setToolTipText("Leave empty to reprint the last receipt");
        JLabel label = new JLabel("Receipt");
        label.setLabelFor(number);
        add(label);
        add(number);
        add(reprint);
        add(status, "growx, wmin 0");
        reprint.addActionListener(e -> reprint());
        number.addActionListener(e -> reprint());
    }

    /** A sale's receipt, or else a void's or refund's. Runs on a worker. */
    private ReceiptDelivery.Delivered deliver(ReceiptNumber wanted) {
        var queue = stores.settings().receiptPrinter();
        var sale = stores.sales().find(wanted);
        if (sale.isPresent()) {
            return receipts.deliver(stores.clinic(), sale.get(), stores.intakes().aftercare(sale.get().visitId()), queue);
        }
        var refund = stores.refunds().find(wanted).orElseThrow(() -> new Refused("There is no receipt " + wanted + "."));
        var original = stores.sales().find(refund.saleReceipt()).orElseThrow();
        return receipts.deliver(stores.clinic(), refund, original, queue);
    }

    void reprint() {
        if (!reprint.isEnabled()) {
            return;
        }
        String typed = number.getText();
        reprint.setEnabled(false);
        status.setText("Reprinting…");
        Background.run(() -> {
            ReceiptNumber wanted = typed.isBlank()
                    ? stores.sales().last().orElseThrow(() -> new Refused("There is no receipt to reprint yet."))
                    : ReceiptNumber.parse(typed);
            ReceiptDelivery.Delivered delivered = deliver(wanted);
            return delivered.problem().orElse("Receipt " + wanted + (delivered.printed() ? " printed again." : " saved."));
        }, sentence -> {
            reprint.setEnabled(true);
            status.setText(sentence);
        }, sentence -> {
            reprint.setEnabled(true);
            status.setText(sentence);
        }, "The receipt could not be reprinted");
    }
}
