package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.ServicePrice;
import com.knead.store.Stores;
import com.knead.ui.common.Background;
import com.knead.ui.common.Sentence;
import java.awt.Window;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** The cashier checks in a walk-in or phone client directly: name, phone and the service chosen. */
final class CheckInDialog extends JDialog {

    private final Stores stores;
    private final Consumer<com.knead.domain.Visit> onCheckedIn;
    private final JTextField name = new JTextField(20);
    private final JTextField phone = new JTextField(14);
    private final JComboBox<Service> service = new JComboBox<>();
    private final JButton confirm = style(new JButton("Check in"), "deskPrimary");
    private final Sentence problem = new Sentence("deskProblem");

    /** One bookable service with its price, as the combo shows it. */
    private record Service(Modality modality, ServicePrice price) {
        @Override
        public String toString() {
            return modality.name() + ", " + price.minutes() + " min — " + price.price().plain();
        }
    }

    CheckInDialog(Window owner, Stores stores, Consumer<com.knead.domain.Visit> onCheckedIn) {
        super(owner, "Check in a client", ModalityType.MODELESS);
        this.stores = stores;
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
        Background.run(() -> stores.catalog().priceList(), (PriceList prices) -> {
            DefaultComboBoxModel<Service> model = new DefaultComboBoxModel<>();
            for (Modality modality : prices.bookable()) {
                prices.pricesOf(modality.id()).forEach(p -> model.addElement(new Service(modality, p)));
            }
            service.setModel(model);
            confirm.setEnabled(model.getSize() > 0);
        }, problem::setText, "The price list could not be read");
        pack();
        setLocationRelativeTo(owner);
    }

    private void checkIn() {
        List<ContactDetails.Problem> problems = ContactDetails.check(name.getText(), phone.getText());
        Service chosen = (Service) service.getSelectedItem();
        if (!problems.isEmpty()) {
            problem.setText(problems.get(0).sentence());
            pack();
            return;
        }
        ContactDetails contact = ContactDetails.of(name.getText(), phone.getText());
        confirm.setEnabled(false);
        Background.run(() -> stores.visits().checkIn(contact, chosen.modality(), chosen.price(), Instant.now()), visit -> {
            dispose();
            onCheckedIn.accept(visit);
        }, sentence -> {
            confirm.setEnabled(true);
            problem.setText(sentence);
            pack();
        }, "The check-in could not be saved");
    }
}
