package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** A heading, a few kind sentences and one or two big buttons: the kiosk's in-between screens. */
final class MessageScreen extends JPanel {

    private final JLabel heading = style(new JLabel(" "), "kioskHeading");
    private final JLabel text = style(new JLabel(" "), "kioskText");

    MessageScreen(String name, String firstLabel, Runnable onFirst, String secondLabel, Runnable onSecond) {
        super(new MigLayout("fill, insets 32, wrap 1", "[center, grow]", "push[]24[]48[]push"));
        setName("kiosk.page." + name);
        heading.setName("kiosk." + name + ".heading");
        text.setName("kiosk." + name + ".text");
        add(heading);
        add(text, "wmin 0, w 80%!");
        // At least 380 px, wider when the label needs it ("Yes, something changed" is wider); side by
        // side while they fit, one above the other when not (larger text on a 1024 px screen).
        JPanel buttons = WrappingRow.centred(32, 380, 96);
        buttons.add(button(name + ".first", firstLabel, onFirst));
        if (secondLabel != null) {
            buttons.add(button(name + ".second", secondLabel, onSecond));
        }
        add(buttons, "growx, wmin 0");
    }

    private static JButton button(String name, String label, Runnable action) {
        JButton button = style(new JButton(label), "kioskPrimary");
        button.setName("kiosk." + name);
        button.getAccessibleContext().setAccessibleName(label);
        button.addActionListener(e -> action.run());
        return button;
    }

    void say(String headingText, String sentences) {
        heading.setText(headingText);
        // Read as the focus comes to this screen; none while the screen is blank.
        getAccessibleContext().setAccessibleName(headingText.isBlank() ? null : headingText);
        text.setText("<html><div style='text-align:center'>" + Html.escape(sentences) + "</div></html>");
    }
}
