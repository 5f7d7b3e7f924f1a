package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.Clinic;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleTotals;
import com.knead.domain.Settlement;
import com.knead.domain.Tender;
import com.knead.domain.TypedAmount;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import com.knead.report.PdfCopies;
import com.knead.report.ReceiptReport;
import com.knead.store.Stores;
import com.knead.ui.common.Background;
import java.awt.Desktop;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The selected visit: move it through its session, and take cash for it. Change due is worked out
 * as the cashier types; the sale is recorded on a worker and its receipt PDF written after it. A
 * receipt that fails to write never undoes the sale.
 */
final class CheckoutPanel extends JPanel {

    private static final Logger LOG = LoggerFactory.getLogger(CheckoutPanel.class);

    private final Stores stores;
    private final Clinic clinic;
    private final ReceiptReport receipts;
    private final PdfCopies copies;
    private final Runnable onVisitChanged;

    private final JLabel title = style(new JLabel("Choose a visit in the queue."), "deskHeading");
    private final JLabel service = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private final JButton startSession = new JButton("Start session");
    private final JButton finishSession = new JButton("Finish session");
    private final JButton cancelVisit = new JButton("Cancel visit");
    private final JLabel total = style(new JLabel(" "), "deskTotal");
    private final JLabel tax = new JLabel(" ");
    private final JTextField cash = new JTextField(10);
    private final JButton exact = new JButton("Exact");
    private final JLabel change = style(new JLabel(" "), "deskChange");
    private final JLabel problem = style(new JLabel(" "), "deskProblem");
    private final JButton finishSale = style(new JButton("Finish sale"), "deskPrimary");
    private final JLabel result = style(new JLabel(" "), "deskDone");
    private final JButton openReceipt = new JButton("Open receipt PDF");

    private Visit visit;
    private SaleDraft draft;
    private boolean saving;
    private Path lastReceipt;

    CheckoutPanel(Stores stores, ReceiptReport receipts, PdfCopies copies, Runnable onVisitChanged) {
        super(new MigLayout("fillx, insets 0 16 0 0, wrap 2", "[right][grow, fill]", ""));
        this.stores = stores;
        this.clinic = stores.clinic();
        this.receipts = receipts;
        this.copies = copies;
        this.onVisitChanged = onVisitChanged;
        name(title, "desk.visitTitle");
        name(status, "desk.visitStatus");
        name(startSession, "desk.startSession");
        name(finishSession, "desk.finishSession");
        name(cancelVisit, "desk.cancelVisit");
        name(total, "desk.total");
        name(tax, "desk.tax");
        name(cash, "desk.cash");
        name(exact, "desk.exact");
        name(change, "desk.change");
        name(problem, "desk.problem");
        name(finishSale, "desk.finishSale");
        name(result, "desk.result");
        name(openReceipt, "desk.openReceipt");
        cash.getAccessibleContext().setAccessibleName("Cash received");

        add(title, "span 2, left");
        add(service, "span 2, left");
        add(status, "span 2, left, gapbottom 8");
        JPanel session = new JPanel(new MigLayout("insets 0"));
        session.add(startSession);
        session.add(finishSession);
        session.add(cancelVisit);
        add(session, "span 2, left, gapbottom 16");
        add(total, "span 2, left");
        add(tax, "span 2, left, gapbottom 8");
        JLabel cashLabel = new JLabel("Cash received");
        cashLabel.setLabelFor(cash);
        add(cashLabel);
        add(cash, "split 2, growx");
        add(exact);
        add(change, "skip, left");
        add(problem, "span 2, left");
        add(finishSale, "span 2, left, gaptop 8");
        add(result, "span 2, left, gaptop 16");
        add(openReceipt, "span 2, left");

        startSession.addActionListener(e -> move(VisitStatus.IN_SESSION));
        finishSession.addActionListener(e -> move(VisitStatus.DONE));
        cancelVisit.addActionListener(e -> cancel());
        exact.addActionListener(e -> cash.setText(draft == null ? "" : draft.totals().total().plain()));
        cash.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                update();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                update();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                update();
            }
        });
        cash.addActionListener(e -> finishSale());
        finishSale.addActionListener(e -> finishSale());
        openReceipt.addActionListener(e -> openLastReceipt());
        openReceipt.setVisible(false);
        show(Optional.empty());
    }

    /** Shows a visit; the same visit again (after a queue refresh) keeps what the cashier typed. */
    void show(Optional<Visit> selected) {
        UUID before = visit == null ? null : visit.id();
        visit = selected.orElse(null);
        if (visit == null) {
            draft = null;
            title.setText("Choose a visit in the queue.");
            service.setText(" ");
            status.setText(" ");
            total.setText(" ");
            tax.setText(" ");
            cash.setText("");
        } else {
            if (!visit.id().equals(before)) {
                draft = SaleDraft.forVisit(clinic, visit);
                cash.setText("");
            }
            title.setText("No. " + visit.queueNumber() + " · " + visit.clientName());
            service.setText(visit.serviceDescription());
            status.setText(visit.status().label());
            showTotals(draft.totals());
        }
        update();
    }

    private void showTotals(SaleTotals totals) {
        total.setText("Total " + clinic.currency().getCurrencyCode() + " " + totals.total().plain());
        String rate = clinic.tax().ratePercent().stripTrailingZeros().toPlainString() + "%";
        tax.setText(clinic.tax().inclusive() ? "Includes tax " + totals.tax().plain() + " (" + rate + ")"
                : "Tax " + totals.tax().plain() + " (" + rate + ") added");
    }

    /** Works out change as the cashier types, and says plainly what is wrong with the amount. */
    private void update() {
        boolean open = visit != null && visit.status().isOpen();
        startSession.setEnabled(!saving && visit != null && visit.status().canMoveTo(VisitStatus.IN_SESSION));
        finishSession.setEnabled(!saving && visit != null && visit.status().canMoveTo(VisitStatus.DONE));
        cancelVisit.setEnabled(!saving && visit != null && visit.status().canMoveTo(VisitStatus.CANCELLED));
        cash.setEnabled(open && !saving);
        exact.setEnabled(open && !saving);
        change.setText(" ");
        problem.setText(" ");
        finishSale.setEnabled(false);
        if (!open || cash.getText().isBlank()) {
            return;
        }
        try {
            draft.clearTenders().addTender(Tender.cash(TypedAmount.parse(cash.getText(), clinic.currency())));
            Settlement settlement = draft.settlement();
            if (settlement.complete()) {
                change.setText("Change due " + settlement.changeDue().plain());
                finishSale.setEnabled(!saving);
            } else {
                problem.setText("That is " + settlement.balanceDue().plain() + " short of the total.");
            }
        } catch (Refused refused) {
            draft.clearTenders();
            problem.setText(refused.getMessage());
        } catch (IllegalArgumentException notPositive) {
            draft.clearTenders();
            problem.setText("Type the cash received; it must be more than zero.");
        }
    }

    private void finishSale() {
        if (!finishSale.isEnabled() || saving) {
            return;
        }
        saving = true;
        update();
        SaleDraft paying = draft;
        Background.run(() -> record(paying), this::recorded, sentence -> {
            saving = false;
            update();
            problem.setText(sentence);
        }, "The sale could not be saved");
    }

    /** Runs on a worker: the sale first (that is what must never be lost), then its receipt PDF. */
    private SaleOutcome record(SaleDraft paying) {
        Sale sale = stores.sales().record(paying, Instant.now());
        Path pdf = copies.receipt(sale.receiptNumber());
        try {
            receipts.writePdf(clinic, sale, pdf);
            return new SaleOutcome(sale, pdf, null);
        } catch (RuntimeException e) {
            LOG.error("Receipt {} was saved but its PDF could not be written to {}", sale.receiptNumber(), pdf, e);
            return new SaleOutcome(sale, null, "The sale is saved, but its receipt PDF could not be written. "
                    + "Reprint receipt " + sale.receiptNumber() + " later.");
        }
    }

    private void recorded(SaleOutcome outcome) {
        saving = false;
        Sale sale = outcome.sale();
        String changeText = sale.changeDue().isZero() ? "No change due." : "Change due " + sale.changeDue().plain() + ".";
        result.setText("Receipt " + sale.receiptNumber() + " saved. " + changeText);
        lastReceipt = outcome.pdf();
        openReceipt.setVisible(lastReceipt != null && Desktop.isDesktopSupported());
        openReceipt.setToolTipText(lastReceipt == null ? null : lastReceipt.toString());
        if (visit != null && visit.id().equals(sale.visitId()) && visit.status().isOpen()) {
            // The queue may not have read the paid visit back yet; show what is already recorded.
            show(Optional.of(visit.moveTo(VisitStatus.PAID)));
        }
        if (outcome.pdfProblem() != null) {
            problem.setText(outcome.pdfProblem());
        }
        onVisitChanged.run();
    }

    private void move(VisitStatus target) {
        UUID id = visit.id();
        Background.run(() -> stores.visits().move(id, target), moved -> {
            if (visit != null && visit.id().equals(moved.id())) {
                show(Optional.of(moved));
            }
            onVisitChanged.run();
        }, problem::setText, "The visit could not be updated");
    }

    private void cancel() {
        int answer = JOptionPane.showConfirmDialog(this, "Cancel visit No. " + visit.queueNumber() + " for "
                + visit.clientName() + "?", "Cancel visit", JOptionPane.YES_NO_OPTION);
        if (answer == JOptionPane.YES_OPTION) {
            move(VisitStatus.CANCELLED);
        }
    }

    private void openLastReceipt() {
        Path pdf = lastReceipt;
        Background.run(() -> {
            try {
                Desktop.getDesktop().open(pdf.toFile());
                return pdf;
            } catch (java.io.IOException e) {
                throw new Refused("No program on this computer could open " + pdf.getFileName() + "; it is saved in "
                        + pdf.getParent() + ".");
            }
        }, opened -> { }, problem::setText, "The receipt could not be opened");
    }

    private static void name(java.awt.Component component, String name) {
        component.setName(name);
    }

    private record SaleOutcome(Sale sale, Path pdf, String pdfProblem) {
    }
}
