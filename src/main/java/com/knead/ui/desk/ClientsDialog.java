package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.desk.ClientsController;
import com.knead.domain.SessionNote;
import com.knead.ui.common.Sentence;
import com.knead.usecase.ClientServices;
import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * The desk's client window: find a client by name, phone or date of birth, read their record, write
 * a session note (quick choices first, free text after) and sign it with the PIN of whoever is signed
 * in, and add an addendum to a signed note. A signed note shows read-only; asking to change it says
 * why it cannot be. The rules are {@link ClientsController}'s; this only shows its state.
 */
final class ClientsDialog extends JDialog {

    private static final DateTimeFormatter SIGNED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final ClientsController controller;
    private final ZoneId zone;
    private final JTextField search = new JTextField(14);
    private final JButton find = style(new JButton("Find"), "deskPrimary");
    private final DefaultListModel<String> foundModel = new DefaultListModel<>();
    private final JList<String> found = new JList<>(foundModel);
    private final JTextArea record = new JTextArea(20, 44);
    private final DefaultListModel<SessionNote> notesModel = new DefaultListModel<>();
    private final JList<SessionNote> notes = new JList<>(notesModel);
    private final JTextArea noteText = new JTextArea(2, 40);
    private final SessionNoteForm form = new SessionNoteForm("clients");
    private final JPasswordField pin = new JPasswordField(6);
    private final JButton sign = style(new JButton("Sign note"), "deskPrimary");
    private final JButton addendum = new JButton("Sign as addendum");
    private final JButton change = new JButton("Change the chosen note");
    private final Sentence sentence = new Sentence("deskProblem");
    private final JButton merge = new JButton("Merge two records…");
    private List<ClientServices.Found> shownFound = List.of();

    ClientsDialog(Window owner, ClientsController controller, ZoneId zone, boolean touchMode) {
        super(owner, "Clients", ModalityType.MODELESS);
        this.controller = controller;
        this.zone = zone;
        setName("desk.clientsDialog");
        name();
        record.setEditable(false);
        record.setLineWrap(true);
        record.setWrapStyleWord(true);
        noteText.setEditable(false);
        noteText.setLineWrap(true);
        noteText.setWrapStyleWord(true);
        found.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        notes.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        notes.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                SessionNote n = (SessionNote) value;
                String label = (n.isAddendum() ? "   Addendum · " : "Note · ") + SIGNED.format(n.signedAt().atZone(zone))
                        + " · " + n.signedBy().staffName() + " · locked";
                return super.getListCellRendererComponent(list, label, index, selected, focus);
            }
        });
        JScrollPane window = new JScrollPane(layOut());
        window.setBorder(null);
        window.getVerticalScrollBar().setUnitIncrement(16);
        setContentPane(window);
        search.addActionListener(e -> controller.find(search.getText()));
        find.addActionListener(e -> controller.find(search.getText()));
        found.addListSelectionListener(e -> {
            int i = found.getSelectedIndex();
            if (!e.getValueIsAdjusting() && i >= 0 && i < shownFound.size()) {
                controller.open(shownFound.get(i).clientId());
            }
        });
        notes.addListSelectionListener(e -> showNote(notes.getSelectedValue()));
        sign.addActionListener(e -> controller.sign(form.draft(), TypedPin.take(pin)));
        addendum.addActionListener(e -> controller.addendum(notes.getSelectedValue() == null ? null
                : notes.getSelectedValue().id(), form.draft().text(), TypedPin.take(pin)));
        change.addActionListener(e -> controller.change(notes.getSelectedValue()));
        controller.attach(this::show);
        if (touchMode) {
            form.touchMode(pin);
        }
        pack();
        // Never taller or wider than the screen (1366×768 at the counter): the form scrolls instead.
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(getWidth(), screen.width), Math.min(getHeight(), screen.height));
        setLocationRelativeTo(owner);
    }

    private void name() {
        search.setName("clients.search");
        find.setName("clients.find");
        found.setName("clients.found");
        record.setName("clients.record");
        notes.setName("clients.notes");
        noteText.setName("clients.noteText");
        pin.setName("clients.pin");
        sign.setName("clients.sign");
        addendum.setName("clients.addendum");
        change.setName("clients.change");
        merge.setName("clients.merge");
        sentence.setName("clients.sentence");
    }

    private JPanel layOut() {
        // The record on the left, whole; the notes and the note being written on the right (1366×768 and
        // 1280×800 show both without scrolling).
        JPanel content = new JPanel(new MigLayout("insets 10 12 8 12, wrap 2, gap 16 4", "[420:440:640, fill][grow, fill]",
                "[][][][grow, fill][]"));
        content.add(search, "split 3, growx");
        content.add(find);
        content.add(merge);
        content.add(new JLabel("Signed notes"));
        content.add(new JScrollPane(found), "hmin 80, h 80:100");
        content.add(new JScrollPane(notes), "hmin 56, h 56:80");
        content.add(new JLabel("The record (read as whoever is signed in at the desk)"));
        content.add(new JScrollPane(noteText), "hmin 44");
        content.add(new JScrollPane(record), "grow, hmin 300");
        content.add(form, "top");
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 8"));
        buttons.add(new JLabel("Your PIN"));
        buttons.add(pin);
        buttons.add(sign);
        buttons.add(addendum);
        buttons.add(change);
        content.add(sentence, "growx, wmin 0, hmin 40");
        content.add(buttons, "growx 0");
        return content;
    }

    /** The clinic's modalities, the note's techniques to choose from. */
    void techniques(List<String> names) {
        form.techniques(names);
    }

    /** Says why the techniques could not be read (the record and notes still work). */
    void techniquesProblem(String sentence) {
        this.sentence.setText(sentence);
    }

    /** What "Merge two records…" opens: the managers' merge screen. */
    void onMerge(Runnable open) {
        merge.addActionListener(e -> open.run());
    }

    private void showNote(SessionNote note) {
        noteText.setText(note == null ? "" : (note.isAddendum() ? "" : note.areasInWords() + "\n") + note.text()
                + (note.plan().isEmpty() ? "" : "\n" + note.plan()) + "\n" + note.signature(zone) + " · locked");
        noteText.setCaretPosition(0);
    }

    private void show(ClientsController.State state) {
        List<ClientServices.Found> nowFound = state.found();
        if (!nowFound.equals(shownFound)) {
            shownFound = nowFound;
            foundModel.clear();
            nowFound.forEach(f -> foundModel.addElement(f.line()));
        }
        String text = String.join("\n", state.rows());
        if (!record.getText().equals(text)) {
            record.setText(text);
            record.setCaretPosition(0);
        }
        if (!List.of(notesModel.toArray()).equals(state.notes())) {
            notesModel.clear();
            state.notes().forEach(notesModel::addElement);
            form.clear();
            showNote(null);
        }
        setTitle(state.title().isEmpty() ? "Clients" : "Clients · " + state.title());
        boolean open = state.open().isPresent() && !state.busy();
        sign.setEnabled(open);
        addendum.setEnabled(open);
        change.setEnabled(open);
        find.setEnabled(!state.busy());
        sentence.setText(state.sentence());
    }
}
