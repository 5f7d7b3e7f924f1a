package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.ContactDetails;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** Name and phone number, each with its problem (if any) shown right under it in plain words. */
final class DetailsScreen extends JPanel {

    private final JTextField name = style(new JTextField(), "kioskField");
    private final JTextField phone = style(new JTextField(), "kioskField");
    private final JLabel nameProblem = style(new JLabel(" "), "kioskProblem");
    private final JLabel phoneProblem = style(new JLabel(" "), "kioskProblem");

    DetailsScreen(BiConsumer<String, String> onNext, Runnable onBack) {
        super(new MigLayout("fill, insets 48, wrap 1", "[grow, fill]", "[]32[][][]24[][][]push[]"));
        name.setName("kiosk.name");
        phone.setName("kiosk.phone");
        name.getAccessibleContext().setAccessibleName("Your name");
        phone.getAccessibleContext().setAccessibleName("Phone number");
        JLabel nameLabel = style(new JLabel("Your name"), "kioskLabel");
        JLabel phoneLabel = style(new JLabel("Phone number"), "kioskLabel");
        nameLabel.setLabelFor(name);
        phoneLabel.setLabelFor(phone);
        JButton next = style(new JButton("Next"), "kioskPrimary");
        JButton back = style(new JButton("Back"), "kioskSecondary");
        next.setName("kiosk.next");
        back.setName("kiosk.back");
        next.addActionListener(e -> onNext.accept(name.getText(), phone.getText()));
        phone.addActionListener(e -> onNext.accept(name.getText(), phone.getText()));
        back.addActionListener(e -> onBack.run());

        add(style(new JLabel("Tell us who you are"), "kioskHeading"));
        add(nameLabel);
        add(name, "h 72!");
        add(nameProblem);
        add(phoneLabel);
        add(phone, "h 72!");
        add(phoneProblem);
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[]push[]"));
        buttons.setOpaque(false);
        buttons.add(back, "w 200!, h 80!");
        buttons.add(next, "w 280!, h 80!");
        add(buttons, "growx");
    }

    void showProblems(List<ContactDetails.Problem> problems) {
        nameProblem.setText(" ");
        phoneProblem.setText(" ");
        for (ContactDetails.Problem problem : problems) {
            (problem.field() == ContactDetails.Field.NAME ? nameProblem : phoneProblem).setText(problem.sentence());
        }
    }

    void focusFirstField() {
        name.requestFocusInWindow();
    }

    void clear() {
        name.setText("");
        phone.setText("");
        showProblems(List.of());
    }
}
