package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;

/**
 * Said when someone closes the kiosk's window: the check-in stays open for the next visitor while
 * Knead runs, and Knead is quit from the front desk.
 */
final class HowToLeave {

    static final String TEXT = "<html><p style='width:420px'>The check-in kiosk stays open while Knead runs, "
            + "ready for the next visitor. To quit Knead, close the front desk window; to put the kiosk aside, "
            + "minimise it.</p></html>";

    private HowToLeave() {
    }

    static void tell(Component kiosk) {
        JLabel text = style(new JLabel(TEXT), "kioskText");
        text.setName("kiosk.howToLeave.text");
        JOptionPane pane = new JOptionPane(text, JOptionPane.INFORMATION_MESSAGE, JOptionPane.DEFAULT_OPTION, null,
                new Object[] {"OK"}, "OK");
        JDialog dialog = pane.createDialog(kiosk, "The kiosk stays open");
        dialog.setName("kiosk.howToLeave");
        nameOk(dialog);
        dialog.setVisible(true);
        dialog.dispose();
    }

    private static void nameOk(Container in) {
        for (Component child : in.getComponents()) {
            if (child instanceof JButton button) {
                button.setName("kiosk.howToLeave.ok");
                button.getAccessibleContext().setAccessibleName("OK");
            } else if (child instanceof Container inner) {
                nameOk(inner);
            }
        }
    }
}
