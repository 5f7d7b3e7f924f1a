package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.desk.MergeController;
import com.knead.domain.StaffMember;
import com.knead.ui.common.Sentence;
import com.knead.usecase.ClientServices;
import java.awt.Window;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * Two records of the same person, merged by a manager or the owner: find them, mark the one to keep
 * and the one to merge into it, say why and approve with a PIN; the records merged into the kept one
 * are listed to separate again. Every visit, sale and intake stays where it was recorded. The rules
 * are {@link MergeController}'s and its use case's; this shows its state.
 */
final class MergeDialog extends JDialog {

    private final JTextField search = new JTextField(22);
    private final JButton find = new JButton("Find");
    private final DefaultListModel<ClientServices.Found> foundModel = new DefaultListModel<>();
    private final JList<ClientServices.Found> found = new JList<>(foundModel);
    private final JButton keep = new JButton("Keep this record");
    private final JButton mergeAway = new JButton("Merge this one into it");
    private final JLabel kept = style(new JLabel(" "), "deskSubheading");
    private final JLabel merged = style(new JLabel(" "), "deskSubheading");
    private final JTextField reason = new JTextField(30);
    private final JComboBox<StaffMember> approver = new JComboBox<>();
    private final JPasswordField pin = new JPasswordField(6);
    private final JButton merge = style(new JButton("Merge"), "deskPrimary");
    private final DefaultListModel<ClientServices.Found> undoModel = new DefaultListModel<>();
    private final JList<ClientServices.Found> undoable = new JList<>(undoModel);
    private final JButton undo = new JButton("Separate the chosen record again");
    private final Sentence sentence = new Sentence("deskProblem");
    private MergeController.State shown;

    MergeDialog(Window owner, MergeController controller) {
        super(owner, "Merge two records of one client", ModalityType.MODELESS);
        setName("desk.mergeDialog");
        search.setName("merge.search");
        find.setName("merge.find");
        found.setName("merge.found");
        keep.setName("merge.keep");
        mergeAway.setName("merge.mergeAway");
        kept.setName("merge.kept");
        merged.setName("merge.merged");
        reason.setName("merge.reason");
        approver.setName("merge.approver");
        pin.setName("merge.pin");
        merge.setName("merge.merge");
        undoable.setName("merge.undoable");
        undo.setName("merge.undo");
        sentence.setName("merge.sentence");
        found.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        undoable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        DefaultListCellRenderer lines = new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object shownAs = value instanceof ClientServices.Found f ? f.line()
                        : value instanceof StaffMember m ? m.name() : value;
                return super.getListCellRendererComponent(list, shownAs, index, selected, focus);
            }
        };
        found.setCellRenderer(lines);
        undoable.setCellRenderer(lines);
        approver.setRenderer(lines);
        setContentPane(layOut());
        search.addActionListener(e -> controller.find(search.getText()));
        find.addActionListener(e -> controller.find(search.getText()));
        keep.addActionListener(e -> {
            if (found.getSelectedValue() != null) {
                controller.keep(found.getSelectedValue());
            }
        });
        mergeAway.addActionListener(e -> {
            if (found.getSelectedValue() != null) {
                controller.mergeAway(found.getSelectedValue());
            }
        });
        merge.addActionListener(e -> controller.merge(reason.getText(), (StaffMember) approver.getSelectedItem(),
                TypedPin.take(pin)));
        undo.addActionListener(e -> controller.undo(undoable.getSelectedValue(), reason.getText(),
                (StaffMember) approver.getSelectedItem(), TypedPin.take(pin)));
        controller.attach(this::show);
        pack();
        setLocationRelativeTo(owner);
        controller.start();
    }

    private JPanel layOut() {
        JPanel content = new JPanel(new MigLayout("insets 16, wrap 2, gapy 8", "[right][grow, fill, 560:640:]", ""));
        content.add(new JLabel("Find"));
        content.add(search, "split 2, growx");
        content.add(find, "growx 0");
        content.add(new JLabel("Records found"), "top");
        content.add(new JScrollPane(found), "hmin 110, h 110:140");
        JPanel choose = new JPanel(new MigLayout("insets 0, gap 8"));
        choose.add(keep);
        choose.add(mergeAway);
        content.add(choose, "skip, growx 0");
        content.add(new JLabel("Keep"));
        content.add(kept, "wmin 0");
        content.add(new JLabel("Merge into it"));
        content.add(merged, "wmin 0");
        content.add(new JLabel("Why"));
        content.add(reason);
        content.add(new JLabel("Approved by"));
        content.add(approver, "split 4, growx");
        content.add(new JLabel("PIN"), "growx 0");
        content.add(pin, "growx 0");
        content.add(merge, "growx 0");
        content.add(new JLabel("Merged into it"), "top");
        content.add(new JScrollPane(undoable), "hmin 60, h 60:80");
        content.add(undo, "skip, growx 0");
        content.add(sentence, "span 2, growx, wmin 0, hmin 72");
        return content;
    }

    private void show(MergeController.State state) {
        MergeController.State before = shown;
        shown = state;
        if (!List.of(foundModel.toArray()).equals(state.found())) {
            foundModel.clear();
            state.found().forEach(foundModel::addElement);
        }
        if (!List.of(undoModel.toArray()).equals(state.undoable())) {
            undoModel.clear();
            state.undoable().forEach(undoModel::addElement);
        }
        if (before == null || !before.mergers().equals(state.mergers())) {
            approver.removeAllItems();
            state.mergers().forEach(approver::addItem);
        }
        kept.setText(state.kept().map(ClientServices.Found::line).orElse("Choose a record above, then Keep this record"));
        merged.setText(state.merged().map(ClientServices.Found::line).orElse("Choose the other record, then Merge this one into it"));
        boolean idle = !state.busy();
        find.setEnabled(idle);
        merge.setEnabled(idle && state.kept().isPresent() && state.merged().isPresent());
        undo.setEnabled(idle && !state.undoable().isEmpty());
        sentence.setText(state.sentence());
    }
}
