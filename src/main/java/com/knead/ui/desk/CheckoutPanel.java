package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.desk.CheckoutController;
import com.knead.control.desk.CheckoutState;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.ui.common.Sentence;
import com.knead.ui.common.StaffRenderer;
import com.knead.ui.common.WidthTrackingPanel;
import com.knead.usecase.OpenIntakeSummary;
import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * The selected visit ({@link #visitPart()}, under the queue) and its checkout up to Finish sale, whole on a
 * 1366×768 screen. It shows the {@link CheckoutState} its {@link CheckoutController} publishes and hands
 * every click and keystroke to it; the sale, its rules and its recording live there.
 */
final class CheckoutPanel extends WidthTrackingPanel implements CheckoutController.View {

    private final CheckoutController checkout;
    private final DeskDialogs dialogs;
    private final Tasks tasks;

    private final JLabel title = style(new JLabel("Choose a visit in the queue."), "deskHeading");
    private final JLabel service = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private final JButton startSession = new JButton("Start session");
    private final JButton finishSession = new JButton("Finish session");
    private final JButton cancelVisit = new JButton("Cancel visit");
    private final JComboBox<StaffMember> therapist = new JComboBox<>();
    private final StaffRenderer therapistRenderer = new StaffRenderer("Nobody yet");
    private final JComboBox<String> room = new JComboBox<>();
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

    private final WidthTrackingPanel visitPart = new WidthTrackingPanel(
            new MigLayout("fillx, insets 8 0 0 0, wrap 2", "[right][grow, fill]", ""), 16);

    /** The state shown last; what changed since decides which boxes follow it. */
    private CheckoutState shown;

    CheckoutPanel(CheckoutController checkout, OpenIntakeSummary summaries, DeskDialogs dialogs, Tasks tasks,
                  Runnable onVisitChanged) {
        super(new MigLayout("fillx, insets 0 16 0 8, wrap 2, gapy 4", "[right][grow, fill]", ""), 16);
        this.checkout = checkout;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.clearance = dialogs.clearance(onVisitChanged);
        this.adjustments = new AdjustmentsPanel(checkout);
        this.payments = new PaymentsPanel(checkout);
        this.items = new ItemsPanel(checkout);
        title.setName("desk.visitTitle");
        status.setName("desk.visitStatus");
        startSession.setName("desk.startSession");
        finishSession.setName("desk.finishSession");
        cancelVisit.setName("desk.cancelVisit");
        therapist.setName("desk.therapist");
        therapist.getAccessibleContext().setAccessibleName("Therapist");
        room.setName("desk.room");
        assign.setName("desk.assign");
        total.setName("desk.total");
        tax.setName("desk.tax");
        change.setName("desk.change");
        problem.setName("desk.problem");
        finishSale.setName("desk.finishSale");
        result.setName("desk.result");
        printStatus.setName("desk.printStatus");
        // Read-only sentences are text to a screen reader: named, so it says what each one is about.
        problem.getAccessibleContext().setAccessibleName("Problem");
        printStatus.getAccessibleContext().setAccessibleName("Receipt");
        openReceipt.setName("desk.openReceipt");
        room.getAccessibleContext().setAccessibleName("Room");
        therapist.setRenderer(therapistRenderer);

        visitPart.setName("desk.visit");
        visitPart.add(title, "span 2, left");
        // Service and status on one line: the visit's part shares its column with the queue.
        visitPart.add(service, "span 2, split 2, left");
        visitPart.add(status, "gapleft 16, left, gapbottom 4");
        JPanel session = new JPanel(new MigLayout("insets 0"));
        session.add(startSession);
        session.add(finishSession);
        session.add(cancelVisit);
        session.add(new IntakeSummaryButton(summaries, dialogs.cashier(), tasks, () -> shown == null ? null : shown.visit().orElse(null),
                checkout::note));
        visitPart.add(session, "span 2, left");
        visitPart.add(clearance, "span 2, growx, wmin 0, hidemode 3, gaptop 4, gapbottom 4");
        visitPart.add(new JLabel("Therapist"));
        visitPart.add(therapist, "split 4, growx");
        JLabel roomLabel = new JLabel("room");
        roomLabel.setLabelFor(room);
        visitPart.add(roomLabel);
        visitPart.add(room, "growx 0");
        visitPart.add(assign);
        add(items, "span 2, growx");
        add(adjustments, "span 2, growx");
        add(new JSeparator(), "span 2, growx, gaptop 2, gapbottom 2");
        add(total, "span 2, left");
        add(tax, "span 2, left, gapbottom 4");
        add(payments, "span 2, growx");
        add(change, "span 2, left");
        add(problem, "span 2, growx, wmin 0");
        add(finishSale, "span 2, left, gaptop 4");
        add(result, "span 2, left, gaptop 10, wmin 0");
        add(printStatus, "span 2, growx, wmin 0");
        add(openReceipt, "span 2, left");

        startSession.addActionListener(e -> {
            if (clearance.allowsSession()) {
                checkout.startSession();
            }
        });
        finishSession.addActionListener(e -> checkout.finishSession());
        cancelVisit.addActionListener(e -> askWhyCancelled());
        assign.addActionListener(e -> {
            StaffMember chosen = (StaffMember) therapist.getSelectedItem();
            checkout.assign(chosen == null ? null : chosen.id(), (String) room.getSelectedItem());
        });
        payments.cash.addActionListener(e -> finishSale());
        finishSale.addActionListener(e -> finishSale());
        openReceipt.addActionListener(e -> openLastReceipt());
        openReceipt.setVisible(false);
        checkout.attach(this);
    }

    /** Who the visit is for, its session, clearance and therapist: the desk shows it under the queue. */
    JPanel visitPart() {
        return visitPart;
    }

    /** Cash for exactly what is due (F4). */
    void cashExact() {
        checkout.cashExact();
    }

    /** Finishes the sale (F8), with the tip as typed in its box. */
    void finishSale() {
        checkout.finishSale(adjustments.typedTip());
    }

    @Override
    public void show(CheckoutState state) {
        CheckoutState before = shown;
        shown = state;
        if (before == null || before.sale() != state.sale()) {
            payments.reset();
            adjustments.reset();
            items.reset();
        }
        Optional<Visit> visit = state.visit();
        if (before == null || !before.visit().equals(visit)) {
            clearance.show(visit.orElse(null));
        }
        title.setText(state.title());
        service.setText(state.service());
        status.setText(state.status());
        startSession.setEnabled(state.canStartSession());
        finishSession.setEnabled(state.canFinishSession());
        cancelVisit.setEnabled(state.canCancel());
        showTherapists(before, state);
        therapist.setEnabled(state.editable());
        room.setEnabled(state.editable());
        assign.setEnabled(state.editable());
        items.render(state);
        adjustments.render(state);
        payments.render(state);
        total.setText(state.total());
        tax.setText(state.tax());
        change.setText(state.change());
        problem.setText(state.problem());
        finishSale.setEnabled(state.canFinishSale());
        result.setText(state.result());
        printStatus.setText(state.printStatus());
        Path pdf = state.receiptPdf().orElse(null);
        openReceipt.setVisible(pdf != null && Desktop.isDesktopSupported());
        openReceipt.setToolTipText(pdf == null ? null : pdf.toString());
    }

    /** The therapist list follows the rota and the rooms the office's; the choices follow the visit as recorded. */
    private void showTherapists(CheckoutState before, CheckoutState state) {
        boolean listChanged = before == null || !before.therapists().equals(state.therapists())
                || !before.notIn().equals(state.notIn());
        if (listChanged) {
            DefaultComboBoxModel<StaffMember> model = new DefaultComboBoxModel<>();
            model.addElement(null);
            state.therapists().forEach(model::addElement);
            therapistRenderer.notIn(state.notIn());
            therapist.setModel(model);
        }
        UUID visitBefore = before == null ? null : before.visit().map(Visit::id).orElse(null);
        UUID visitNow = state.visit().map(Visit::id).orElse(null);
        boolean recordedChanged = before == null || !Objects.equals(visitBefore, visitNow)
                || !Objects.equals(before.therapistId(), state.therapistId()) || !before.room().equals(state.room());
        if (listChanged || recordedChanged) {
            selectTherapist(state.therapistId());
        }
        if (before == null || !before.rooms().equals(state.rooms())) { // the rooms in use, from the office's Settings
            room.setModel(new DefaultComboBoxModel<>(state.rooms().toArray(String[]::new)));
            room.setSelectedItem(state.room());
        } else if (recordedChanged) {
            room.setSelectedItem(state.room());
        }
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

    @Override
    public void clear(CheckoutController.Form form) {
        if (form == CheckoutController.Form.ITEM) {
            items.reset();
        } else {
            payments.clear(form);
        }
    }

    @Override
    public void fillCash(String amount) {
        payments.cash.setText(amount);
    }

    @Override
    public void askOwnerApproval(String why) {
        dialogs.askOwnerApproval(SwingUtilities.getWindowAncestor(this), why, checkout::discountApproved);
    }

    /** The rota changed: offer the therapists who are in now. */
    void therapistsChanged() {
        checkout.therapistsChanged();
    }

    /** Asks why the visit is cancelled: a no-show, or what the client said. */
    private void askWhyCancelled() {
        Visit visit = shown == null ? null : shown.visit().orElse(null);
        if (visit == null) {
            return;
        }
        Object[] reasons = {"No-show", "Client cancelled", "Not well enough for a massage today", "Other…"};
        Object chosen = JOptionPane.showInputDialog(this, "Why is visit No. " + visit.queueNumber() + " for "
                + visit.clientName() + " cancelled?", "Cancel visit", JOptionPane.QUESTION_MESSAGE, null, reasons, reasons[0]);
        String reason = chosen == null ? null : chosen.toString();
        if (reasons[3].equals(reason)) {
            reason = JOptionPane.showInputDialog(this, "Say why, in a few words:", "Cancel visit", JOptionPane.QUESTION_MESSAGE);
        }
        if (reason != null) {
            checkout.cancel(reason);
        }
    }

    private void openLastReceipt() {
        Path pdf = shown == null ? null : shown.receiptPdf().orElse(null);
        if (pdf == null) {
            return;
        }
        tasks.read(() -> {
            try {
                Desktop.getDesktop().open(pdf.toFile());
                return pdf;
            } catch (java.io.IOException e) {
                throw new Refused("No program on this computer could open " + pdf.getFileName() + "; it is saved in "
                        + pdf.getParent() + ".");
            }
        }, opened -> { }, checkout::note, "The receipt could not be opened");
    }
}
