package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import java.awt.Graphics;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The first thing a walk-in sees: the clinic's name and one big button. */
final class WelcomeScreen extends JPanel {

    private final JLabel title = style(new JLabel("Welcome"), "kioskTitle");
    private final JButton start = style(new JButton("Check in"), "kioskPrimary");

    WelcomeScreen(Runnable onStart) {
        super(new MigLayout("fill, insets 48", "[center]", "push[]24[]48[]push"));
        title.setName("kiosk.welcome");
        start.setName("kiosk.start");
        start.getAccessibleContext().setAccessibleName("Check in");
        start.setEnabled(false);
        start.addActionListener(e -> onStart.run());
        add(title, "wrap");
        add(style(new JLabel("Check yourself in here. It takes about a minute."), "kioskText"), "wrap");
        add(start, "w 360!, h 96!");
    }

    private Runnable firstPaint;

    void onFirstPaint(Runnable action) {
        firstPaint = action;
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        Runnable once = firstPaint;
        firstPaint = null;
        if (once != null) {
            once.run();
        }
    }

    void ready(String clinicName) {
        title.setText("Welcome to " + clinicName);
        start.setEnabled(true);
    }
}
