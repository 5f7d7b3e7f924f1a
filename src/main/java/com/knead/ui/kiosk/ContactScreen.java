package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.formdev.flatlaf.FlatClientProperties;
import com.knead.control.kiosk.TypedContact;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.ui.touch.KeyboardDock;
import com.knead.ui.touch.TouchKeyboard;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.text.AbstractDocument;
import net.miginfocom.swing.MigLayout;

/**
 * Who the visitor is: name, phone, email (optional) and date of birth, each with its problem (if
 * any) right under it; the on-screen keyboard beside them switches to a number pad for numbers.
 */
final class ContactScreen {

    private final JTextField name = field("kiosk.name", "Your name");
    private final JTextField phone = field("kiosk.phone", "Phone number");
    private final JTextField email = field("kiosk.email", "Email, if you like");
    private final BirthDateFields birth = new BirthDateFields("kiosk.birth");
    private final Map<ContactDetails.Field, JLabel> problems = new EnumMap<>(ContactDetails.Field.class);
    private final KeyboardDock keyboard = new KeyboardDock(false);
    private final KioskPage page;

    ContactScreen(java.util.function.Consumer<TypedContact> onNext, Runnable onBack) {
        JPanel fields = KioskScroll.list("[grow, fill]");
        for (ContactDetails.Field f : ContactDetails.Field.values()) {
            JLabel problem = style(new JLabel(" "), "kioskProblem");
            problem.setName("kiosk.problem." + f.name().toLowerCase());
            problems.put(f, problem);
        }
        addField(fields, "Your name", name, ContactDetails.Field.NAME);
        addField(fields, "Phone number", phone, ContactDetails.Field.PHONE);
        addField(fields, "Email, if you like", email, ContactDetails.Field.EMAIL);
        fields.add(style(new JLabel("Date of birth"), "kioskLabel"), "gaptop 6");
        fields.add(birth.panel(), "hmin 64");
        fields.add(problems.get(ContactDetails.Field.BIRTH_DATE), "wmin 0");
        keyboard.serveLetters(name, TouchKeyboard.Capitals.WORDS);
        keyboard.serveDigits(phone);
        keyboard.serveLetters(email, TouchKeyboard.Capitals.NONE);
        birth.serve(keyboard);
        for (JTextField typed : new JTextField[] {name, phone, email, birth.day, birth.month, birth.year}) {
            typed.getDocument().addDocumentListener(new Edited(this::recheck));
        }

        // The date boxes need about 440 px: beside the keyboard on a wide screen, over it on a narrow one.
        FormWithKeys content = new FormWithKeys(KioskScroll.of(fields), keyboard, 460);
        page = new KioskPage("contact", "Tell us about you", 1, content, "Next", onBack,
                () -> onNext.accept(typed()));
    }

    /** As the visitor corrects an answer, its problem goes (no new ones appear before Next). */
    private void recheck() {
        TypedContact now = typed();
        List<ContactDetails.Problem> still = ClientDetails.check(now.name(), now.phone(), now.email(), now.day(),
                now.month(), now.year(), LocalDate.now());
        problems.forEach((field, label) -> {
            if (" ".equals(label.getText())) {
                return;
            }
            still.stream().filter(p -> p.field() == field).findFirst().ifPresentOrElse(
                    p -> label.setText("<html>" + Html.escape(p.sentence()) + "</html>"), () -> label.setText(" "));
        });
        long shown = problems.values().stream().filter(label -> !" ".equals(label.getText())).count();
        page.showProblem(summary(shown));
    }

    private static String summary(long problemsShown) {
        return problemsShown > 1 ? problemsShown + " answers need another look; each says why under it." : "";
    }

    private static JTextField field(String name, String spoken) {
        JTextField field = style(new JTextField(), "kioskField");
        field.setName(name);
        field.getAccessibleContext().setAccessibleName(spoken);
        return field;
    }

    private void addField(JPanel fields, String label, JTextField field, ContactDetails.Field which) {
        JLabel title = style(new JLabel(label), "kioskLabel");
        title.setLabelFor(field);
        fields.add(title, "gaptop 6");
        fields.add(field, "hmin 64");
        fields.add(problems.get(which), "wmin 0");
    }

    KioskPage page() {
        return page;
    }

    TypedContact typed() {
        return new TypedContact(name.getText(), phone.getText(), email.getText(), birth.day(), birth.month(),
                birth.year());
    }

    void showProblems(List<ContactDetails.Problem> found) {
        problems.values().forEach(label -> label.setText(" "));
        for (ContactDetails.Problem problem : found) {
            problems.get(problem.field()).setText("<html>" + Html.escape(problem.sentence()) + "</html>");
        }
        // Every problem at once, each under its field; the line above Next counts them, since on a
        // small screen only the first may be in view.
        page.showProblem(summary(found.size()));
        if (!found.isEmpty()) {
            // Once the problems are laid out, bring the first one into view.
            JLabel first = problems.get(found.get(0).field());
            javax.swing.SwingUtilities.invokeLater(() -> first.scrollRectToVisible(
                    new java.awt.Rectangle(0, -120, first.getWidth(), first.getHeight() + 120)));
        }
    }

    void fill(TypedContact given) {
        name.setText(given.name());
        phone.setText(given.phone());
        email.setText(given.email());
        birth.fill(given.day(), given.month(), given.year());
    }

    void start() {
        name.requestFocusInWindow();
        keyboard.typeInto(name, false);
    }

    void clear() {
        for (JTextField field : new JTextField[] {name, phone, email}) {
            field.setText("");
        }
        birth.fill("", "", "");
        showProblems(List.of());
        page.showProblem("");
    }

    /** Day, month and year in three small number boxes: no format to guess, no ambiguity. */
    static final class BirthDateFields {
        private final JTextField day;
        private final JTextField month;
        private final JTextField year;
        private final JPanel panel = new JPanel(new MigLayout("insets 0, gapx 12", "[96:pref][120:pref][140:pref]"));

        BirthDateFields(String name) {
            day = box(name + ".day", "Day", "Day of birth", 2);
            month = box(name + ".month", "Month", "Month of birth", 2);
            year = box(name + ".year", "Year", "Year of birth", 4);
            panel.setOpaque(false);
            panel.add(day, "growx, hmin 64");
            panel.add(month, "growx, hmin 64");
            panel.add(year, "growx, hmin 64");
            // Typed on the number pad, a full day moves on to the month, a full month to the year.
            day.putClientProperty(TouchKeyboard.WHEN_FULL, new TouchKeyboard.WhenFull(2, month));
            month.putClientProperty(TouchKeyboard.WHEN_FULL, new TouchKeyboard.WhenFull(2, year));
        }

        private static JTextField box(String name, String hint, String spoken, int digits) {
            JTextField box = field(name, spoken);
            box.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, hint);
            ((AbstractDocument) box.getDocument()).setDocumentFilter(new Digits(digits));
            return box;
        }

        JPanel panel() {
            return panel;
        }

        void serve(KeyboardDock keyboard) {
            keyboard.serveDigits(day);
            keyboard.serveDigits(month);
            keyboard.serveDigits(year);
        }

        String day() {
            return day.getText();
        }

        String month() {
            return month.getText();
        }

        String year() {
            return year.getText();
        }

        void fill(String d, String m, String y) {
            day.setText(d);
            month.setText(m);
            year.setText(y);
        }
    }

    /** Runs an action after every change to a field's text. */
    private record Edited(Runnable action) implements javax.swing.event.DocumentListener {
        public void insertUpdate(javax.swing.event.DocumentEvent e) {
            action.run();
        }

        public void removeUpdate(javax.swing.event.DocumentEvent e) {
            action.run();
        }

        public void changedUpdate(javax.swing.event.DocumentEvent e) {
        }
    }

    /** A date box takes digits only, and no more than its part of a date has (a year has four). */
    private static final class Digits extends javax.swing.text.DocumentFilter {
        private final int most;

        Digits(int most) {
            this.most = most;
        }

        @Override
        public void insertString(FilterBypass fb, int at, String text, javax.swing.text.AttributeSet a)
                throws javax.swing.text.BadLocationException {
            replace(fb, at, 0, text, a);
        }

        @Override
        public void replace(FilterBypass fb, int at, int length, String text, javax.swing.text.AttributeSet a)
                throws javax.swing.text.BadLocationException {
            String digits = text == null ? "" : text.replaceAll("\\D", "");
            int room = most - (fb.getDocument().getLength() - length);
            fb.replace(at, length, digits.substring(0, Math.max(0, Math.min(room, digits.length()))), a);
        }
    }
}
