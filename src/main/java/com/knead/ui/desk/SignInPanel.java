package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.desk.SignInController;
import com.knead.control.desk.SignInState;
import com.knead.domain.StaffMember;
import com.knead.ui.common.Sentence;
import com.knead.ui.touch.TouchKeyboard;
import java.util.ArrayList;
import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JToggleButton;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

/**
 * The desk's sign-in card: a button per person who may take payments, then that person's PIN on
 * the number pad or the keyboard (Enter signs in). It draws {@link SignInController}'s state and
 * forwards the taps; the PIN is checked by the controller's use case, never here.
 */
final class SignInPanel extends JPanel {

    private final SignInController controller;
    private final JPanel names = new JPanel(new MigLayout("insets 0, gap 10, wrap 2", "[fill, 220]"));
    private final ButtonGroup nameGroup = new ButtonGroup();
    private final List<JToggleButton> nameButtons = new ArrayList<>();
    private final JLabel prompt = style(new JLabel(" "), "deskHeading");
    private final JPasswordField pin = new JPasswordField(8);
    private final JButton submit = style(new JButton("Sign in"), "deskPrimary");
    private final Sentence problem = new Sentence("deskProblem");
    private List<StaffMember> shownNames = List.of();
    private boolean rendering;

    SignInPanel(SignInController controller, String clinicName) {
        super(new MigLayout("insets 40, wrap 1, align center center", "[center, 460!]"));
        this.controller = controller;
        setName("desk.signInCard");
        names.setOpaque(false);
        pin.setName("signIn.pin");
        pin.getAccessibleContext().setAccessibleName("PIN");
        submit.setName("signIn.submit");
        problem.setName("signIn.problem");
        prompt.setName("signIn.prompt");
        add(style(new JLabel(clinicName + " · Front desk"), "deskHeading"));
        add(new JLabel("Who is at the desk? Tap your name, then type your PIN."), "gapbottom 12");
        add(names);
        add(prompt, "gaptop 16");
        add(pin, "w 200!, h 40!");
        TouchKeyboard pad = new TouchKeyboard(TouchKeyboard.Keys.DIGITS);
        pad.serve(pin);
        add(pad);
        add(submit, "w 200!");
        add(problem, "growx, wmin 0");
        pin.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                typed();
            }
        });
        pin.addActionListener(e -> controller.submit());
        submit.addActionListener(e -> controller.submit());
    }

    private void typed() {
        if (!rendering) {
            controller.pinTyped(new String(pin.getPassword()));
        }
    }

    void show(SignInState state) {
        rendering = true;
        try {
            if (!state.names().equals(shownNames)) {
                showNames(state.names());
            }
            for (int i = 0; i < shownNames.size(); i++) {
                StaffMember person = shownNames.get(i);
                nameButtons.get(i).setSelected(state.chosen().map(c -> c.id().equals(person.id())).orElse(false));
            }
            if (state.chosen().isEmpty()) {
                nameGroup.clearSelection();
            }
            if (state.pinLength() == 0 && pin.getPassword().length > 0) {
                pin.setText("");
            }
        } finally {
            rendering = false;
        }
        prompt.setText(state.prompt());
        boolean choosing = state.chosen().isPresent() && !state.checking();
        pin.setEnabled(choosing);
        submit.setEnabled(choosing && state.pinLength() > 0);
        problem.setText(state.problem());
        if (choosing && isShowing()) {
            pin.requestFocusInWindow();
        }
    }

    private void showNames(List<StaffMember> people) {
        names.removeAll();
        nameButtons.forEach(nameGroup::remove);
        nameButtons.clear();
        for (StaffMember member : people) {
            JToggleButton button = style(new JToggleButton(member.name()), "deskName");
            button.setName("signIn.name." + member.name());
            button.addActionListener(e -> controller.choose(member));
            nameGroup.add(button);
            nameButtons.add(button);
            names.add(button, "h 56!");
        }
        shownNames = people;
        names.revalidate();
        names.repaint();
    }
}
