package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.office.ListEditor;
import java.util.Collections;
import java.util.Objects;
import java.util.function.Function;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListSelectionModel;

/**
 * The list and the sentence of an office page that lists things and edits them (intake questions,
 * red-flag rules): the list read again keeps what was selected, and the sentence says the last change
 * or, styled as a problem, what was refused.
 */
final class EditedList<T> {

    private final DefaultListModel<T> model = new DefaultListModel<>();
    private final JList<T> list = new JList<>(model);
    private final JLabel said = new JLabel(" ");
    private final Function<T, String> key;

    /** {@code words}: how an item reads in the list; {@code key}: what stays the same when it is edited. */
    EditedList(String name, String spoken, int rows, Function<T, String> words, Function<T, String> key) {
        this.key = key;
        list.setName(name);
        said.setName(name.replaceFirst("\\..*", "") + ".said");
        list.getAccessibleContext().setAccessibleName(spoken);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(rows);
        list.setCellRenderer((l, item, index, selected, focus) -> {
            JLabel row = new JLabel(words.apply(item));
            row.setOpaque(true);
            row.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            row.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            return row;
        });
    }

    JList<T> list() {
        return list;
    }

    JLabel said() {
        return said;
    }

    /** A page's button, named for the tests and the accessibility tree. */
    static JButton button(String name, String words) {
        JButton button = new JButton(words);
        button.setName(name);
        return button;
    }

    /** Puts {@code buttons} on one row of {@code page}'s second column, and this list's sentence under them. */
    void actionsOn(JPanel page, JButton... buttons) {
        for (int i = 0; i < buttons.length; i++) {
            page.add(buttons[i], i == 0 ? "skip, split " + buttons.length : "");
        }
        page.add(said, "skip, wmax 460");
    }

    T selected() {
        return list.getSelectedValue();
    }

    void show(ListEditor.State<T> state) {
        if (!Collections.list(model.elements()).equals(state.items())) {
            String selected = list.getSelectedValue() == null ? null : key.apply(list.getSelectedValue());
            model.clear();
            state.items().forEach(model::addElement);
            for (int i = 0; i < model.size(); i++) {
                if (Objects.equals(key.apply(model.get(i)), selected)) {
                    list.setSelectedIndex(i);
                }
            }
        }
        style(said, state.problem() ? "deskProblem" : "deskDone");
        said.setText(state.sentence().isEmpty() ? " "
                : "<html>" + state.sentence().replace("&", "&amp;").replace("<", "&lt;") + "</html>");
    }

    void clear() {
        model.clear();
        said.setText(" ");
    }
}
