package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.kiosk.TypedLookup;
import com.knead.ui.touch.KeyboardDock;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * A returning visitor finds their last intake with their phone number and date of birth, typed on
 * the number pad. When nothing matches it says so the same way whatever was wrong, and offers to
 * continue as a new visitor.
 */
final class ReturningScreen {

    private final JTextField phone = style(new JTextField(), "kioskField");
    private final ContactScreen.BirthDateFields birth = new ContactScreen.BirthDateFields("kiosk.returning.birth");
    private final KeyboardDock keypad = new KeyboardDock(false);
    private final JButton asNew = style(new JButton("Continue as new"), "kioskSecondary");
    private final KioskPage page;

    ReturningScreen(java.util.function.Consumer<TypedLookup> onFind,
                    java.util.function.Consumer<TypedLookup> onContinueAsNew,
                    Runnable onBack) {
        phone.setName("kiosk.returning.phone");
        phone.getAccessibleContext().setAccessibleName("Phone number");
        asNew.setName("kiosk.returning.asNew");
        asNew.getAccessibleContext().setAccessibleName("Continue as new");
        asNew.setVisible(false);
        asNew.addActionListener(e -> onContinueAsNew.accept(typed()));
        keypad.serveDigits(phone);
        birth.serve(keypad);

        JPanel fields = new JPanel(new MigLayout("insets 0, wrap 1", "[grow, fill]"));
        fields.setOpaque(false);
        JLabel phoneLabel = style(new JLabel("Your phone number"), "kioskLabel");
        phoneLabel.setLabelFor(phone);
        fields.add(phoneLabel);
        fields.add(phone, "hmin 64");
        fields.add(style(new JLabel("Date of birth"), "kioskLabel"), "gaptop 16");
        fields.add(birth.panel(), "hmin 64");
        fields.add(style(new JLabel("<html>We only use these to find your last visit. "
                + "We never show anyone's name here.</html>"), "kioskText"), "gaptop 16, wmin 0");
        fields.add(asNew, "gaptop 16, h 80!, growx 0");
        JPanel content = new JPanel(new MigLayout("insets 0, gapx 48", "[grow, fill, 320::][]", "[top]"));
        content.setOpaque(false);
        content.add(fields);
        content.add(keypad);
        page = new KioskPage("returning", "Welcome back", 0, content, "Find me", onBack, () -> onFind.accept(typed()));
    }

    KioskPage page() {
        return page;
    }

    TypedLookup typed() {
        return new TypedLookup(phone.getText(), birth.day(), birth.month(), birth.year());
    }

    void start() {
        phone.requestFocusInWindow();
        keypad.typeInto(phone, true);
    }

    /** Tells the visitor what went wrong; {@code offerNew} shows "Continue as new". */
    void showProblem(String sentence, boolean offerNew) {
        page.showProblem(sentence);
        asNew.setVisible(offerNew);
    }

    void clear() {
        phone.setText("");
        birth.fill("", "", "");
        showProblem("", false);
    }
}
