package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.office.IntakeQuestionsController;
import com.knead.domain.IntakeQuestionSetting;
import com.knead.domain.StaffMember;
import com.knead.usecase.IntakeQuestions;
import java.util.function.Supplier;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Intake questions" tab: the kiosk's questions, reworded or hidden. Past intakes keep the
 * wording they were asked in.
 */
final class IntakeQuestionsPage extends JPanel implements OfficePage {

    private final IntakeQuestionsController questions;
    private final DefaultListModel<IntakeQuestionSetting> model = new DefaultListModel<>();
    private final JList<IntakeQuestionSetting> list = new JList<>(model);
    private final JTextField wording = new JTextField(40);
    private final JCheckBox shown = new JCheckBox("Shown on the kiosk's form");
    private final JLabel said = new JLabel(" ");

    IntakeQuestionsPage(IntakeQuestions intakeQuestions, Tasks tasks, Supplier<StaffMember> who) {
        super(new MigLayout("insets 12, wrap 2", "[right][left, grow]", ""));
        setName("office.questionsPage");
        questions = new IntakeQuestionsController(intakeQuestions, tasks, who, this::show);
        list.setName("questions.list");
        wording.setName("questions.wording");
        shown.setName("questions.shown");
        said.setName("questions.said");
        list.getAccessibleContext().setAccessibleName("Intake questions");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(12);
        list.setCellRenderer((l, kept, index, selected, focus) -> {
            JLabel row = new JLabel(kept.question().section().heading().replaceFirst(":.*", "") + "  —  "
                    + kept.question().prompt() + (kept.shown() ? "" : "  (hidden)"));
            row.setOpaque(true);
            row.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            row.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            return row;
        });
        add(style(new JLabel("Intake questions: what the kiosk asks each visitor"), "deskSubheading"), "span 2, left");
        add(new JScrollPane(list), "span 2, growx, wmin 0");
        JLabel words = new JLabel("Question");
        words.setLabelFor(wording);
        wording.getAccessibleContext().setAccessibleName("Question");
        add(words);
        add(wording);
        add(shown, "skip");
        JButton keep = new JButton("Keep this question");
        keep.setName("questions.keep");
        add(keep, "skip");
        add(said, "skip, wmax 460");
        list.addListSelectionListener(e -> {
            IntakeQuestionSetting chosen = list.getSelectedValue();
            if (chosen != null) {
                wording.setText(chosen.question().prompt());
                shown.setSelected(chosen.shown());
            }
        });
        keep.addActionListener(e -> {
            IntakeQuestionSetting chosen = list.getSelectedValue();
            questions.keep(chosen == null ? null : chosen.question().code(), wording.getText(), shown.isSelected());
        });
    }

    private void show(IntakeQuestionsController.State state) {
        if (!java.util.Collections.list(model.elements()).equals(state.questions())) {
            String selected = list.getSelectedValue() == null ? null : list.getSelectedValue().question().code();
            model.clear();
            state.questions().forEach(model::addElement);
            for (int i = 0; i < model.size(); i++) {
                if (model.get(i).question().code().equals(selected)) {
                    list.setSelectedIndex(i);
                }
            }
        }
        style(said, state.problem() ? "deskProblem" : "deskDone");
        said.setText(state.sentence().isEmpty() ? " "
                : "<html>" + state.sentence().replace("&", "&amp;").replace("<", "&lt;") + "</html>");
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
        model.clear();
        wording.setText("");
        shown.setSelected(false);
        said.setText(" ");
    }
}
