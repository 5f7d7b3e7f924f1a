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
    private final javax.swing.JToggleButton larger = style(new javax.swing.JToggleButton("Larger text"), "kioskToggle");
    private Runnable firstPaint;
    /** Below this width the two choices do not fit side by side. */
    private static final int NARROW = 900;

    WelcomeScreen(Runnable onNew, Runnable onReturning, Runnable onStaff,
                  java.util.function.Consumer<Boolean> onLargerText) {
        super(new MigLayout("fill, insets 48", "[center, grow]", "push[]24[]48[]push[]"));
        setName("kiosk.page.welcome");
        title.setName("kiosk.welcome");
        newHere.addActionListener(e -> onNew.run());
        returning.addActionListener(e -> onReturning.run());
        // Each fills the width, centred, so with larger text it grows only as far as that width holds.
        LargerText.fitting(title).setHorizontalAlignment(JLabel.CENTER);
        add(title, "wrap, growx, wmin 0");
        JLabel text = LargerText.fitting(style(new JLabel("Check yourself in here. It takes about two minutes."), "kioskText"));
        text.setName("kiosk.welcome.text");
        text.setHorizontalAlignment(JLabel.CENTER);
        add(text, "wrap, growx, wmin 0");
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 40"));
        buttons.setOpaque(false);
        buttons.add(newHere, "wmin 380, hmin 120");
        buttons.add(returning, "wmin 380, hmin 120");
        add(buttons, "wrap");
        // Sharing one screen with the desk (half of 1366 px), the kiosk is narrow: the two choices go one
        // above the other and the title a size smaller, so both stay whole.
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                boolean narrow = getWidth() < NARROW;
                if (narrow != (buttons.getLayout() instanceof MigLayout mig && mig.getLayoutConstraints()
                        .toString().contains("flowy"))) {
                    buttons.setLayout(new MigLayout(narrow ? "insets 0, gap 24, flowy" : "insets 0, gap 40"));
                    style(title, narrow ? "kioskHeading" : "kioskTitle");
                    revalidate();
                }
            }
        });
        staff.setName("kiosk.staff");
        staff.getAccessibleContext().setAccessibleName("Staff");
        staff.setVisible(false);
        staff.addActionListener(e -> onStaff.run());
        larger.setName("kiosk.largeText");
        larger.getAccessibleContext().setAccessibleName("Larger text");
        larger.addActionListener(e -> onLargerText.accept(larger.isSelected()));
        JPanel bottom = new JPanel(new MigLayout("insets 0", "[]push[]"));
        bottom.setOpaque(false);
        bottom.add(larger, "wmin 64, hmin 64");
        bottom.add(staff, "wmin 120, hmin 64, hidemode 3");
        add(bottom, "growx");
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

    /** The next visitor starts with the usual text size. */
    void largerTextOff() {
        larger.setSelected(false);
    }

    /** Usable from now: the clinic's welcome, and the Staff button in kiosk mode. */
    void show(String welcome, boolean offerStaff) {
        title.setText(welcome);
        // What a screen reader reads as the focus comes to this screen (a form's page says its step).
        getAccessibleContext().setAccessibleName(welcome);
        newHere.setEnabled(true);
        returning.setEnabled(true);
        staff.setVisible(offerStaff);
    }
}
