package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.Visit;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** "You're checked in" with the visitor's number, large enough to read from a chair. */
final class CheckedInScreen extends JPanel {

    private final JLabel greeting = style(new JLabel(" "), "kioskHeading");
    private final JLabel number = style(new JLabel(" "), "kioskNumber");

    CheckedInScreen(Runnable onDone) {
        super(new MigLayout("fill, insets 48", "[center]", "push[]16[]16[]48[]push"));
        number.setName("kiosk.number");
        greeting.setName("kiosk.checkedIn");
        JButton done = style(new JButton("Done"), "kioskPrimary");
        done.setName("kiosk.done");
        done.addActionListener(e -> onDone.run());
        add(greeting, "wrap");
        add(number, "wrap");
        add(style(new JLabel("Please take a seat. We will call your number."), "kioskText"), "wrap");
        add(done, "w 280!, h 88!");
    }

    void show(Visit visit) {
        String firstName = visit.clientName().split(" ")[0];
        greeting.setText("You're checked in, " + firstName + ". Your number is");
        number.setText(String.valueOf(visit.queueNumber()));
    }

    void clear() {
        greeting.setText(" ");
        number.setText(" ");
    }
}
