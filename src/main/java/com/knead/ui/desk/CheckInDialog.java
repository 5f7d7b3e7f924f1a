package com.knead.ui.desk;

import com.knead.domain.StaffMember;
import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.domain.ContactDetails;
import com.knead.domain.ServicePrice;
import com.knead.domain.Visit;
import com.knead.ui.common.Sentence;
import com.knead.usecase.WalkInCheckIn;
import java.awt.Window;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** The cashier checks in a walk-in or phone client directly: name, phone and the service chosen. */
final class CheckInDialog extends JDialog {

    private final WalkInCheckIn checkIn;
    private final Tasks tasks;
    private final Supplier<StaffMember> cashier;
    private final Consumer<Visit> onCheckedIn;
    private final JTextField name = new JTextField(20);
    private final JTextField phone = new JTextField(14);
    private final ServicePicker service = new ServicePicker("");
    private final JButton confirm = style(new JButton("Check in"), "deskPrimary");
    private final Sentence problem = new Sentence("deskProblem");

    CheckInDialog(Window owner, WalkInCheckIn checkIn, Supplier<StaffMember> cashier, Tasks tasks,
                  Consumer<Visit> onCheckedIn) {
        super(owner, "Check in a client", ModalityType.MODELESS);
        this.cashier = cashier;
        this.checkIn = checkIn;
        this.tasks = tasks;
        this.onCheckedIn = onCheckedIn;
        setName("desk.checkInDialog");
        name.setName("checkIn.name");
        phone.setName("checkIn.phone");
        service.setName("checkIn.service");
        confirm.setName("checkIn.confirm");
        problem.setName("checkIn.problem");
        JPanel content = new JPanel(new MigLayout("insets 20, wrap 2, width 520", "[right][grow, fill]", ""));
        content.add(new JLabel("Name"));
        content.add(name);
        content.add(new JLabel("Phone"));
        content.add(phone);
        content.add(new JLabel("Service"));
        content.add(service);
        content.add(confirm, "skip, left, gaptop 8");
        content.add(problem, "span 2, growx, wmin 0");
        setContentPane(content);
        confirm.addActionListener(e -> checkIn());
        confirm.setEnabled(false);
        tasks.read(checkIn::services, prices -> {
            service.show(prices);
            confirm.setEnabled(!service.isEmpty());
        }, problem::setText, "The price list could not be read");
        pack();
        setLocationRelativeTo(owner);
    }

    private void checkIn() {
        List<ContactDetails.Problem> problems = ContactDetails.check(name.getText(), phone.getText());
        ServicePrice chosen = service.chosen();
        if (!problems.isEmpty()) {
            problem.setText(problems.get(0).sentence());
            pack();
            return;
        }
        ContactDetails contact = ContactDetails.of(name.getText(), phone.getText());
        confirm.setEnabled(false);
        StaffMember by = cashier.get();
        tasks.write(() -> checkIn.checkIn(contact, chosen, by), visit -> {
            dispose();
            onCheckedIn.accept(visit);
        }, sentence -> {
            confirm.setEnabled(true);
            problem.setText(sentence);
            pack();
        }, "The check-in could not be saved");
    }
}
