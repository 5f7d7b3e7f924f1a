package com.knead.ui.touch;

import java.awt.CardLayout;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import javax.swing.JPanel;
import javax.swing.text.JTextComponent;

/**
 * Where the on-screen keyboard sits: the letter keyboard for a text field, the number pad for a
 * number field, switched as the visitor taps from field to field. Either it is always shown, or
 * (under a form with only the odd text answer) only while one of its fields has the focus.
 */
public final class KeyboardDock extends JPanel {

    private static final String LETTERS = "letters";
    private static final String DIGITS = "digits";
    private final CardLayout cards = new CardLayout();
    private final TouchKeyboard letters = new TouchKeyboard(TouchKeyboard.Keys.LETTERS);
    private final TouchKeyboard digits = new TouchKeyboard(TouchKeyboard.Keys.DIGITS);
    private final boolean onlyWhileTyping;

    public KeyboardDock(boolean onlyWhileTyping) {
        this.onlyWhileTyping = onlyWhileTyping;
        setLayout(cards);
        setOpaque(false);
        add(letters, LETTERS);
        add(digits, DIGITS);
        setVisible(!onlyWhileTyping);
    }

    /** The letter keyboard types into {@code field} while it has the focus. */
    public void serveLetters(JTextComponent field) {
        serve(field, letters, LETTERS);
    }

    /** The number pad types into {@code field} while it has the focus. */
    public void serveDigits(JTextComponent field) {
        serve(field, digits, DIGITS);
    }

    private void serve(JTextComponent field, TouchKeyboard keyboard, String card) {
        keyboard.serve(field);
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                cards.show(KeyboardDock.this, card);
                if (onlyWhileTyping) {
                    setVisible(true);
                    revalidate();
                }
            }

            @Override
            public void focusLost(FocusEvent e) {
                if (onlyWhileTyping && !e.isTemporary()) {
                    setVisible(false);
                    revalidate();
                }
            }
        });
    }

    /** Shows the keyboard for {@code field} and types into it, as if it had been tapped. */
    public void typeInto(JTextComponent field, boolean numbers) {
        cards.show(this, numbers ? DIGITS : LETTERS);
        (numbers ? digits : letters).typeInto(field);
    }
}
