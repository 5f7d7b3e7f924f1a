package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.office.IntakeQuestionsController;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.IntakeQuestion.Kind;
import com.knead.domain.IntakeQuestion.Section;
import com.knead.domain.IntakeQuestionSetting;
import com.knead.domain.StaffMember;
import com.knead.usecase.IntakeQuestions;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Intake questions" tab: the kiosk's questions, reworded, hidden, their choices relabelled,
 * or a new one added. Past intakes keep the wording and choices they were asked with.
 */
final class IntakeQuestionsPage extends JPanel implements OfficePage {

    private final IntakeQuestionsController questions;
    private final EditedList<IntakeQuestionSetting> list = new EditedList<>("questions.list", "Intake questions", 10,
            kept -> kept.question().section().heading().replaceFirst(":.*", "") + "  —  " + kept.question().prompt()
                    + (kept.shown() ? "" : "  (hidden)"),
            kept -> kept.question().code());
    private final JTextField wording = new JTextField(40);
    private final JCheckBox shown = new JCheckBox("Shown on the kiosk's form");
    private final JComboBox<Section> section = new JComboBox<>(Section.values());
    private final JComboBox<Kind> kind = new JComboBox<>(Kind.values());
    private final JTextArea choices = new JTextArea(5, 40);

    IntakeQuestionsPage(IntakeQuestions intakeQuestions, Tasks tasks, Supplier<StaffMember> who) {
        super(new MigLayout("insets 12, wrap 2", "[right][left, grow]", ""));
        setName("office.questionsPage");
        questions = new IntakeQuestionsController(intakeQuestions, tasks, who, list::show);
        wording.setName("questions.wording");
        shown.setName("questions.shown");
        section.setName("questions.section");
        kind.setName("questions.kind");
        choices.setName("questions.choices");
        section.setRenderer(words(s -> ((Section) s).heading().replaceFirst(":.*", "")));
        kind.setRenderer(words(k -> switch ((Kind) k) {
            case ONE -> "One of the choices";
            case MANY -> "Any of the choices";
            case YES_NO -> "A tick if it applies";
            case TEXT -> "Typed words";
        }));
        add(style(new JLabel("Intake questions: what the kiosk asks each visitor"), "deskSubheading"), "span 2, left");
        add(new JScrollPane(list.list()), "span 2, growx, wmin 0");
        row("Question", wording);
        add(shown, "skip");
        row("On the screen", section);
        row("Answered by", kind);
        row("Choices, one a line", new JScrollPane(choices));
        add(style(new JLabel("<html>\"code = Label\" keeps a choice and its answers under its code with new words; "
                + "a line of words alone adds a choice.</html>"), "deskNote"), "skip, wmax 460");
        JButton keep = EditedList.button("questions.keep", "Keep this question");
        JButton keepChoices = EditedList.button("questions.keepChoices", "Keep these choices");
        JButton add = EditedList.button("questions.add", "Add as a new question");
        list.actionsOn(this, keep, keepChoices, add);
        list.list().addListSelectionListener(e -> {
            IntakeQuestionSetting chosen = list.selected();
            if (chosen != null) {
                IntakeQuestion question = chosen.question();
                wording.setText(question.prompt());
                shown.setSelected(chosen.shown());
                section.setSelectedItem(question.section());
                kind.setSelectedItem(question.kind());
                choices.setText(question.choices().stream().map(c -> c.code() + " = " + c.label())
                        .collect(Collectors.joining("\n")));
            }
        });
        keep.addActionListener(e -> questions.keep(code(), wording.getText(), shown.isSelected()));
        keepChoices.addActionListener(e -> questions.changeChoices(code(), choices.getText()));
        add.addActionListener(e -> questions.add((Section) section.getSelectedItem(), (Kind) kind.getSelectedItem(),
                wording.getText(), choices.getText()));
    }

    private String code() {
        IntakeQuestionSetting chosen = list.selected();
        return chosen == null ? null : chosen.question().code();
    }

    private static DefaultListCellRenderer words(java.util.function.Function<Object, String> said) {
        return new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                                                                   boolean focus) {
                return super.getListCellRendererComponent(l, value == null ? "" : said.apply(value), index, selected, focus);
            }
        };
    }

    private void row(String label, JComponent input) {
        JLabel words = new JLabel(label);
        JComponent named = input instanceof JScrollPane scroll ? (JComponent) scroll.getViewport().getView() : input;
        words.setLabelFor(named);
        named.getAccessibleContext().setAccessibleName(label);
        add(words);
        add(input, "growx");
    }

    @Override
    public String title() {
        return "Intake questions";
    }

    @Override
    public void opened() {
        questions.load();
    }

    @Override
    public void locked() {
        list.clear();
        wording.setText("");
        shown.setSelected(false);
        choices.setText("");
    }
}
