package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.Visit;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** "You're checked in" with the visitor's number and wait, large enough to read from a chair. */
final class CheckedInScreen extends JPanel {

    private final JLabel greeting = style(new JLabel(" "), "kioskHeading");
    private final JLabel number = style(new JLabel(" "), "kioskNumber");
    private final JLabel wait = style(new JLabel(" "), "kioskLabel");
    private final JLabel desk = style(new JLabel(" "), "kioskProblem");

    CheckedInScreen(Runnable onDone) {
        super(new MigLayout("fill, insets 48", "[center]", "push[]16[]16[]16[]16[]48[]push"));
        setName("kiosk.page.checkedIn");
        number.setName("kiosk.number");
        greeting.setName("kiosk.checkedIn");
        wait.setName("kiosk.wait");
        desk.setName("kiosk.speakToDesk");
        JButton done = style(new JButton("Done"), "kioskPrimary");
        done.setName("kiosk.done");
        done.getAccessibleContext().setAccessibleName("Done");
        done.addActionListener(e -> onDone.run());
        add(greeting, "wrap");
        add(number, "wrap");
        add(wait, "wrap");
        add(desk, "wrap");
        add(style(new JLabel("Please take a seat. We will call your number."), "kioskText"), "wrap");
        add(done, "w 280!, h 88!");
    }

    void show(Visit visit, int waitMinutes) {
        String firstName = visit.clientName().split(" ")[0];
        greeting.setText("You're checked in, " + firstName + ". Your number is");
        number.setText(String.valueOf(visit.queueNumber()));
        wait.setText(waitMinutes == 0 ? "You're next." : "About " + waitMinutes + " minutes.");
        desk.setText(visit.redFlag() ? "Please speak with the desk before your massage." : " ");
    }

    void clear() {
        greeting.setText(" ");
        number.setText(" ");
        wait.setText(" ");
        desk.setText(" ");
    }
}
