package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.office.AuditViewer;
import com.knead.domain.Approval;
import com.knead.domain.StaffMember;
import com.knead.ui.common.StaffRenderer;
import com.knead.usecase.OfficeServices;
import java.awt.Component;
import java.io.File;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Audit" tab: what was logged between two days, newest first, narrowed to a place, an
 * action or a staff member, and "Export CSV…" of what is shown. It draws the {@link AuditViewer}'s state.
 */
final class AuditPage extends JPanel implements OfficePage {

    private final AuditViewer viewer;
    private final AuditTableModel model;
    private final JTextField from = new JTextField(10);
    private final JTextField to = new JTextField(10);
    private final JComboBox<String> place = new JComboBox<>();
    private final JComboBox<String> action = new JComboBox<>();
    private final JComboBox<StaffMember> staff = new JComboBox<>();
    private final JButton show = style(new JButton("Show"), "deskPrimary");
    private final JButton export = new JButton("Export CSV…");
    private final JLabel dayProblem = style(new JLabel(" "), "deskProblem");
    private final JLabel problem = style(new JLabel(" "), "deskProblem");
    private final JLabel done = style(new JLabel(" "), "deskDone");
    private final JLabel count = new JLabel(" ");
    private AuditViewer.State shown;

    AuditPage(OfficeServices services, Supplier<Optional<Approval>> actor, Tasks tasks, Clock clock) {
        super(new MigLayout("insets 16, wrap 1, fill", "[grow, fill]", "[][][][grow, fill][]"));
        this.model = new AuditTableModel(services.audit().zone().getId());
        this.viewer = new AuditViewer(services.audit(), services.export(), actor, tasks, clock, this::render);
        setName("office.auditPage");
        from.setName("office.audit.from");
        to.setName("office.audit.to");
        place.setName("office.audit.place");
        action.setName("office.audit.action");
        staff.setName("office.audit.staff");
        show.setName("office.audit.show");
        export.setName("office.audit.export");
        dayProblem.setName("office.audit.dayProblem");
        problem.setName("office.audit.problem");
        done.setName("office.audit.done");
        count.setName("office.audit.count");
        place.setRenderer(anyAs("any place"));
        action.setRenderer(anyAs("any action"));
        staff.setRenderer(new StaffRenderer("anyone"));
        JTable table = new JTable(model);
        table.setName("office.audit.table");
        table.setAutoCreateRowSorter(false);
        table.getColumnModel().getColumn(0).setPreferredWidth(170);
        table.getColumnModel().getColumn(6).setPreferredWidth(320);

        JPanel filters = new JPanel(new MigLayout("insets 0", "[][]16[][]16[]8[]8[]16[]push[]", ""));
        filters.add(labelFor("From", from));
        filters.add(from);
        filters.add(labelFor("to", to));
        filters.add(to);
        filters.add(place, "wmin 120");
        filters.add(action, "wmin 150");
        filters.add(staff, "wmin 150");
        filters.add(show);
        filters.add(export);
        add(filters);
        add(dayProblem, "wmin 0");
        add(count);
        add(new JScrollPane(table));
        add(problem, "wmin 0, split 2, flowy");
        add(done, "wmin 0");
        show.addActionListener(e -> viewer.search(filters()));
        export.addActionListener(e -> export());
    }

    @Override
    public String title() {
        return "Audit";
    }

    @Override
    public void opened() {
        viewer.open();
    }

    @Override
    public void locked() {
        viewer.forget();
    }

    private AuditViewer.Filters filters() {
        return new AuditViewer.Filters(from.getText(), to.getText(), (String) place.getSelectedItem(),
                (String) action.getSelectedItem(), (StaffMember) staff.getSelectedItem());
    }

    private void export() {
        AuditViewer.Filters typed = filters();
        JFileChooser chooser = new JFileChooser();
        chooser.setName("office.audit.saveAs");
        chooser.setDialogTitle("Export the audit log as CSV");
        chooser.setSelectedFile(new File("audit-" + typed.from().strip() + "-to-" + typed.to().strip() + ".csv"));
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            viewer.export(typed, chooser.getSelectedFile().toPath());
        }
    }

    private void render(AuditViewer.State state) {
        if (shown == null || !state.filters().equals(shown.filters())) {
            from.setText(state.filters().from());
            to.setText(state.filters().to());
        }
        if (shown == null || !state.choices().equals(shown.choices())) {
            choices(place, state.choices().places(), state.filters().place());
            choices(action, state.choices().actions(), state.filters().action());
            List<StaffMember> people = new ArrayList<>();
            people.add(null);
            people.addAll(state.choices().staff());
            StaffMember was = (StaffMember) staff.getSelectedItem();
            staff.setModel(new DefaultComboBoxModel<>(people.toArray(StaffMember[]::new)));
            people.stream().filter(m -> m != null && was != null && m.id().equals(was.id())).findFirst()
                    .ifPresent(staff::setSelectedItem);
        }
        shown = state;
        model.show(state.lines());
        count.setText(state.lines().size() + (state.lines().size() == 1 ? " entry" : " entries") + ", newest first");
        show.setEnabled(!state.busy());
        export.setEnabled(!state.busy());
        dayProblem.setText(state.dayProblem().isEmpty() ? " " : state.dayProblem());
        problem.setText(state.problem().isEmpty() ? " " : state.problem());
        done.setText(state.done().isEmpty() ? " " : state.done());
    }

    private static void choices(JComboBox<String> box, List<String> values, String chosen) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(values);
        box.setModel(new DefaultComboBoxModel<>(all.toArray(String[]::new)));
        box.setSelectedItem(chosen != null && all.contains(chosen) ? chosen : "");
    }

    private static DefaultListCellRenderer anyAs(String placeholder) {
        return new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                Object text = value == null || "".equals(value) ? placeholder : value;
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        };
    }

    private static JLabel labelFor(String text, Component field) {
        JLabel label = new JLabel(text);
        label.setLabelFor(field);
        return label;
    }
}
