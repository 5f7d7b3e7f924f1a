package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.Clinic;
import com.knead.domain.Money;
import com.knead.domain.Refused;
import com.knead.domain.Rota;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleTotals;
import com.knead.domain.Settlement;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.TypedAmount;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import com.knead.report.ReceiptDelivery;
import com.knead.store.Stores;
import com.knead.ui.common.Background;
import com.knead.ui.common.Sentence;
import com.knead.ui.common.StaffRenderer;
import com.knead.ui.common.WidthTrackingPanel;
import com.knead.ui.touch.IntakeSummaryPdf;
import java.awt.Desktop;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * The selected visit: who looks after it and where, its session, and its checkout: discount, tip
 * and payments in any mix. Totals and change are worked out as the cashier types; the sale is
 * recorded on a worker, then its receipt is saved as PDF and printed. A receipt that fails to print
 * or write never undoes the sale.
 */
final class CheckoutPanel extends WidthTrackingPanel implements PaymentsPanel.Host {

    private final Stores stores;
    private final Clinic clinic;
    private final ReceiptDelivery receipts;
    private final DrawerOpener drawerOpener;
    private final Runnable onVisitChanged;

    private final JLabel title = style(new JLabel("Choose a visit in the queue."), "deskHeading");
    private final JLabel service = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private final JButton startSession = new JButton("Start session");
    private final JButton finishSession = new JButton("Finish session");
    private final JButton cancelVisit = new JButton("Cancel visit");
    private final JComboBox<StaffMember> therapist = new JComboBox<>();
    private final StaffRenderer therapistRenderer = new StaffRenderer("Nobody yet");
    private final JTextField room = new JTextField(6);
    private final JButton assign = new JButton("Assign");
    private final ClearancePanel clearance;
    private final AdjustmentsPanel adjustments;
    private final ItemsPanel items;
    private final PaymentsPanel payments;
    private final JLabel total = style(new JLabel(" "), "deskTotal");
    private final JLabel tax = new JLabel(" ");
    private final JLabel change = style(new JLabel(" "), "deskChange");
    private final Sentence problem = new Sentence("deskProblem");
    private final JButton finishSale = style(new JButton("Finish sale (F8)"), "deskPrimary");
    private final JLabel result = style(new JLabel(" "), "deskDone");
    private final Sentence printStatus = new Sentence("deskNote");
    private final JButton openReceipt = new JButton("Open receipt PDF");

    private Visit visit;
    private SaleDraft draft;
    private boolean saving;
    /** True while the add-ons chosen at the kiosk are being read; the sale waits for them. */
    private boolean readingAddOns;
    private Path lastReceipt;

    CheckoutPanel(Stores stores, ReceiptDelivery receipts, DrawerOpener drawerOpener, IntakeSummaryPdf summaries,
                  Runnable onVisitChanged) {
        super(new MigLayout("fillx, insets 0 16 0 8, wrap 2", "[right][grow, fill]", ""), 16);
        this.stores = stores;
        this.clinic = stores.clinic();
        this.receipts = receipts;
        this.drawerOpener = drawerOpener;
        this.onVisitChanged = onVisitChanged;
        this.clearance = new ClearancePanel(stores, onVisitChanged);
        this.adjustments = new AdjustmentsPanel(() -> draft, this::changed, this::problem, this::askDiscountApproval);
        this.payments = new PaymentsPanel(stores, this);
        this.items = new ItemsPanel(() -> draft, this::changed, this::problem);
        title.setName("desk.visitTitle");
        status.setName("desk.visitStatus");
        startSession.setName("desk.startSession");
        finishSession.setName("desk.finishSession");
        cancelVisit.setName("desk.cancelVisit");
        therapist.setName("desk.therapist");
        room.setName("desk.room");
        assign.setName("desk.assign");
        total.setName("desk.total");
        tax.setName("desk.tax");
        change.setName("desk.change");
        problem.setName("desk.problem");
        finishSale.setName("desk.finishSale");
        result.setName("desk.result");
        printStatus.setName("desk.printStatus");
        openReceipt.setName("desk.openReceipt");
        room.getAccessibleContext().setAccessibleName("Room");
        therapist.setRenderer(therapistRenderer);

        add(title, "span 2, left");
        add(service, "span 2, left");
        add(status, "span 2, left, gapbottom 4");
        JPanel session = new JPanel(new MigLayout("insets 0"));
        session.add(startSession);
        session.add(finishSession);
        session.add(cancelVisit);
        session.add(new IntakeSummaryButton(summaries, () -> visit, printStatus::setText));
        add(session, "span 2, left");
        add(clearance, "span 2, growx, wmin 0, hidemode 3, gaptop 4, gapbottom 4");
        add(new JLabel("Therapist"));
        add(therapist, "split 4, growx");
        JLabel roomLabel = new JLabel("room");
        roomLabel.setLabelFor(room);
        add(roomLabel);
        add(room, "growx 0");
        add(assign);
        add(new JSeparator(), "span 2, growx, gaptop 6, gapbottom 6");
        add(items, "span 2, growx");
        add(adjustments, "span 2, growx");
        add(total, "span 2, left, gaptop 6");
        add(tax, "span 2, left, gapbottom 6");
        add(payments, "span 2, growx");
        add(change, "span 2, left");
        add(problem, "span 2, growx, wmin 0");
        add(finishSale, "span 2, left, gaptop 6");
        add(result, "span 2, left, gaptop 10, wmin 0");
        add(printStatus, "span 2, growx, wmin 0");
        add(openReceipt, "span 2, left");

        startSession.addActionListener(e -> {
            if (clearance.allowsSession()) {
                move(VisitStatus.IN_SESSION);
            }
        });
        finishSession.addActionListener(e -> move(VisitStatus.DONE));
        cancelVisit.addActionListener(e -> cancel());
        assign.addActionListener(e -> assign());
        payments.cash.addActionListener(e -> finishSale());
        finishSale.addActionListener(e -> finishSale());
        openReceipt.addActionListener(e -> openLastReceipt());
        openReceipt.setVisible(false);
        loadTherapists();
        show(Optional.empty());
    }

    /** Shows a visit; the same visit again (after a queue refresh) keeps what the cashier typed. */
    void show(Optional<Visit> selected) {
        UUID before = visit == null ? null : visit.id();
        visit = selected.orElse(null);
        clearance.show(visit);
        if (visit == null) {
            draft = null;
            title.setText("Choose a visit in the queue.");
            service.setText(" ");
            status.setText(" ");
            payments.reset();
            adjustments.reset();
            items.reset();
        } else {
            if (!visit.id().equals(before)) {
                // What was said about the last sale belongs to that visit; F9 still reprints it.
                result.setText(" ");
                printStatus.setText(" ");
                openReceipt.setVisible(false);
                draft = SaleDraft.forVisit(clinic, visit);
                readAddOns(visit.id(), draft);
                payments.reset();
                adjustments.reset();
                items.reset();
                room.setText(visit.room() == null ? "" : visit.room());
                selectTherapist(visit.therapistId());
            } else if (draft != null) {
                draft.therapist(visit.therapistId(), visit.therapistName());
            }
            title.setText("No. " + visit.queueNumber() + " · " + visit.clientName() + (visit.redFlag() ? "  ⚑ red flag" : ""));
            service.setText(visit.serviceDescription() + (visit.therapistName() == null ? ""
                    : " · " + visit.therapistName()) + (visit.room() == null ? "" : " · " + visit.room()));
            status.setText(visit.status().label());
        }
        changed();
    }

    /** Adds the add-ons the visitor chose at the kiosk (at the prices shown there) to the visit's sale. */
    private void readAddOns(UUID visitId, SaleDraft forVisit) {
        readingAddOns = true;
        Background.run(() -> stores.intakes().addOnLines(visitId), lines -> {
            readingAddOns = false;
            if (draft == forVisit) {
                lines.forEach(forVisit::addLine);
            }
            changed();
        }, sentence -> {
            readingAddOns = false;
            changed();
            problem.setText(sentence);
        }, "The add-ons chosen at the kiosk could not be read");
    }

    /** Cash for exactly what is due (F4). */
    void cashExact() {
        payments.cashExact();
    }

    @Override
    public SaleDraft draft() {
        return draft;
    }

    @Override
    public Money dueBeforeCash() {
        if (draft == null) {
            return Money.zero(clinic.currency());
        }
        draft.clearTenders();
        payments.listed().forEach(draft::addTender);
        try {
            return draft.balanceDue();
        } catch (Refused over) {
            return Money.zero(clinic.currency());
        }
    }

    @Override
    public void problem(String sentence) {
        problem.setText(sentence);
    }

    /** Works totals and change out again, and says plainly what stands in the way of finishing. */
    @Override
    public void changed() {
        boolean open = visit != null && visit.status().isOpen() && draft != null;
        startSession.setEnabled(!saving && visit != null && visit.status().canMoveTo(VisitStatus.IN_SESSION));
        finishSession.setEnabled(!saving && visit != null && visit.status().canMoveTo(VisitStatus.DONE));
        cancelVisit.setEnabled(!saving && visit != null && visit.status().canMoveTo(VisitStatus.CANCELLED));
        therapist.setEnabled(open && !saving);
        room.setEnabled(open && !saving);
        assign.setEnabled(open && !saving);
        adjustments.setActive(open && !saving);
        items.setActive(open && !saving);
        payments.setActive(open && !saving);
        change.setText(" ");
        problem.setText(" ");
        finishSale.setEnabled(false);
        items.showItems();
        if (draft == null) {
            total.setText(" ");
            tax.setText(" ");
            adjustments.showFigures();
            return;
        }
        showTotals(draft.totals());
        adjustments.showFigures();
        payments.showQuickCash(dueBeforeCash());
        if (!open) {
            return;
        }
        try {
            draft.clearTenders();
            payments.listed().forEach(draft::addTender);
            if (!payments.cash.getText().isBlank()) {
                draft.addTender(Tender.cash(TypedAmount.parse(payments.cash.getText(), clinic.currency())));
            }
            if (draft.tenders().isEmpty()) {
                return;
            }
            Settlement settlement = draft.settlement();
            if (!settlement.complete()) {
                problem.setText("That is " + settlement.balanceDue().plain() + " short of the total.");
            } else if (draft.discountNeedsApproval()) {
                problem.setText("The discount needs the owner's PIN: apply it again to ask for it.");
            } else {
                change.setText(settlement.changeDue().isZero() ? "No change due" : "Change due " + settlement.changeDue().plain());
                finishSale.setEnabled(!saving && !readingAddOns);
            }
        } catch (Refused refused) {
            problem.setText(refused.getMessage());
        } catch (IllegalArgumentException notPositive) {
            problem.setText("Type the cash received; it must be more than zero.");
        }
    }

    private void showTotals(SaleTotals totals) {
        String tip = totals.tip().isPositive() ? " (with tip " + totals.tip().plain() + ")" : "";
        total.setText("Total " + clinic.currency().getCurrencyCode() + " " + totals.amountDue().plain() + tip);
        String rate = clinic.tax().ratePercent().stripTrailingZeros().toPlainString() + "%";
        tax.setText(clinic.tax().inclusive() ? "Includes tax " + totals.tax().plain() + " (" + rate + ")"
                : "Tax " + totals.tax().plain() + " (" + rate + ") added");
    }

    void finishSale() {
        if (!finishSale.isEnabled() || saving || !adjustments.applyTypedTip()) {
            return;
        }
        changed();
        if (!finishSale.isEnabled()) {
            return;
        }
        saving = true;
        changed();
        SaleDraft paying = draft;
        Background.run(() -> record(paying), this::recorded, sentence -> {
            saving = false;
            changed();
            problem.setText(sentence);
        }, "The sale could not be saved");
    }

    /** Runs on a worker: the sale first (that is what must never be lost), then its receipt. */
    private SaleOutcome record(SaleDraft paying) {
        Sale sale = stores.sales().record(paying, Instant.now());
        ReceiptDelivery.Delivered delivered;
        try {
            delivered = receipts.deliver(clinic, sale, stores.intakes().aftercare(sale.visitId()),
                    stores.settings().receiptPrinter());
        } catch (RuntimeException e) {
            Background.plainSentence(e, "Receipt " + sale.receiptNumber() + " could not be made");
            delivered = new ReceiptDelivery.Delivered(Optional.empty(), false, Optional.of("The sale is saved, but "
                    + "its receipt could not be made. Reprint receipt " + sale.receiptNumber() + " later."));
        }
        return new SaleOutcome(sale, delivered, openDrawerAfterCash(sale));
    }

    /** Opens the cash drawer after a cash sale when the owner set that up; a sentence if it did not open. */
    private String openDrawerAfterCash(Sale sale) {
        boolean cash = sale.tenders().stream().anyMatch(t -> t.kind() == com.knead.domain.TenderKind.CASH);
        return cash ? drawerOpener.open().orElse(null) : null;
    }

    private void recorded(SaleOutcome outcome) {
        saving = false;
        Sale sale = outcome.sale();
        String changeText = sale.changeDue().isZero() ? "No change due." : "Change due " + sale.changeDue().plain() + ".";
        result.setText("Receipt " + sale.receiptNumber() + " saved. " + changeText);
        ReceiptDelivery.Delivered delivered = outcome.delivered();
        lastReceipt = delivered.pdf().orElse(null);
        printStatus.setText(delivered.problem().orElse(delivered.printed()
                ? "Receipt " + sale.receiptNumber() + " printed." : " ")
                + (outcome.drawerProblem() == null ? "" : " " + outcome.drawerProblem()));
        openReceipt.setVisible(lastReceipt != null && Desktop.isDesktopSupported());
        openReceipt.setToolTipText(lastReceipt == null ? null : lastReceipt.toString());
        if (visit != null && visit.id().equals(sale.visitId()) && visit.status().isOpen()) {
            // The queue may not have read the paid visit back yet; show what is already recorded.
            show(Optional.of(visit.moveTo(VisitStatus.PAID)));
        }
        onVisitChanged.run();
    }

    private void askDiscountApproval() {
        ApprovalDialog.ask(SwingUtilities.getWindowAncestor(this), stores.staff(), EnumSet.of(StaffRole.OWNER),
                "a discount this large", "A discount of more than "
                        + com.knead.domain.Discount.OWNER_APPROVAL_ABOVE_PERCENT.toPlainString()
                        + "% needs the owner's PIN.", approval -> {
                    if (draft != null && draft.discount() != null) {
                        draft.approveDiscount(approval);
                        changed();
                    }
                });
    }

    /** The rota changed: offer the therapists who are in now. */
    void therapistsChanged() {
        loadTherapists();
    }

    /** The therapists in today, then the others, marked as not in (a visit may already be on their name). */
    private void loadTherapists() {
        Background.run(() -> stores.rota().rota(stores.clinic().businessDay(Instant.now())), (Rota rota) -> {
            DefaultComboBoxModel<StaffMember> model = new DefaultComboBoxModel<>();
            model.addElement(null);
            rota.onShift().forEach(model::addElement);
            Set<UUID> notIn = new HashSet<>();
            for (StaffMember member : rota.therapists()) {
                if (!rota.isIn(member)) {
                    model.addElement(member);
                    notIn.add(member.id());
                }
            }
            therapistRenderer.notIn(notIn);
            therapist.setModel(model);
            selectTherapist(visit == null ? null : visit.therapistId());
        }, this::problem, "The therapists could not be read");
    }

    private void selectTherapist(UUID id) {
        for (int i = 0; i < therapist.getItemCount(); i++) {
            StaffMember member = therapist.getItemAt(i);
            if (member == null ? id == null : member.id().equals(id)) {
                therapist.setSelectedIndex(i);
                return;
            }
        }
    }

    private void assign() {
        UUID id = visit.id();
        StaffMember chosen = (StaffMember) therapist.getSelectedItem();
        String chosenRoom = room.getText();
        Background.run(() -> stores.visits().assign(id, chosen == null ? null : chosen.id(), chosenRoom), assigned -> {
            if (visit != null && visit.id().equals(assigned.id())) {
                show(Optional.of(assigned));
            }
            onVisitChanged.run();
        }, this::problem, "The visit could not be updated");
    }

    private void move(VisitStatus target) {
        UUID id = visit.id();
        Background.run(() -> stores.visits().move(id, target), moved -> {
            if (visit != null && visit.id().equals(moved.id())) {
                show(Optional.of(moved));
            }
            onVisitChanged.run();
        }, this::problem, "The visit could not be updated");
    }

    /** Cancels the visit with a reason: a no-show, or what the client said. */
    private void cancel() {
        Object[] reasons = {"No-show", "Client cancelled", "Not well enough for a massage today", "Other…"};
        Object chosen = JOptionPane.showInputDialog(this, "Why is visit No. " + visit.queueNumber() + " for "
                + visit.clientName() + " cancelled?", "Cancel visit", JOptionPane.QUESTION_MESSAGE, null, reasons, reasons[0]);
        String reason = chosen == null ? null : chosen.toString();
        if (reasons[3].equals(reason)) {
            reason = JOptionPane.showInputDialog(this, "Say why, in a few words:", "Cancel visit", JOptionPane.QUESTION_MESSAGE);
        }
        if (reason == null) {
            return;
        }
        UUID id = visit.id();
        String why = reason;
        Background.run(() -> stores.visits().cancel(id, why), cancelled -> {
            if (visit != null && visit.id().equals(cancelled.id())) {
                show(Optional.of(cancelled));
            }
            onVisitChanged.run();
        }, this::problem, "The visit could not be cancelled");
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
        }, opened -> { }, this::problem, "The receipt could not be opened");
    }

    private record SaleOutcome(Sale sale, ReceiptDelivery.Delivered delivered, String drawerProblem) {
    }
}
