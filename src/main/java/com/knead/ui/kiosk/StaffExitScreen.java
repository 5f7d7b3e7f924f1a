package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.kiosk.KioskState;
import com.knead.domain.StaffMember;
import com.knead.ui.touch.KeyboardDock;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/**
 * Leaving kiosk mode: an owner or manager taps their name and types their PIN on the number pad.
 * Who may leave, who is chosen and what went wrong come from the flow; this only shows them.
 */
final class StaffExitScreen extends JPanel {

    private final JPanel names = new JPanel(new MigLayout("insets 0, gap 12"));
    private final JPasswordField pin = style(new JPasswordField(), "kioskField");
    private final JLabel problem = style(new JLabel(" "), "kioskProblem");
    private final JButton leave = style(new JButton("Leave kiosk mode"), "kioskPrimary");
    // Above the buttons, wrapping: beside them, with larger text on a 1024 px screen, it had no room.
    private final JLabel why = style(new JLabel("<html>" + WHY + "</html>"), "kioskText");
    private static final String WHY = "Tap your name first";
    private final Consumer<StaffMember> onChosen;
    private List<StaffMember> shown = List.of();
    private List<JToggleButton> nameButtons = List.of();

    StaffExitScreen(Consumer<StaffMember> onChosen, Consumer<String> onLeave, Runnable onCancel) {
        super(new MigLayout("fill, insets 40, wrap 1, hidemode 3", "[grow, fill]", "[][]12[]32[]push[][]"));
        this.onChosen = onChosen;
        setName("kiosk.page.staff");
        getAccessibleContext().setAccessibleName("Staff only: leave kiosk mode");
        pin.setName("kiosk.staff.pin");
        pin.getAccessibleContext().setAccessibleName("Staff PIN");
        problem.setName("kiosk.staff.problem");
        leave.setName("kiosk.staff.leave");
        leave.getAccessibleContext().setAccessibleName("Leave kiosk mode");
        why.setName("kiosk.staff.leave.why");
        leave.addActionListener(e -> {
            String typed = new String(pin.getPassword());
            pin.setText("");
            onLeave.accept(typed);
        });
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
        // At least 64 px high, taller with larger text (its 42 pt would not fit in 64 px).
        typing.add(pin, "hmin 64, growx, top");
        typing.add(problem, "top, wmin 0");
        add(typing);
        why.setHorizontalAlignment(JLabel.RIGHT);
        add(why, "wmin 0");
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[]push[]"));
        buttons.setOpaque(false);
        buttons.add(cancel, "hmin 80");
        buttons.add(leave, "hmin 80");
        add(buttons, "growx");
    }

    /** An empty PIN, for the staff member who just asked. */
    void start() {
        pin.setText("");
    }

    void show(KioskState.StaffChoice staff, String sentence) {
        if (!staff.allowed().equals(shown)) {
            showNames(staff.allowed());
        }
        for (int i = 0; i < nameButtons.size(); i++) {
            nameButtons.get(i).setSelected(staff.chosen().filter(shown.get(i)::equals).isPresent());
        }
        leave.setEnabled(staff.canLeave());
        // Disabled says why in words too, beside it and to a screen reader.
        why.setVisible(!staff.canLeave());
        leave.getAccessibleContext().setAccessibleDescription(staff.canLeave() ? null : WHY);
        problem.setText(sentence.isEmpty() ? " " : "<html>" + Html.escape(sentence) + "</html>");
    }

    private void showNames(List<StaffMember> members) {
        shown = members;
        names.removeAll();
        nameButtons = new java.util.ArrayList<>();
        for (StaffMember member : members) {
            JToggleButton button = style(new JToggleButton(member.name()), "kioskToggle");
            button.setName("kiosk.staff." + member.name());
            button.addActionListener(e -> {
                onChosen.accept(member);
                pin.requestFocusInWindow();
            });
            nameButtons.add(button);
            names.add(button, "hmin 64");
        }
        names.revalidate();
        names.repaint();
    }
}
