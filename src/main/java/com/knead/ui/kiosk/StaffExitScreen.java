package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.StaffStore;
import com.knead.ui.common.Background;
import com.knead.ui.touch.KeyboardDock;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/**
 * Leaving kiosk mode: an owner or manager taps their name and types their PIN on the number pad.
 * The PIN is checked against that one person (a PIN alone identifies nobody), off the EDT.
 */
final class StaffExitScreen extends JPanel {

    private final JPanel names = new JPanel(new MigLayout("insets 0, gap 12"));
    private final JPasswordField pin = style(new JPasswordField(), "kioskField");
    private final JLabel problem = style(new JLabel(" "), "kioskProblem");
    private final JButton leave = style(new JButton("Leave kiosk mode"), "kioskPrimary");
    private final List<JToggleButton> nameButtons = new ArrayList<>();
    private final Runnable onLeave;
    private StaffStore staff;
    private List<StaffMember> allowed = List.of();

    StaffExitScreen(Runnable onLeave, Runnable onCancel) {
        super(new MigLayout("fill, insets 40, wrap 1", "[grow, fill]", "[][]12[]32[]push[]"));
        this.onLeave = onLeave;
        setName("kiosk.page.staff");
        pin.setName("kiosk.staff.pin");
        pin.getAccessibleContext().setAccessibleName("Staff PIN");
        problem.setName("kiosk.staff.problem");
        leave.setName("kiosk.staff.leave");
        leave.getAccessibleContext().setAccessibleName("Leave kiosk mode");
        leave.addActionListener(e -> check());
        JButton cancel = style(new JButton("Back to check-in"), "kioskSecondary");
        cancel.setName("kiosk.staff.cancel");
        cancel.getAccessibleContext().setAccessibleName("Back to check-in");
        cancel.addActionListener(e -> onCancel.run());
        names.setOpaque(false);
        KeyboardDock keypad = new KeyboardDock(false);
        keypad.serveDigits(pin);

        add(style(new JLabel("Staff only: leave kiosk mode"), "kioskHeading"));
        add(style(new JLabel("Who are you?"), "kioskLabel"));
        add(names);
        JPanel typing = new JPanel(new MigLayout("insets 0, gapx 48, wrap 2", "[360!][]", "[][][]"));
        typing.setOpaque(false);
        typing.add(style(new JLabel("Your PIN"), "kioskLabel"));
        typing.add(keypad, "spany 3, top");
        typing.add(pin, "h 64!, growx, top");
        typing.add(problem, "top, wmin 0");
        add(typing);
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[]push[]"));
        buttons.setOpaque(false);
        buttons.add(cancel, "h 80!");
        buttons.add(leave, "h 80!");
        add(buttons, "growx");
    }

    /** Shows the owners and managers (read off the EDT) and an empty PIN. */
    void start(StaffStore store) {
        staff = store;
        pin.setText("");
        problem.setText(" ");
        leave.setEnabled(false);
        Background.run(() -> store.active().stream()
                        .filter(m -> m.role() == StaffRole.OWNER || m.role() == StaffRole.MANAGER).toList(),
                this::showNames, problem::setText, "The staff list could not be read");
    }

    private void showNames(List<StaffMember> members) {
        allowed = members;
        names.removeAll();
        nameButtons.clear();
        for (StaffMember member : members) {
            JToggleButton button = style(new JToggleButton(member.name()), "kioskToggle");
            button.setName("kiosk.staff." + member.name());
            button.addActionListener(e -> {
                nameButtons.forEach(b -> b.setSelected(b == button));
                leave.setEnabled(true);
                pin.requestFocusInWindow();
            });
            nameButtons.add(button);
            names.add(button, "h 64!");
        }
        names.revalidate();
        names.repaint();
    }

    private void check() {
        StaffMember who = null;
        for (int i = 0; i < nameButtons.size(); i++) {
            if (nameButtons.get(i).isSelected()) {
                who = allowed.get(i);
            }
        }
        String typed = new String(pin.getPassword());
        pin.setText("");
        if (who == null || staff == null) {
            return;
        }
        StaffMember member = who;
        leave.setEnabled(false);
        // PIN hashes are slow on purpose, so checking one is worker work.
        Background.run(() -> member.unlocks(typed), matched -> {
            leave.setEnabled(true);
            if (matched) {
                problem.setText(" ");
                onLeave.run();
            } else {
                problem.setText("<html>That PIN is not right for " + Html.escape(member.name()) + ".</html>");
            }
        }, sentence -> {
            leave.setEnabled(true);
            problem.setText(sentence);
        }, "The PIN could not be checked");
    }
}
