package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.office.StaffEditor;
import com.knead.domain.Approval;
import com.knead.domain.StaffRole;
import com.knead.usecase.OfficeServices;
import java.awt.Component;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Staff" tab: everyone who works or worked here, and an editor for the person chosen
 * (or someone new): name, role, deactivate or reactivate, their PIN and its lock. It draws the
 * {@link StaffEditor}'s state and passes on what is typed and pressed.
 */
final class StaffPage extends JPanel implements OfficePage {

    private final StaffEditor editor;
    private final StaffTableModel model = new StaffTableModel();
    private final JTable table = new JTable(model);
    private final JTextField name = new JTextField(24);
    private final JComboBox<StaffRole> role = new JComboBox<>(StaffRole.values());
    private final JButton newPerson = new JButton("New person");
    private final JButton save = style(new JButton("Add"), "deskPrimary");
    private final JButton activate = new JButton("Deactivate");
    private final JPasswordField currentPin = new JPasswordField(8);
    private final JPasswordField newPin = new JPasswordField(8);
    private final JPasswordField newPinAgain = new JPasswordField(8);
    private final JButton setPin = new JButton("Set PIN");
    private final JButton clearLock = new JButton("Clear PIN lock");
    private final JLabel heading = style(new JLabel("New person"), "deskHeading");
    private final JLabel note = new JLabel(" ");
    private final JLabel problem = style(new JLabel(" "), "deskProblem");
    private final JLabel pinProblem = style(new JLabel(" "), "deskProblem");
    private final JLabel done = style(new JLabel(" "), "deskDone");
    private boolean rendering;
    private int filled = -1;
    private boolean selectedActive;

    StaffPage(OfficeServices services, Supplier<Optional<Approval>> actor, Tasks tasks, Clock clock) {
        super(new MigLayout("insets 16, fill", "[45%, fill]24[55%, fill]", "[grow, fill]"));
        this.editor = new StaffEditor(services.staff(), services.pins(), actor, tasks, clock, this::render);
        setName("office.staffPage");
        name("office.staff.table", table);
        name("office.staff.name", name);
        name("office.staff.role", role);
        name("office.staff.new", newPerson);
        name("office.staff.save", save);
        name("office.staff.activate", activate);
        name("office.staff.currentPin", currentPin);
        name("office.staff.newPin", newPin);
        name("office.staff.newPinAgain", newPinAgain);
        name("office.staff.setPin", setPin);
        name("office.staff.clearLock", clearLock);
        name("office.staff.note", note);
        name("office.staff.problem", problem);
        name("office.staff.pinProblem", pinProblem);
        name("office.staff.done", done);
        role.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof StaffRole r ? r.words() : value,
                        index, selected, focus);
            }
        });
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!rendering && !e.getValueIsAdjusting() && table.getSelectedRow() >= 0) {
                editor.select(model.idAt(table.getSelectedRow()));
            }
        });
        add(new JScrollPane(table));
        add(editorPanel(), "top");
        newPerson.addActionListener(e -> editor.startNew());
        save.addActionListener(e -> editor.save(form()));
        activate.addActionListener(e -> {
            if (selectedActive) {
                editor.deactivate();
            } else {
                editor.reactivate();
            }
        });
        setPin.addActionListener(e -> editor.setPin(form()));
        clearLock.addActionListener(e -> editor.clearLock());
    }

    private JPanel editorPanel() {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 2", "[right][grow, fill]", ""));
        panel.add(heading, "span 2, left, split 2");
        panel.add(newPerson, "right, pushx");
        panel.add(note, "span 2, left");
        panel.add(labelFor("Name", name));
        panel.add(name);
        panel.add(labelFor("Role", role));
        panel.add(role);
        panel.add(save, "skip, left, split 2");
        panel.add(activate);
        panel.add(problem, "span 2, left, wmin 0");
        panel.add(new JSeparator(), "span 2, growx, gaptop 8");
        panel.add(style(new JLabel("PIN"), "deskHeading"), "span 2, left");
        panel.add(new JLabel("<html>To change your own PIN, type your current one; the owner may leave it empty.</html>"),
                "span 2, left, wmin 0");
        panel.add(labelFor("Current PIN", currentPin));
        panel.add(currentPin);
        panel.add(labelFor("New PIN (4 to 8 digits)", newPin));
        panel.add(newPin);
        panel.add(labelFor("New PIN again", newPinAgain));
        panel.add(newPinAgain);
        panel.add(setPin, "skip, left, split 2");
        panel.add(clearLock);
        panel.add(pinProblem, "span 2, left, wmin 0");
        panel.add(done, "span 2, left, wmin 0, gaptop 8");
        return panel;
    }

    @Override
    public String title() {
        return "Staff";
    }

    @Override
    public void opened() {
        editor.load();
    }

    @Override
    public void locked() {
        editor.forget();
    }

    private StaffEditor.Form form() {
        StaffEditor.Form form = new StaffEditor.Form(name.getText(), (StaffRole) role.getSelectedItem(),
                new String(currentPin.getPassword()), new String(newPin.getPassword()),
                new String(newPinAgain.getPassword()));
        // PINs never stay in the fields, whatever the answer.
        currentPin.setText("");
        newPin.setText("");
        newPinAgain.setText("");
        return form;
    }

    private void render(StaffEditor.State state) {
        rendering = true;
        try {
            model.show(state.rows());
            int row = state.selected().map(r -> model.rowOf(r.id())).orElse(-1);
            if (row < 0) {
                table.clearSelection();
            } else if (table.getSelectedRow() != row) {
                table.setRowSelectionInterval(row, row);
            }
        } finally {
            rendering = false;
        }
        if (state.edition() != filled) {
            filled = state.edition();
            name.setText(state.selected().map(StaffEditor.Row::name).orElse(""));
            role.setSelectedItem(state.selected().map(StaffEditor.Row::role).orElse(StaffRole.THERAPIST));
        }
        boolean adding = state.adding();
        selectedActive = state.selected().map(StaffEditor.Row::active).orElse(true);
        heading.setText(state.selected().map(StaffEditor.Row::name).orElse("New person"));
        save.setText(adding ? "Add" : "Save");
        activate.setText(selectedActive ? "Deactivate" : "Reactivate");
        boolean may = state.mayManage() && !state.busy();
        save.setEnabled(may);
        activate.setEnabled(may && !adding);
        currentPin.setEnabled(!adding);
        setPin.setEnabled(!adding && !state.busy());
        clearLock.setEnabled(may && state.selected().map(StaffEditor.Row::locked).orElse(false));
        note.setText(state.mayManage() || state.rows().isEmpty() ? " "
                : "Only the owner may change the staff list; you can change your own PIN.");
        problem.setText(html(state.problem()));
        pinProblem.setText(html(state.pinProblem()));
        done.setText(html(state.done()));
    }

    private static String html(String sentence) {
        return sentence.isEmpty() ? " " : "<html>" + sentence.replace("&", "&amp;").replace("<", "&lt;") + "</html>";
    }

    private static JLabel labelFor(String text, Component field) {
        JLabel label = new JLabel(text);
        label.setLabelFor(field);
        return label;
    }

    private static void name(String name, Component component) {
        component.setName(name);
    }
}
