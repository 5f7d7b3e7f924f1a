package com.knead.app;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JOptionPane;

/**
 * Closing the desk quits all of Knead, the kiosk with it: the desk asks first, so a stray click on
 * the close button does not leave the waiting room without its check-in.
 */
final class AskBeforeQuitting {

    static final String QUIT = "Quit Knead";
    static final String KEEP = "Keep working";

    private AskBeforeQuitting() {
    }

    /** Asks over {@code desk}; true when the answer is to quit. */
    static boolean quit(Component desk) {
        JOptionPane question = new JOptionPane("Quit Knead? The kiosk closes too, and nobody can check in "
                + "until Knead is started again.", JOptionPane.QUESTION_MESSAGE, JOptionPane.YES_NO_OPTION, null,
                new Object[] {QUIT, KEEP}, KEEP);
        JDialog dialog = question.createDialog(desk, QUIT);
        dialog.setName("knead.quit");
        name(dialog, QUIT, "knead.quit.yes");
        name(dialog, KEEP, "knead.quit.keep");
        dialog.setVisible(true);
        dialog.dispose();
        return QUIT.equals(question.getValue());
    }

    /** Names the option button reading {@code text}, so tests (and screen readers) can find it. */
    static void name(Container in, String text, String name) {
        for (Component child : in.getComponents()) {
            if (child instanceof JButton button && text.equals(button.getText())) {
                button.setName(name);
            } else if (child instanceof Container inner) {
                name(inner, text, name);
            }
        }
    }
}
