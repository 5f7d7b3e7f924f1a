package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.office.RedFlagRulesController;
import com.knead.domain.RedFlagSetting;
import com.knead.domain.StaffMember;
import com.knead.usecase.RedFlagRules;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Red flags" tab: which intake answers flag a visit. A rule is tried on sample answers
 * before it is kept; one that cannot be read is refused in a sentence.
 */
final class RedFlagRulesPage extends JPanel implements OfficePage {

    private final RedFlagRulesController rules;
    private final EditedList<RedFlagSetting> list = new EditedList<>("redFlags.rules", "Red-flag rules", 6,
            kept -> kept.rule().reason() + "  —  " + kept.rule().whenAll() + (kept.inUse() ? "" : "  (retired)"),
            kept -> kept.rule().code());
    private final JTextField code = field("redFlags.code", 18);
    private final JTextField reason = field("redFlags.reason", 34);
    private final JTextField when = field("redFlags.when", 34);
    private final JTextField sample = field("redFlags.sample", 34);
    private final JButton retire = EditedList.button("redFlags.retire", "Retire");

    RedFlagRulesPage(RedFlagRules redFlags, Tasks tasks, Supplier<StaffMember> who) {
        super(new MigLayout("insets 12, wrap 2", "[right][left, grow]", ""));
        setName("office.redFlagsPage");
        rules = new RedFlagRulesController(redFlags, tasks, who, list::show);
        add(style(new JLabel("Red flags: answers that ask the visitor to speak with the desk"), "deskSubheading"),
                "span 2, left");
        add(new JScrollPane(list.list()), "span 2, growx, wmin 0");
        row("Code", code);
        row("Why (the therapist reads it)", reason);
        row("When all of these hold", when);
        add(style(new JLabel("<html>question=answer (e.g. fever=yes), pain>=7, region=LOWER_BACK,HIPS_GLUTES; "
                + "separated by \";\"</html>"), "deskNote"), "skip, wmax 460");
        row("Sample answers", sample);
        JButton preview = EditedList.button("redFlags.preview", "Try it on the sample");
        JButton keep = EditedList.button("redFlags.keep", "Keep this rule");
        list.actionsOn(this, preview, keep, retire);
        list.list().addListSelectionListener(e -> {
            RedFlagSetting chosen = list.selected();
            if (chosen != null) {
                code.setText(chosen.rule().code());
                reason.setText(chosen.rule().reason());
                when.setText(chosen.rule().whenAll());
                retire.setText(chosen.inUse() ? "Retire" : "Bring back");
            }
        });
        preview.addActionListener(e -> rules.preview(when.getText(), sample.getText()));
        keep.addActionListener(e -> rules.keep(code.getText(), reason.getText(), when.getText()));
        retire.addActionListener(e -> {
            RedFlagSetting chosen = list.selected();
            if (chosen != null) {
                rules.use(chosen.rule().code(), !chosen.inUse());
            }
        });
    }

    private static JTextField field(String name, int columns) {
        JTextField field = new JTextField(columns);
        field.setName(name);
        return field;
    }

    private void row(String label, JTextField input) {
        JLabel words = new JLabel(label);
        words.setLabelFor(input);
        input.getAccessibleContext().setAccessibleName(label);
        add(words);
        add(input);
    }

    @Override
    public String title() {
        return "Red flags";
    }

    @Override
    public void opened() {
        rules.load();
    }

    @Override
    public void locked() {
        list.clear();
        code.setText("");
        reason.setText("");
        when.setText("");
        sample.setText("");
    }
}
