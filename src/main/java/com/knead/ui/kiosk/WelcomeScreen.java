package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import java.awt.Graphics;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The first thing a walk-in sees: the clinic's name, "New here" and "I've been before". */
final class WelcomeScreen extends JPanel {

    private final JLabel title = style(new JLabel("Welcome"), "kioskTitle");
    private final JButton newHere = button("New here", "kiosk.new");
    private final JButton returning = button("I've been before", "kiosk.returning");
    private final JButton staff = style(new JButton("Staff"), "kioskSecondary");
    private Runnable firstPaint;

    WelcomeScreen(Runnable onNew, Runnable onReturning, Runnable onStaff) {
        super(new MigLayout("fill, insets 48", "[center]", "push[]24[]48[]push[]"));
        setName("kiosk.page.welcome");
        title.setName("kiosk.welcome");
        newHere.addActionListener(e -> onNew.run());
        returning.addActionListener(e -> onReturning.run());
        add(title, "wrap");
        add(style(new JLabel("Check yourself in here. It takes about two minutes."), "kioskText"), "wrap");
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 40"));
        buttons.setOpaque(false);
        buttons.add(newHere, "w 380!, h 120!");
        buttons.add(returning, "w 380!, h 120!");
        add(buttons, "wrap");
        staff.setName("kiosk.staff");
        staff.getAccessibleContext().setAccessibleName("Staff");
        staff.setVisible(false);
        staff.addActionListener(e -> onStaff.run());
        add(staff, "right, wmin 120, h 64!, hidemode 3");
    }

    private static JButton button(String label, String name) {
        JButton button = style(new JButton(label), "kioskPrimary");
        button.setName(name);
        button.getAccessibleContext().setAccessibleName(label);
        // Usable once the data is open; until then the welcome only greets.
        button.setEnabled(false);
        return button;
    }

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

    /** Usable from now: the clinic's welcome, and the Staff button in kiosk mode. */
    void show(String welcome, boolean offerStaff) {
        title.setText(welcome);
        newHere.setEnabled(true);
        returning.setEnabled(true);
        staff.setVisible(offerStaff);
    }
}
