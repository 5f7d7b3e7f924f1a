package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.IntakeAnswers;
import com.knead.domain.IntakeQuestion;
import com.knead.ui.touch.KeyboardDock;
import com.knead.ui.touch.OneChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/**
 * One section of the clinic's questions (about the pain, health, preferences), built from the
 * form in the database: big toggle buttons for choices and ticks, a text box with the on-screen
 * keyboard for typed answers.
 */
final class QuestionScreen {

    /** The widgets answering one question, and how to read and set them. */
    private interface Answer {
        String read();

        void set(String answer);
    }

    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final KeyboardDock keyboard = new KeyboardDock(true);
    private final KioskPage page;
    private final JPanel list = KioskScroll.list("[grow, fill]");

    QuestionScreen(IntakeQuestion.Section section, List<IntakeQuestion> questions, int step,
                   Consumer<Map<String, String>> onNext, Runnable onBack) {
        String key = section.name().toLowerCase();
        JScrollPane scroll = KioskScroll.of(list);
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1", "[grow, fill]", "[grow, fill][]"));
        content.setOpaque(false);
        content.add(scroll);
        content.add(keyboard, "hidemode 3, center, growx 0");
        page = new KioskPage(key, section.heading(), step, content, "Next", onBack, () -> onNext.accept(read()));
        build(questions);
    }

    /**
     * Asks {@code questions} from now on (the office changed the form): the answers already given to those
     * still asked stay, and the larger text stays as it is.
     */
    void ask(List<IntakeQuestion> questions) {
        Map<String, String> given = read();
        list.removeAll();
        answers.clear();
        build(questions);
        answers.forEach((code, answer) -> answer.set(given.getOrDefault(code, "")));
        LargerText.apply(list, Boolean.TRUE.equals(page.getClientProperty(LargerText.ON)));
        list.revalidate();
        list.repaint();
    }

    private void build(List<IntakeQuestion> questions) {
        JPanel ticks = null;
        for (IntakeQuestion question : questions) {
            if (question.kind() == IntakeQuestion.Kind.YES_NO) {
                if (ticks == null) {
                    // Two columns while the longest answer fits in half the width; one with larger text at 1024 px.
                    ticks = WrappingRow.columns(12, 200, 64, 2);
                    list.add(ticks);
                }
                JToggleButton tick = toggle(question.prompt(), "kiosk.q." + question.code(), question.prompt(), false);
                ticks.add(tick);
                answers.put(question.code(), new Answer() {
                    public String read() {
                        return tick.isSelected() ? IntakeQuestion.YES : "";
                    }

                    public void set(String answer) {
                        tick.setSelected(IntakeQuestion.YES.equals(answer));
                    }
                });
                continue;
            }
            ticks = null;
            list.add(style(new JLabel(question.prompt()), "kioskLabel"), "gaptop 12");
            if (question.kind() == IntakeQuestion.Kind.TEXT) {
                JTextField field = style(new JTextField(), "kioskField");
                field.setName("kiosk.q." + question.code());
                field.getAccessibleContext().setAccessibleName(question.prompt());
                // The dock lays the form out with the keyboard shown and scrolls this box into view above it.
                keyboard.serveLetters(field);
                list.add(field, "hmin 64");
                answers.put(question.code(), new Answer() {
                    public String read() {
                        return field.getText();
                    }

                    public void set(String answer) {
                        field.setText(answer);
                    }
                });
            } else {
                list.add(choices(question));
            }
        }
    }

    private JPanel choices(IntakeQuestion question) {
        JPanel row = WrappingRow.panel(12, 64);
        List<JToggleButton> buttons = new ArrayList<>();
        boolean one = question.kind() == IntakeQuestion.Kind.ONE;
        for (IntakeQuestion.Choice choice : question.choices()) {
            JToggleButton button = toggle(choice.label(), "kiosk.q." + question.code() + "." + choice.code(),
                    question.prompt() + ": " + choice.label(), one);
            if (one) {
                // One answer: tapping a choice clears the others (tapping it again clears it).
                button.addActionListener(e -> buttons.stream().filter(b -> b != button).forEach(b -> b.setSelected(false)));
            }
            buttons.add(button);
            row.add(button);
        }
        answers.put(question.code(), new Answer() {
            public String read() {
                List<String> picked = new ArrayList<>();
                for (int i = 0; i < buttons.size(); i++) {
                    if (buttons.get(i).isSelected()) {
                        picked.add(question.choices().get(i).code());
                    }
                }
                return String.join(",", picked);
            }

            public void set(String answer) {
                List<String> picked = IntakeAnswers.split(answer);
                for (int i = 0; i < buttons.size(); i++) {
                    buttons.get(i).setSelected(picked.contains(question.choices().get(i).code()));
                }
            }
        });
        return row;
    }

    /** A big toggle; {@code oneOf}: one of a set of which only one may be chosen (a radio button to a screen reader). */
    private static JToggleButton toggle(String label, String name, String spoken, boolean oneOf) {
        JToggleButton button = style(oneOf ? new OneChoice(label) : new JToggleButton(label), "kioskToggle");
        button.setName(name);
        button.getAccessibleContext().setAccessibleName(spoken);
        return button;
    }

    KioskPage page() {
        return page;
    }

    /** The answers of this section as shown now, by question code ("" for none). */
    Map<String, String> read() {
        Map<String, String> read = new LinkedHashMap<>();
        answers.forEach((code, answer) -> read.put(code, answer.read()));
        return read;
    }

    void fill(IntakeAnswers given) {
        answers.forEach((code, answer) -> answer.set(given.answer(code).orElse("")));
    }

    void clear() {
        fill(IntakeAnswers.NONE);
        page.showProblem("");
    }
}
