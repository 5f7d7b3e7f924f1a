package com.knead.ui.touch;

import static com.knead.ui.common.Theme.style;

import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;

/**
 * The kiosk's own keyboard: no physical keyboard is assumed. It types into the text field that
 * last had the focus; its keys never take the focus themselves. Letters are capitalised as the
 * field asks ({@link Capitals}: each word of a name, the first letter of a sentence of free text,
 * nothing in an email); "Aa" switches that for the next letter.
 */
public final class TouchKeyboard extends JPanel {

    /** Which keys it shows. */
    public enum Keys { LETTERS, DIGITS }

    /** Where a field's letters start with a capital: "Ada Lovelace", "First visit", "ada@example.com". */
    public enum Capitals { WORDS, SENTENCES, NONE }

    /**
     * The client property of a field that is full at a length, and whose next field the keys then
     * type into (a day of birth's two digits, then the month): a {@link WhenFull}. Only typing on
     * these keys moves on, so Tab on a physical keyboard still goes where it is expected to.
     */
    public static final String WHEN_FULL = "knead.whenFull";

    /** Full at {@code length} characters; then the focus moves to {@code next}. */
    public record WhenFull(int length, JTextComponent next) {
    }

    /** The client property a field keeps its {@link Capitals} in; free text (sentences) when absent. */
    public static final String CAPITALS = "knead.capitals";

    private static final String[] LETTER_ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM-.@"};
    private static final String[] DIGIT_ROWS = {"123", "456", "789"};

    private JTextComponent target;
    private boolean flipCase;

    public TouchKeyboard(Keys keys) {
        super(new MigLayout("insets 0, gap 6, wrap 1", "[center]"));
        setOpaque(false);
        getAccessibleContext().setAccessibleName(keys == Keys.LETTERS ? "On-screen keyboard" : "Number pad");
        String[] rows = keys == Keys.LETTERS ? LETTER_ROWS : DIGIT_ROWS;
        for (String row : rows) {
            JPanel line = row();
            for (char c : row.toCharArray()) {
                line.add(key(String.valueOf(c), "key." + c, spoken(c), () -> type(c)), "w 64!, h 64!");
            }
            add(line);
        }
        JPanel last = row();
        if (keys == Keys.LETTERS) {
            last.add(key("Aa", "key.shift", "Capital or small letter", () -> flipCase = !flipCase), "w 96!, h 64!");
            last.add(key("Space", "key.space", "Space", () -> insert(" ")), "w 380!, h 64!");
            last.add(key("⌫", "key.delete", "Delete the last letter", this::delete), "w 150!, h 64!");
        } else {
            last.add(key("0", "key.0", "0", () -> type('0')), "w 134!, h 64!");
            last.add(key("⌫", "key.delete", "Delete the last digit", this::delete), "w 64!, h 64!");
        }
        add(last);
    }

    /** Makes the keyboard type into {@code field} whenever that field has the focus. */
    public void serve(JTextComponent field) {
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                target = field;
            }
        });
        if (target == null) {
            target = field;
        }
    }

    /** Types into {@code field} from now on. */
    public void typeInto(JTextComponent field) {
        target = field;
    }

    private static JPanel row() {
        JPanel row = new JPanel(new MigLayout("insets 0, gap 6"));
        row.setOpaque(false);
        return row;
    }

    private JButton key(String label, String name, String spokenName, Runnable action) {
        JButton key = style(new JButton(label), "kioskKey");
        key.setName(name);
        key.setFocusable(false);
        key.getAccessibleContext().setAccessibleName(spokenName);
        key.addActionListener(e -> action.run());
        return key;
    }

    private static String spoken(char c) {
        return switch (c) {
            case '\'' -> "Apostrophe";
            case '-' -> "Dash";
            case '.' -> "Full stop";
            case '@' -> "At sign";
            default -> Character.isLetter(c) ? "Letter " + c : String.valueOf(c);
        };
    }

    private void type(char c) {
        if (!Character.isLetter(c)) {
            insert(String.valueOf(c));
            return;
        }
        boolean capital = startOfWord() != flipCase;
        flipCase = false;
        insert(String.valueOf(capital ? Character.toUpperCase(c) : Character.toLowerCase(c)));
    }

    private boolean startOfWord() {
        if (target == null) {
            return false;
        }
        Object asked = target.getClientProperty(CAPITALS);
        Capitals capitals = asked instanceof Capitals c ? c : Capitals.SENTENCES;
        int caret = target.getCaretPosition();
        String before = target.getText().substring(0, caret);
        return switch (capitals) {
            case NONE -> false;
            case WORDS -> before.isEmpty() || Character.isWhitespace(before.charAt(caret - 1))
                    || before.charAt(caret - 1) == '-';
            // Free text is written as a sentence: "First visit", not "First Visit".
            case SENTENCES -> before.isBlank() || before.stripTrailing().matches("(?s).*[.!?]")
                    && Character.isWhitespace(before.charAt(caret - 1));
        };
    }

    private void insert(String text) {
        if (target != null && target.isEditable()) {
            target.replaceSelection(text);
            if (target.getClientProperty(WHEN_FULL) instanceof WhenFull full
                    && target.getDocument().getLength() >= full.length() && full.next().isShowing()) {
                // The focus moves (and a screen reader says where to); the next key goes there already.
                target = full.next();
                full.next().requestFocusInWindow();
            }
        }
    }

    private void delete() {
        if (target == null || !target.isEditable()) {
            return;
        }
        int start = target.getSelectionStart();
        int end = target.getSelectionEnd();
        try {
            if (start != end) {
                target.getDocument().remove(start, end - start);
            } else if (start > 0) {
                int before = target.getText().offsetByCodePoints(start, -1);
                target.getDocument().remove(before, start - before);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("The caret is outside the text", e);
        }
    }
}
