package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import net.miginfocom.swing.MigLayout;

/**
 * One step of the check-in: a heading, the progress through the steps, the step's own content,
 * then a problem line (if any) and Back and Next at the bottom, always in the same places.
 */
final class KioskPage extends JPanel {

    /** The steps counted by the progress bar. */
    static final int STEPS = 8;

    private final JLabel problem = style(new JLabel(""), "kioskProblem");
    private final JButton next;
    private final JButton back = style(new JButton("Back"), "kioskSecondary");
    /** A returning visitor keeps this part of last time's answers without seeing them; hidden otherwise. */
    private final JButton same = style(new JButton("Same as last time"), "kioskSecondary");
    private Runnable onSame = () -> { };
    /** Why Next waits, in words beside it while it is disabled (greyed text alone is easy to miss). */
    private final JLabel why = style(new JLabel(" "), "kioskText");

    KioskPage(String name, String heading, int step, JComponent content, String nextLabel, Runnable onBack,
              Runnable onNext) {
        super(new MigLayout("fill, insets 24 40 24 40, wrap 1", "[grow, fill]", "[][]12[grow, fill]8[][shrink 0]"));
        setName("kiosk.page." + name);
        JProgressBar progress = style(new JProgressBar(0, STEPS), "kioskProgress");
        progress.setValue(step);
        progress.setVisible(step > 0);
        progress.setStringPainted(true);
        progress.setString("Step " + step + " of " + STEPS);
        progress.getAccessibleContext().setAccessibleName("Step " + step + " of " + STEPS);
        JLabel title = LargerText.fitting(style(new JLabel(heading), "kioskHeading"));
        title.setName("kiosk." + name + ".heading");
        // Java has no heading role (AT-SPI would show none through the ATK wrapper): the heading is a
        // label that says it is one, and the page carries the step, which a screen reader reads as
        // the focus moves into it ("Step 3 of 8: About your pain").
        String where = step > 0 ? "Step " + step + " of " + STEPS + ": " + heading : heading;
        title.getAccessibleContext().setAccessibleDescription("Heading. " + where);
        getAccessibleContext().setAccessibleName(where);
        next = style(new JButton(nextLabel), "kioskPrimary");
        next.setName("kiosk." + name + ".next");
        back.setName("kiosk." + name + ".back");
        problem.setName("kiosk." + name + ".problem");
        why.setName("kiosk." + name + ".next.why");
        why.setVisible(false);
        next.getAccessibleContext().setAccessibleName(nextLabel);
        back.getAccessibleContext().setAccessibleName("Back");
        next.addActionListener(e -> onNext.run());
        back.addActionListener(e -> onBack.run());
        add(progress, "h 32!");
        // No minimum width: the heading fills the page's width, which is what it may fit in with larger text.
        add(title, "wmin 0");
        // hmin 0: however tall the content wants to be, Back and Next stay on the screen, and whole
        // (their row does not shrink: with larger text they are taller than their 80 px minimum).
        add(content, "hmin 0");
        // Empty (no height) without a problem to tell: a blank line would take room the content needs.
        add(problem, "wmin 0");
        JPanel buttons = new JPanel(new MigLayout("insets 0, hidemode 3", "[]16:push[]16[][]"));
        buttons.setOpaque(false);
        // At least these widths, wider when a label needs it: never a shortened "Chec…".
        buttons.add(back, "wmin 200, hmin 80");
        buttons.add(why, "wmin 0, growy");
        same.setName("kiosk." + name + ".same");
        same.getAccessibleContext().setAccessibleName("Same as last time");
        same.setVisible(false);
        same.addActionListener(e -> onSame.run());
        buttons.add(same, "hmin 80");
        buttons.add(next, "wmin 300, hmin 80");
        add(buttons, "growx");
    }

    void showProblem(String sentence) {
        problem.setText(sentence == null || sentence.isEmpty() ? "" : "<html>" + Html.escape(sentence) + "</html>");
    }

    /** What "Same as last time" does, on the steps that may offer it. */
    void onSameAsLastTime(Runnable action) {
        onSame = action;
    }

    void offerSame(boolean offered) {
        same.setVisible(offered);
    }

    void setNextVisible(boolean visible) {
        next.setVisible(visible);
    }

    /** Enables Next, or disables it and says {@code whyNot} beside it (and to a screen reader). */
    void setNextEnabled(boolean enabled, String whyNot) {
        next.setEnabled(enabled);
        // Wrapped, so on a narrow screen it takes two lines rather than being shortened.
        why.setText(enabled ? " " : "<html>" + Html.escape(whyNot) + "</html>");
        why.setVisible(!enabled);
        next.getAccessibleContext().setAccessibleDescription(enabled ? null : whyNot);
    }
}
