package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.kiosk.KioskState;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** "You're checked in" with the visitor's number and wait, large enough to read from a chair. */
final class CheckedInScreen extends JPanel {

    private final JLabel greeting = LargerText.fitting(style(new JLabel(" "), "kioskHeading"));
    private final JLabel number = style(new JLabel(" "), "kioskNumber");
    private final JLabel wait = style(new JLabel(" "), "kioskLabel");
    private final JLabel desk = style(new JLabel(" "), "kioskProblem");

    CheckedInScreen(Runnable onDone) {
        super(new MigLayout("fill, insets 48", "[center, grow]", "push[]16[]16[]16[]16[]48[]push"));
        setName("kiosk.page.checkedIn");
        number.setName("kiosk.number");
        greeting.setName("kiosk.checkedIn");
        wait.setName("kiosk.wait");
        desk.setName("kiosk.speakToDesk");
        JButton done = style(new JButton("Done"), "kioskPrimary");
        done.setName("kiosk.done");
        done.getAccessibleContext().setAccessibleName("Done");
        done.addActionListener(e -> onDone.run());
        // The whole width, centred: with larger text the greeting grows as far as that width holds.
        greeting.setHorizontalAlignment(JLabel.CENTER);
        add(greeting, "wrap, growx, wmin 0");
        add(number, "wrap");
        add(wait, "wrap");
        add(desk, "wrap");
        add(style(new JLabel("Please take a seat. We will call your number."), "kioskText"), "wrap");
        add(done, "wmin 280, hmin 88");
    }

    void show(KioskState.Ticket ticket) {
        greeting.setText(blankAsSpace(ticket.greeting()));
        // Read as the focus comes to this screen (to Done): "You're checked in, Ada".
        getAccessibleContext().setAccessibleName(ticket.greeting().isEmpty() ? null : ticket.greeting());
        number.setText(blankAsSpace(ticket.number()));
        wait.setText(blankAsSpace(ticket.waitText()));
        desk.setText(blankAsSpace(ticket.desk()));
    }

    // An empty label collapses; a space keeps the screen's layout still.
    private static String blankAsSpace(String text) {
        return text.isEmpty() ? " " : text;
    }
}
