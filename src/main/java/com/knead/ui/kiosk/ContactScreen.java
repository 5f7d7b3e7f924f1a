package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.formdev.flatlaf.FlatClientProperties;
import com.knead.control.kiosk.TypedContact;
import com.knead.domain.ContactDetails;
import com.knead.ui.touch.KeyboardDock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
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
        addField(fields, "Email (you can leave it empty)", email, ContactDetails.Field.EMAIL);
        fields.add(style(new JLabel("Date of birth: day, month, year"), "kioskLabel"), "gaptop 6");
        fields.add(birth.panel(), "h 64!");
        fields.add(problems.get(ContactDetails.Field.BIRTH_DATE), "wmin 0");
        keyboard.serveLetters(name);
        keyboard.serveDigits(phone);
        keyboard.serveLetters(email);
        birth.serve(keyboard);

        JPanel content = new JPanel(new MigLayout("insets 0, gapx 32", "[grow, fill, 320::][]", "[grow, fill]"));
        content.setOpaque(false);
        content.add(KioskScroll.of(fields));
        content.add(keyboard, "top");
        page = new KioskPage("contact", "Tell us about you", 1, content, "Next", onBack,
                () -> onNext.accept(typed()));
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
        fields.add(field, "h 64!");
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
        private final JPanel panel = new JPanel(new MigLayout("insets 0, gapx 12", "[110!][130!][150!]"));

        BirthDateFields(String name) {
            day = box(name + ".day", "Day", "Day of birth");
            month = box(name + ".month", "Month", "Month of birth");
            year = box(name + ".year", "Year", "Year of birth");
            panel.setOpaque(false);
            panel.add(day, "growx, h 64!");
            panel.add(month, "growx, h 64!");
            panel.add(year, "growx, h 64!");
        }

        private static JTextField box(String name, String hint, String spoken) {
            JTextField box = field(name, spoken);
            box.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, hint);
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
}
