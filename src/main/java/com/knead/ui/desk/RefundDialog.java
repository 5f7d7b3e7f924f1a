package com.knead.ui.desk;

import com.knead.domain.StaffMember;
import java.util.function.Supplier;
import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.desk.VoidOrRefundController;
import com.knead.domain.TenderKind;
import com.knead.ui.common.Sentence;
import com.knead.usecase.DeskApprovals;
import com.knead.usecase.VoidOrRefund;
import java.awt.Component;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
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
 * Voids a sale (its own day, everything back to how it was paid) or refunds part or all of it later,
 * by line or by amount, to the original tender or in cash. A manager's or the owner's PIN is asked
 * for; the void or refund is recorded as a record of its own and gets its own receipt. Renders
 * {@link VoidOrRefundController}'s state and forwards what the cashier asks for.
 */
final class RefundDialog extends JDialog implements VoidOrRefundController.View {

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
    private final DeskApprovals approvals;
    private final Tasks tasks;
    private final VoidOrRefundController controller;
    /** True while the state is being rendered, so filling the line choice is not taken for a choice. */
    private boolean rendering;

    RefundDialog(Window owner, VoidOrRefund voidOrRefund, DeskApprovals approvals, Supplier<StaffMember> cashier,
                 Tasks tasks) {
        super(owner, "Void or refund", ModalityType.MODELESS);
        this.approvals = approvals;
        this.tasks = tasks;
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
        to.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
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

        controller = new VoidOrRefundController(voidOrRefund, cashier, tasks, this);
        lookUp.addActionListener(e -> controller.lookUp(receipt.getText()));
        receipt.addActionListener(e -> controller.lookUp(receipt.getText()));
        line.addActionListener(e -> {
            if (!rendering) {
                controller.chooseLine(line.getSelectedIndex());
            }
        });
        voidSale.addActionListener(e -> controller.chooseVoid(true));
        refund.addActionListener(e -> controller.chooseVoid(false));
        confirm.addActionListener(e -> controller.confirm(new VoidOrRefundController.Request(voidSale.isSelected(),
                line.getSelectedIndex(), amount.getText(), (TenderKind) to.getSelectedItem(), reason.getText())));
        controller.open();
        pack();
        setLocationRelativeTo(owner);
    }

    @Override
    public void show(VoidOrRefundController.State state) {
        rendering = true;
        try {
            sale.setText(state.sale().isEmpty() ? " " : "<html>" + String.join("<br>", state.sale()) + "</html>");
            if (!state.sale().isEmpty() && (!state.lines().equals(lines()) || !state.backTo().equals(backTo()))) {
                line.setModel(new DefaultComboBoxModel<>(state.lines().toArray(String[]::new)));
                to.setModel(new DefaultComboBoxModel<>(state.backTo().toArray(TenderKind[]::new)));
            }
            if (state.amount() != null) {
                amount.setText(state.amount());
            }
        } finally {
            rendering = false;
        }
        line.setEnabled(state.partial());
        amount.setEnabled(state.partial());
        to.setEnabled(state.partial());
        confirm.setEnabled(state.canConfirm());
        problem.setText(state.problem().isEmpty() ? " " : state.problem());
        result.setText(state.result().isEmpty() ? " " : state.result());
        pack();
    }

    private List<String> lines() {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < line.getItemCount(); i++) {
            shown.add(line.getItemAt(i));
        }
        return shown;
    }

    private List<TenderKind> backTo() {
        List<TenderKind> shown = new ArrayList<>();
        for (int i = 0; i < to.getItemCount(); i++) {
            shown.add(to.getItemAt(i));
        }
        return shown;
    }

    @Override
    public void askApproval(VoidOrRefundController.ApprovalRequest request) {
        ApprovalDialog.ask(this, approvals, tasks, request.right(), request.what(), request.why(), controller::approved);
    }
}
