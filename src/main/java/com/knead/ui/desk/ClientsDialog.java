package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.desk.ClientsController;
import com.knead.domain.BodyRegion;
import com.knead.domain.Pressure;
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
import javax.swing.JComboBox;
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
    private static final String NO_PLAN = "No plan";

    private final ClientsController controller;
    private final ZoneId zone;
    private final JTextField search = new JTextField(22);
    private final JButton find = style(new JButton("Find"), "deskPrimary");
    private final DefaultListModel<String> foundModel = new DefaultListModel<>();
    private final JList<String> found = new JList<>(foundModel);
    private final JTextArea record = new JTextArea(12, 60);
    private final DefaultListModel<SessionNote> notesModel = new DefaultListModel<>();
    private final JList<SessionNote> notes = new JList<>(notesModel);
    private final JTextArea noteText = new JTextArea(4, 40);
    private final JList<BodyRegion> areas = new JList<>(BodyRegion.values());
    private final JTextField techniques = new JTextField(24);
    private final JComboBox<Object> pressure = new JComboBox<>();
    private final JTextField response = new JTextField(24);
    private final JTextField advice = new JTextField(24);
    private final JComboBox<String> plan = new JComboBox<>();
    private final JTextArea freeText = new JTextArea(3, 40);
    private final JPasswordField pin = new JPasswordField(6);
    private final JButton sign = style(new JButton("Sign note"), "deskPrimary");
    private final JButton addendum = new JButton("Sign as addendum to the chosen note");
    private final JButton change = new JButton("Change the chosen note");
    private final Sentence sentence = new Sentence("deskProblem");
    private final JButton merge = new JButton("Merge two records…");
    private List<ClientServices.Found> shownFound = List.of();

    ClientsDialog(Window owner, ClientsController controller, ZoneId zone) {
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
        freeText.setLineWrap(true);
        freeText.setWrapStyleWord(true);
        found.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        notes.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        areas.setVisibleRowCount(5);
        pressure.addItem("—");
        for (Pressure p : Pressure.values()) {
            pressure.addItem(p);
        }
        DefaultListCellRenderer labels = new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object shown = value instanceof Pressure p ? p.label() : value instanceof BodyRegion r ? r.label() : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        };
        pressure.setRenderer(labels);
        areas.setCellRenderer(labels);
        plan.addItem(NO_PLAN);
        for (int weeks = 1; weeks <= 8; weeks++) {
            plan.addItem("Rebook in " + weeks + (weeks == 1 ? " week" : " weeks"));
        }
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
        sign.addActionListener(e -> controller.sign(draft(), typedPin()));
        addendum.addActionListener(e -> controller.addendum(notes.getSelectedValue() == null ? null
                : notes.getSelectedValue().id(), freeText.getText(), typedPin()));
        change.addActionListener(e -> controller.change(notes.getSelectedValue()));
        controller.attach(this::show);
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
        areas.setName("clients.areas");
        techniques.setName("clients.techniques");
        pressure.setName("clients.pressure");
        response.setName("clients.response");
        advice.setName("clients.advice");
        plan.setName("clients.plan");
        freeText.setName("clients.freeText");
        pin.setName("clients.pin");
        sign.setName("clients.sign");
        addendum.setName("clients.addendum");
        change.setName("clients.change");
        merge.setName("clients.merge");
        sentence.setName("clients.sentence");
    }

    private JPanel layOut() {
        JPanel content = new JPanel(new MigLayout("insets 16, wrap 2, fill", "[300!][grow, fill]", "[][grow, fill][]"));
        content.add(search, "split 2, growx");
        content.add(find);
        content.add(merge, "split 2, growx 0");
        content.add(new JLabel("The record (read as whoever is signed in at the desk)"));
        content.add(new JScrollPane(found), "grow, hmin 200");
        content.add(new JScrollPane(record), "grow");
        JPanel notePart = new JPanel(new MigLayout("insets 0, wrap 2", "[right][grow, fill]", ""));
        notePart.add(new JLabel("Signed notes"), "top");
        notePart.add(new JScrollPane(notes), "hmin 70");
        notePart.add(new JLabel("Chosen note"), "top");
        notePart.add(new JScrollPane(noteText));
        notePart.add(new JLabel("Areas worked"), "top");
        notePart.add(new JScrollPane(areas));
        notePart.add(new JLabel("Techniques"));
        notePart.add(techniques);
        notePart.add(new JLabel("Pressure"));
        notePart.add(pressure);
        notePart.add(new JLabel("Client's response"));
        notePart.add(response);
        notePart.add(new JLabel("Advice given"));
        notePart.add(advice);
        notePart.add(new JLabel("Plan"));
        notePart.add(plan);
        notePart.add(new JLabel("Free text / addendum"), "top");
        notePart.add(new JScrollPane(freeText));
        notePart.add(new JLabel("Your PIN"));
        notePart.add(pin, "split 4, growx 0");
        notePart.add(sign);
        notePart.add(addendum);
        notePart.add(change);
        content.add(notePart, "span 2, growx");
        content.add(sentence, "span 2, growx, wmin 0");
        return content;
    }

    /** What "Merge two records…" opens: the managers' merge screen. */
    void onMerge(Runnable open) {
        merge.addActionListener(e -> open.run());
    }

    private SessionNote.Draft draft() {
        List<String> used = java.util.Arrays.stream(techniques.getText().split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        int chosenPlan = plan.getSelectedIndex();
        return new SessionNote.Draft(areas.getSelectedValuesList(), used,
                pressure.getSelectedItem() instanceof Pressure p ? p : null, response.getText(), advice.getText(),
                chosenPlan <= 0 ? null : chosenPlan, freeText.getText());
    }

    /** After a signing the form starts empty again: the signed note is in the list above. */
    private void clearDraft() {
        areas.clearSelection();
        techniques.setText("");
        pressure.setSelectedIndex(0);
        response.setText("");
        advice.setText("");
        plan.setSelectedIndex(0);
        freeText.setText("");
    }

    private String typedPin() {
        String typed = new String(pin.getPassword());
        pin.setText("");
        return typed;
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
            clearDraft();
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
