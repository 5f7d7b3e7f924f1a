package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.StaffMember;
import com.knead.control.Tasks;
import com.knead.ui.common.Sentence;
import com.knead.ui.common.StaffRenderer;
import com.knead.usecase.DeskApprovals;
import java.awt.Dimension;
import java.awt.Window;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;
import net.miginfocom.swing.MigLayout;

/**
 * Asks a chosen person who may approve something (a large discount, a void, a refund) for their
 * PIN. The PIN is checked on a worker, against that person only, by PinCheck (wrong PINs count and
 * lock); the dialog closes on success.
 */
final class ApprovalDialog extends JDialog {

    private static final int WIDTH = 420;

    private final JComboBox<StaffMember> who = new JComboBox<>();
    private final JPasswordField pin = new JPasswordField(8);
    private final JButton approve = style(new JButton("Approve"), "deskPrimary");
    private final Sentence problem = new Sentence("deskProblem");
    private final Permission right;
    private final String what;
    private final Consumer<Approval> onApproved;
    private final DeskApprovals approvals;
    private final Tasks tasks;

    private ApprovalDialog(Window owner, DeskApprovals approvals, Tasks tasks, Permission right, String what,
                           String why, Consumer<Approval> onApproved) {
        super(owner, "Approval needed", ModalityType.MODELESS);
        this.approvals = approvals;
        this.tasks = tasks;
        this.right = right;
        this.what = what;
        this.onApproved = onApproved;
        setName("desk.approval");
        who.setName("approval.who");
        pin.setName("approval.pin");
        approve.setName("approval.approve");
        problem.setName("approval.problem");
        pin.getAccessibleContext().setAccessibleName("PIN");
        who.setRenderer(new StaffRenderer("Loading…"));
        JPanel content = new JPanel(new MigLayout("insets 20, wrap 2", "[right][grow, fill]", "[]16[][][]"));
        content.add(wrapped(style(new JLabel("<html>" + why + "</html>"), "deskHeading"), WIDTH), "span 2, left");
        content.add(new JLabel("Who approves"));
        content.add(who);
        JLabel pinLabel = new JLabel("PIN");
        pinLabel.setLabelFor(pin);
        content.add(pinLabel);
        content.add(pin);
        JButton cancel = new JButton("Cancel");
        cancel.setName("approval.cancel");
        content.add(approve, "skip, split 2, left");
        content.add(cancel);
        content.add(problem, "span 2, growx, wmin 0, wmax " + WIDTH);
        setContentPane(content);
        approve.addActionListener(e -> check());
        pin.addActionListener(e -> check());
        cancel.addActionListener(e -> dispose());
        approve.setEnabled(false);
        tasks.read(() -> approvals.approvers(right),
                (List<StaffMember> people) -> {
                    who.setModel(new DefaultComboBoxModel<>(people.toArray(StaffMember[]::new)));
                    approve.setEnabled(!people.isEmpty());
                    if (people.isEmpty()) {
                        problem.setText("Nobody here can approve " + what + ".");
                    }
                }, problem::setText, "The staff list could not be read");
        pack();
        setLocationRelativeTo(owner);
    }

    /**
     * Gives an HTML label the size of its text wrapped at {@code width}: left to itself it asks for one
     * long line, and pack() then cut off the lines it wrapped to (and the Approve button under them).
     */
    private static JLabel wrapped(JLabel label, int width) {
        View text = (View) label.getClientProperty(BasicHTML.propertyKey);
        if (text != null && text.getPreferredSpan(View.X_AXIS) > width) {
            text.setSize(width, 0);
            label.setPreferredSize(new Dimension(width, (int) Math.ceil(text.getPreferredSpan(View.Y_AXIS))));
        }
        return label;
    }

    /** Opens the dialog; {@code onApproved} runs on the screen's thread once a PIN matched. */
    static ApprovalDialog ask(Window owner, DeskApprovals approvals, Tasks tasks, Permission right, String what,
                              String why, Consumer<Approval> onApproved) {
        ApprovalDialog dialog = new ApprovalDialog(owner, approvals, tasks, right, what, why, onApproved);
        dialog.setVisible(true);
        return dialog;
    }

    private void check() {
        StaffMember chosen = (StaffMember) who.getSelectedItem();
        String typed = new String(pin.getPassword());
        pin.setText("");
        if (!approve.isEnabled()) {
            return;
        }
        approve.setEnabled(false);
        problem.setText("Checking…");
        // PIN hashes are slow on purpose, so checking one is worker work.
        // PinCheck counts a wrong PIN and may lock the person: a write.
        tasks.write(() -> approvals.check(chosen, typed, right), approval -> {
            dispose();
            onApproved.accept(approval);
        }, sentence -> {
            approve.setEnabled(true);
            problem.setText(sentence);
            pack();
        }, "The PIN could not be checked");
    }
}
