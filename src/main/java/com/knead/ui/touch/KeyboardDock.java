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
    private boolean servesAny;
    private String showing = LETTERS;

    public KeyboardDock(boolean onlyWhileTyping) {
        this.onlyWhileTyping = onlyWhileTyping;
        setLayout(cards);
        setOpaque(false);
        add(letters, LETTERS);
        add(digits, DIGITS);
        setVisible(!onlyWhileTyping);
    }

    /** The letter keyboard types free text (capitalised as sentences) into {@code field} while it has the focus. */
    public void serveLetters(JTextComponent field) {
        serveLetters(field, TouchKeyboard.Capitals.SENTENCES);
    }

    /** The letter keyboard types into {@code field}, capitalised as {@code capitals} says, while it has the focus. */
    public void serveLetters(JTextComponent field, TouchKeyboard.Capitals capitals) {
        field.putClientProperty(TouchKeyboard.CAPITALS, capitals);
        serve(field, letters, LETTERS);
    }

    /**
     * The number pad types into {@code field} while it has the focus. The caret stays at the end: a
     * tap in the middle of a number must not make ⌫ delete a digit the visitor did not mean.
     */
    public void serveDigits(JTextComponent field) {
        field.setNavigationFilter(new AtTheEnd(field));
        serve(field, digits, DIGITS);
    }

    private void serve(JTextComponent field, TouchKeyboard keyboard, String card) {
        if (!servesAny) {
            // The keys of the first field show first: a PIN or phone screen opens on its number pad.
            show(card);
            servesAny = true;
        }
        keyboard.serve(field);
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                show(card);
                if (onlyWhileTyping) {
                    setVisible(true);
                    revalidate();
                }
                keepInSight(field);
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

    /**
     * Lays the window out now (the keyboard may just have taken room from the form) and scrolls the
     * field, with a little room above for its label, into view above the keyboard; and again each
     * time the list or its viewport changes size while the field has the focus (rows that wrap anew
     * in a narrower list, a scroll bar appearing), however late those layouts run.
     */
    private static void keepInSight(JTextComponent field) {
        // The root pane, not the window: a revalidate stops at the root pane, so the window is still "valid".
        javax.swing.JRootPane root = javax.swing.SwingUtilities.getRootPane(field);
        if (root != null) {
            root.validate();
        }
        scrollTo(field);
        javax.swing.JViewport viewport = (javax.swing.JViewport) javax.swing.SwingUtilities
                .getAncestorOfClass(javax.swing.JViewport.class, field);
        if (viewport != null && field.getClientProperty(KEPT_IN_SIGHT) == null) {
            field.putClientProperty(KEPT_IN_SIGHT, Boolean.TRUE);
            java.awt.event.ComponentListener resized = new java.awt.event.ComponentAdapter() {
                @Override
                public void componentResized(java.awt.event.ComponentEvent e) {
                    if (field.isFocusOwner()) {
                        scrollTo(field);
                        javax.swing.SwingUtilities.invokeLater(() -> scrollTo(field));
                    }
                }
            };
            viewport.addComponentListener(resized);
            if (viewport.getView() != null) {
                viewport.getView().addComponentListener(resized);
            }
        }
        javax.swing.SwingUtilities.invokeLater(() -> scrollTo(field));
    }

    /** Set on a field once its list keeps it in sight whenever it resizes. */
    private static final String KEPT_IN_SIGHT = "knead.keptInSight";

    /**
     * Asks the field's parent, not the field: a JTextField's own scrollRectToVisible only scrolls its
     * text sideways and never reaches the list around it.
     */
    private static void scrollTo(JTextComponent field) {
        if (field.getParent() instanceof javax.swing.JComponent parent) {
            // The field whole first: above the keyboard on a short screen there may be no room for its label too.
            parent.scrollRectToVisible(field.getBounds());
            parent.scrollRectToVisible(new java.awt.Rectangle(field.getX(), field.getY() - LABEL_ROOM,
                    field.getWidth(), field.getHeight() + LABEL_ROOM + 8));
            parent.scrollRectToVisible(field.getBounds());
        }
    }

    /** About one line of label above a field, brought into view with it. */
    private static final int LABEL_ROOM = 40;

    /** Keeps the caret at the end of the text, wherever the field is tapped. */
    private static final class AtTheEnd extends javax.swing.text.NavigationFilter {
        private final JTextComponent field;

        AtTheEnd(JTextComponent field) {
            this.field = field;
        }

        @Override
        public void setDot(FilterBypass fb, int dot, javax.swing.text.Position.Bias bias) {
            fb.setDot(field.getDocument().getLength(), bias);
        }

        @Override
        public void moveDot(FilterBypass fb, int dot, javax.swing.text.Position.Bias bias) {
            fb.setDot(field.getDocument().getLength(), bias);
        }
    }

    private void show(String card) {
        showing = card;
        cards.show(this, card);
        // The number pad is narrower than the letters: the form may now have room beside it.
        revalidate();
    }

    /** The size of the keys showing (not of the largest, as a card layout would say). */
    @Override
    public java.awt.Dimension getPreferredSize() {
        return (DIGITS.equals(showing) ? digits : letters).getPreferredSize();
    }

    /**
     * The keys showing need their whole size; the card layout's minimum would be the letters' even
     * under a number pad, and a form beside the pad would be pushed off a 1024 px screen.
     */
    @Override
    public java.awt.Dimension getMinimumSize() {
        return getPreferredSize();
    }

    /** Shows the keyboard for {@code field} and types into it, as if it had been tapped. */
    public void typeInto(JTextComponent field, boolean numbers) {
        show(numbers ? DIGITS : LETTERS);
        (numbers ? digits : letters).typeInto(field);
    }
}
