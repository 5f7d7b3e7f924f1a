package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.office.SettingsController;
import com.knead.control.office.SettingsState;
import com.knead.domain.Room;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/** The clinic's rooms on the Settings page: a list, a name, and add / rename / retire. */
final class RoomsEditor extends JPanel {

    private final DefaultListModel<Room> model = new DefaultListModel<>();
    private final JList<Room> list = new JList<>(model);
    private final JTextField name = new JTextField(12);
    private final JButton add = new JButton("Add room");
    private final JButton rename = new JButton("Rename");
    private final JButton retire = new JButton("Retire");
    private final JLabel done = style(new JLabel(" "), "deskDone");
    private final JLabel problem = style(new JLabel(" "), "deskProblem");

    RoomsEditor(SettingsController settings) {
        super(new MigLayout("insets 0, wrap 2", "[150!][]", "[][][][]"));
        list.setName("settings.rooms");
        name.setName("settings.roomName");
        add.setName("settings.addRoom");
        rename.setName("settings.renameRoom");
        retire.setName("settings.retireRoom");
        problem.setName("settings.roomsProblem");
        done.setName("settings.roomsDone");
        list.getAccessibleContext().setAccessibleName("Rooms");
        name.getAccessibleContext().setAccessibleName("Room name");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(5);
        list.setCellRenderer((l, room, index, selected, focus) -> {
            JLabel row = new JLabel(room.inUse() ? room.name() : room.name() + " (retired)");
            row.setOpaque(true);
            row.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            row.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            return row;
        });
        add(new JScrollPane(list), "spany 3, growy");
        add(name, "split 2");
        add(add);
        add(rename, "split 2");
        add(retire);
        add(new JLabel(""));
        add(done, "span 2, wmax 400");
        add(problem, "span 2, wmax 400");
        list.addListSelectionListener(e -> {
            Room chosen = list.getSelectedValue();
            if (chosen != null) {
                name.setText(chosen.name());
                retire.setText(chosen.inUse() ? "Retire" : "Bring back");
            }
        });
        add.addActionListener(e -> settings.addRoom(name.getText()));
        rename.addActionListener(e -> {
            Room chosen = list.getSelectedValue();
            if (chosen == null) {
                problem.setText("Choose a room in the list first.");
            } else {
                settings.renameRoom(chosen.id(), name.getText());
            }
        });
        retire.addActionListener(e -> {
            Room chosen = list.getSelectedValue();
            if (chosen == null) {
                problem.setText("Choose a room in the list first.");
            } else {
                settings.useRoom(chosen.id(), !chosen.inUse());
            }
        });
    }

    void show(SettingsState state) {
        List<Room> rooms = state.rooms();
        boolean changed = model.size() != rooms.size();
        for (int i = 0; !changed && i < rooms.size(); i++) {
            changed = !model.get(i).equals(rooms.get(i));
        }
        if (changed) {
            model.clear();
            rooms.forEach(model::addElement);
        }
        String said = state.done(SettingsState.Part.ROOMS);
        done.setText(said.isEmpty() ? " " : "<html>" + said.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
        String wrong = state.problem(SettingsState.Part.ROOMS);
        problem.setText(wrong.isEmpty() ? " " : "<html>" + wrong.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
        if (changed && !said.isEmpty()) {
            name.setText("");
        }
    }

    void forget() {
        model.clear();
        name.setText("");
        done.setText(" ");
        problem.setText(" ");
    }
}
