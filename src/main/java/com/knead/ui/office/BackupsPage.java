package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;
import static com.knead.ui.office.PageParts.name;
import static com.knead.ui.office.PageParts.row;

import com.knead.control.office.RestoreController;
import com.knead.ui.common.Sentence;
import java.awt.Color;
import java.awt.Component;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Backups" tab: the backups in the backup folder, newest first, with their date and
 * size (or another file chosen by hand), the passphrase, Check this backup, and then the confirmation
 * saying what a restore does before it is done. It draws {@link RestoreController}'s state.
 */
final class BackupsPage extends JPanel implements OfficePage {

    private final RestoreController controller;
    private final JLabel folder = new JLabel(" ");
    private final DefaultListModel<RestoreController.Row> rows = new DefaultListModel<>();
    private final JList<RestoreController.Row> list = new JList<>(rows);
    private final JButton another = new JButton("Another file…");
    private final JLabel chosen = new JLabel(" ");
    private final JPasswordField passphrase = new JPasswordField(24);
    private final JButton check = style(new JButton("Check this backup"), "deskPrimary");
    private final Sentence problem = new Sentence("deskProblem");
    private final Sentence done = new Sentence("deskDone");
    private final JPanel confirmation = new JPanel(new MigLayout("insets 12, wrap 1", "[grow, fill]"));
    private final Sentence whatHappens = new Sentence("deskCaution");
    private final JButton restore = style(new JButton("Restore it and reopen Knead"), "deskPrimary");
    private final JButton cancel = new JButton("Cancel");
    /** Set while the list is filled from the state, so that filling it is not taken for a choice. */
    private boolean filling;

    BackupsPage(RestoreController controller) {
        super(new MigLayout("insets 24, wrap 2, hidemode 3", "[right][grow, fill]", "[][]16[][top][][][][][][]"));
        this.controller = controller;
        setName("office.backupsPage");
        name(folder, "office.backupFolder", "Backup folder");
        name(list, "office.backupList", "Backups, newest first");
        name(another, "office.backupAnother", "Another file");
        name(chosen, "office.backupChosen", "Chosen backup");
        name(passphrase, "office.backupPassphrase", "Backup passphrase");
        name(check, "office.backupCheck", "Check this backup");
        name(problem, "office.backupProblem", "Backup problem");
        name(done, "office.backupDone", "Backup");
        name(whatHappens, "office.backupConfirmation", "What restoring does");
        name(restore, "office.backupRestore", "Restore it and reopen Knead");
        name(cancel, "office.backupCancel", "Cancel");
        add(style(new JLabel("Backups"), "deskHeading"), "span 2, left");
        label("Backups go to", folder, folder, "wmin 0");
        add(style(new JLabel("Put a backup back"), "deskSubheading"), "span 2, left");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(8);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                                                          boolean focused) {
                Object words = value instanceof RestoreController.Row r ? r.words() : value;
                return super.getListCellRendererComponent(l, words, index, selected, focused);
            }
        });
        list.addListSelectionListener(e -> {
            if (!filling && !e.getValueIsAdjusting() && list.getSelectedValue() != null) {
                controller.choose(list.getSelectedValue().file());
            }
        });
        label("Backups, newest first", list, new JScrollPane(list), "w 640:640:, h 160:200:");
        add(another, "skip, left, growx 0");
        label("Chosen", chosen, chosen, "wmin 0");
        label("Passphrase", passphrase, row(passphrase, check), "left, growx 0");
        add(problem, "skip, wmin 0, w 640:640:");
        add(done, "skip, wmin 0, w 640:640:");
        confirmation.setName("office.backupConfirm");
        confirmation.setBorder(BorderFactory.createLineBorder(new Color(0x6b4a00), 2));
        confirmation.add(whatHappens, "wmin 0, w 600:600:");
        confirmation.add(row(restore, cancel));
        add(confirmation, "skip, growx 0");
        another.addActionListener(e -> chooseFile());
        check.addActionListener(e -> controller.check(passphrase.getPassword()));
        passphrase.addActionListener(e -> controller.check(passphrase.getPassword()));
        restore.addActionListener(e -> controller.confirm());
        cancel.addActionListener(e -> controller.cancel());
        controller.attach(this::show);
    }

    /** A row: {@code words} labelling {@code labelled}, which is shown inside {@code shown}. */
    private void label(String words, JComponent labelled, Component shown, String constraints) {
        JLabel label = new JLabel(words);
        label.setLabelFor(labelled);
        add(label, "top");
        add(shown, constraints);
    }

    private void chooseFile() {
        JFileChooser chooser = new JFileChooser(folder.getText().isBlank() ? null : folder.getText());
        chooser.setName("office.backupChooser");
        chooser.setFileFilter(new FileNameExtensionFilter("Knead backups (.kbak)", "kbak"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            list.clearSelection();
            controller.choose(chooser.getSelectedFile().toPath());
        }
    }

    @Override
    public String title() {
        return "Backups";
    }

    @Override
    public void opened() {
        controller.load();
    }

    @Override
    public void locked() {
        passphrase.setText("");
        controller.forget();
    }

    private void show(RestoreController.State state) {
        folder.setText(state.folder().isEmpty() ? " " : state.folder());
        if (!state.backups().equals(Collections.list(rows.elements()))) {
            filling = true;
            rows.clear();
            state.backups().forEach(rows::addElement);
            filling = false;
        }
        Path file = state.chosen().orElse(null);
        RestoreController.Row selected = list.getSelectedValue();
        if (selected != null && !Objects.equals(selected.file(), file)) {
            list.clearSelection();
        }
        chosen.setText(file == null ? "none yet: pick one above" : file.toString());
        check.setEnabled(state.canCheck());
        another.setEnabled(!state.restoring());
        list.setEnabled(!state.restoring() && !state.checking());
        if (state.confirming() || state.restoring() || state.problem().isEmpty() && state.checking()) {
            passphrase.setText("");
        }
        say(problem, state.problem());
        say(done, state.checking() ? "Checking the backup: the whole file is decrypted and opened…" : state.done());
        whatHappens.setText(state.confirmation().isEmpty() ? " " : state.confirmation());
        confirmation.setVisible(state.confirming() || state.restoring() && !state.confirmation().isEmpty());
        restore.setEnabled(state.confirming());
        cancel.setEnabled(state.confirming());
    }

    private static void say(Sentence sentence, String text) {
        sentence.setText(text.isEmpty() ? " " : text);
        sentence.setVisible(!text.isEmpty());
    }
}
