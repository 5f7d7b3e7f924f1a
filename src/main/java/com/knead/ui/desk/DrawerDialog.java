package com.knead.ui.desk;

import com.knead.domain.StaffMember;
import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.domain.CashDrawer;
import com.knead.domain.Money;
import com.knead.domain.Refused;
import com.knead.domain.TypedAmount;
import com.knead.ui.common.Sentence;
import com.knead.usecase.DrawerSession;
import java.awt.Window;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The cash drawer session: open it with a float, then pay-ins and pay-outs with a reason, and a
 * logged "no sale" opening. Shows what should be in the drawer. Opens the drawer itself through the
 * receipt printer when the owner set that up.
 */
final class DrawerDialog extends JDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DrawerSession drawer;
    private final Tasks tasks;
    private final Supplier<StaffMember> cashier;
    private final JLabel status = style(new JLabel(" "), "deskHeading");
    private final JTextField openingFloat = new JTextField(8);
    private final JButton open = new JButton("Open with this float");
    private final JTextField amount = new JTextField(8);
    private final JTextField reason = new JTextField(18);
    private final JButton payIn = new JButton("Pay in");
    private final JButton payOut = new JButton("Pay out");
    private final JButton noSale = new JButton("No sale (open drawer)");
    private final Sentence problem = new Sentence("deskProblem");
    private boolean opened;

    DrawerDialog(Window owner, DrawerSession drawer, Supplier<StaffMember> cashier, Tasks tasks) {
        super(owner, "Cash drawer", ModalityType.MODELESS);
        this.drawer = drawer;
        this.tasks = tasks;
        this.cashier = cashier;
        setName("desk.drawerDialog");
        status.setName("drawer.status");
        openingFloat.setName("drawer.float");
        open.setName("drawer.open");
        amount.setName("drawer.amount");
        reason.setName("drawer.reason");
        payIn.setName("drawer.payIn");
        payOut.setName("drawer.payOut");
        noSale.setName("drawer.noSale");
        problem.setName("drawer.problem");
        JPanel content = new JPanel(new MigLayout("insets 20, wrap 2, width 560", "[right][grow, fill]", ""));
        content.add(status, "span 2, left");
        content.add(new JLabel("Opening float"));
        content.add(openingFloat, "split 2, growx 0, wmin 100");
        content.add(open);
        content.add(new JLabel("Amount"));
        content.add(amount, "growx 0, wmin 100");
        content.add(new JLabel("Reason"));
        content.add(reason);
        content.add(payIn, "skip, split 3");
        content.add(payOut);
        content.add(noSale);
        content.add(problem, "span 2, growx, wmin 0");
        setContentPane(content);
        open.addActionListener(e -> openDrawer());
        payIn.addActionListener(e -> move(CashDrawer.Kind.PAY_IN));
        payOut.addActionListener(e -> move(CashDrawer.Kind.PAY_OUT));
        noSale.addActionListener(e -> move(CashDrawer.Kind.NO_SALE));
        run(() -> drawer.current().orElse(null), tasks::read);
        pack();
        setLocationRelativeTo(owner);
    }

    private void openDrawer() {
        Money typed;
        try {
            typed = openingFloat.getText().isBlank() ? Money.zero(drawer.clinic().currency())
                    : TypedAmount.parse(openingFloat.getText(), drawer.clinic().currency());
        } catch (Refused refused) {
            problem.setText(refused.getMessage());
            return;
        }
        StaffMember by = cashier.get();
        run(() -> drawer.open(typed, by), tasks::write);
    }

    private void move(CashDrawer.Kind kind) {
        CashDrawer.Movement movement;
        try {
            Money money = kind == CashDrawer.Kind.NO_SALE ? Money.zero(drawer.clinic().currency())
                    : TypedAmount.parse(amount.getText(), drawer.clinic().currency());
            movement = new CashDrawer.Movement(kind, money, reason.getText(), Instant.now());
        } catch (Refused refused) {
            problem.setText(refused.getMessage());
            pack();
            return;
        }
        StaffMember by = cashier.get();
        run(() -> drawer.move(movement, by), tasks::write);
    }

    /** How a piece of drawer work is run: as a read or a write of the injected tasks. */
    @FunctionalInterface
    private interface Lane {
        void run(Supplier<DrawerSession.Count> work, Consumer<DrawerSession.Count> onDone,
                 Consumer<String> onProblem, String whatFailed);
    }

    private void run(Supplier<DrawerSession.Count> work, Lane lane) {
        lane.run(work, count -> {
            opened = count != null;
            status.setText(count == null ? "The drawer is not opened today yet." : text(count));
            problem.setText(count == null ? " " : count.problem().orElse(" "));
            amount.setText("");
            reason.setText("");
            for (JButton b : new JButton[] {payIn, payOut, noSale}) {
                b.setEnabled(opened);
            }
            pack();
        }, sentence -> {
            problem.setText(sentence);
            pack();
        }, "The cash drawer could not be updated");
    }

    private String text(DrawerSession.Count count) {
        CashDrawer open = count.drawer();
        return "Open since " + TIME.format(open.openedAt().atZone(drawer.clinic().zone()))
                + ", float " + open.openingFloat().plain() + " · should hold " + count.expected().plain();
    }
}
