package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.desk.TherapistDayController;
import com.knead.domain.StaffMember;
import com.knead.ui.common.Sentence;
import java.awt.AWTEvent;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.Window;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * "My sessions today": the therapist's own visits of today; one chosen shows the intake, red flags,
 * clearance and the last note, to read before the session; after it, the note is written and signed
 * with their PIN. With someone else signed in at the desk, the therapist chooses themselves and types
 * their PIN first. What may be read is {@link TherapistDayController}'s (and its use case's) to say.
 * Left untouched for the desk's sign-out time it closes itself, as it does when the desk signs out or
 * switches; the controller keeps an unsigned note for the same therapist.
 */
final class TherapistDayDialog extends JDialog {

    private final TherapistDayController controller;
    private final JLabel who = style(new JLabel(" "), "deskSubheading");
    private final JPanel chooser = new JPanel(new MigLayout("insets 0, gap 8"));
    private final JComboBox<StaffMember> therapists = new JComboBox<>();
    private final JPasswordField chooserPin = new JPasswordField(6);
    private final JButton itsMe = style(new JButton("That's me"), "deskPrimary");
    private final JCheckBox everyone = new JCheckBox("Every therapist's visits");
    private final DefaultListModel<String> visitsModel = new DefaultListModel<>();
    private final JList<String> visits = new JList<>(visitsModel);
    private final JTextArea reading = new JTextArea(14, 40);
    private final SessionNoteForm form = new SessionNoteForm("day");
    private final JPasswordField pin = new JPasswordField(6);
    private final JButton sign = style(new JButton("Sign note"), "deskPrimary");
    private final Sentence sentence = new Sentence("deskProblem");
    private TherapistDayController.State shown;
    /** Looks each second whether the window was walked away from (the rule and the time are the controller's). */
    private final Timer idleCheck;
    private final AWTEventListener touches;
    private boolean closed;

    TherapistDayDialog(Window owner, TherapistDayController controller, boolean touchMode) {
        super(owner, "My sessions today", ModalityType.MODELESS);
        this.controller = controller;
        setName("desk.therapistDay");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        therapists.setName("day.therapist");
        chooserPin.setName("day.chooserPin");
        itsMe.setName("day.itsMe");
        everyone.setName("day.everyone");
        visits.setName("day.visits");
        reading.setName("day.reading");
        form.setName("day.form");
        pin.setName("day.pin");
        sign.setName("day.sign");
        sentence.setName("day.sentence");
        who.setName("day.who");
        reading.setEditable(false);
        reading.setLineWrap(true);
        reading.setWrapStyleWord(true);
        visits.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        therapists.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object name = value instanceof StaffMember m ? m.name() : value;
                return super.getListCellRendererComponent(list, name, index, selected, focus);
            }
        });
        if (touchMode) {
            form.touchMode(chooserPin, pin);
        }
        JScrollPane window = new JScrollPane(layOut());
        window.setBorder(null);
        window.getVerticalScrollBar().setUnitIncrement(16);
        setContentPane(window);
        itsMe.addActionListener(e -> controller.identify((StaffMember) therapists.getSelectedItem(), TypedPin.take(chooserPin)));
        chooserPin.addActionListener(e -> itsMe.doClick());
        everyone.addActionListener(e -> controller.everyone(everyone.isSelected()));
        visits.addListSelectionListener(e -> {
            int i = visits.getSelectedIndex();
            if (!e.getValueIsAdjusting() && i >= 0 && shown != null && i < shown.visits().size()
                    && !shown.open().equals(java.util.Optional.of(shown.visits().get(i).visitId()))) {
                // The note typed so far stays with its own visit, never carried over to this one.
                controller.open(shown.visits().get(i).visitId(), form.draft());
                form.clear();
            }
        });
        sign.addActionListener(e -> controller.sign(form.draft(), TypedPin.take(pin)));
        controller.attach(this::show);
        idleCheck = new Timer(1000, e -> {
            if (controller.walkedAway()) {
                dispose();
            }
        });
        // A press or a key counts as a touch; the pointer merely passing over the window does not.
        touches = event -> {
            boolean touch = event.getID() == java.awt.event.MouseEvent.MOUSE_PRESSED
                    || event.getID() == java.awt.event.KeyEvent.KEY_PRESSED;
            if (touch && event.getSource() instanceof java.awt.Component c
                    && (c == this || SwingUtilities.getWindowAncestor(c) == this)) {
                controller.touched();
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(touches, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
        idleCheck.start();
        pack();
        // A counter screen (1366×768, 1280×800) shows it whole; a smaller one scrolls. Packed before the
        // clinic's techniques are read, so its height leaves them room.
        Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(getWidth() + 24, screen.width), Math.min(Math.max(getHeight(), 700), screen.height));
        setLocationRelativeTo(owner);
        controller.start();
    }

    /** Closing, however it comes (walked away, the desk signing out, by hand): the note typed goes to the controller. */
    @Override
    public void dispose() {
        if (!closed) {
            closed = true;
            idleCheck.stop();
            Toolkit.getDefaultToolkit().removeAWTEventListener(touches);
            controller.closing(form.draft());
        }
        super.dispose();
    }

    private JPanel layOut() {
        // Two columns: what to read before the session on the left, the note to write after it on the right.
        JPanel read = new JPanel(new MigLayout("insets 0, wrap 1, gapy 6", "[400:440:500, fill]", "[][][][grow, fill]"));
        chooser.add(new JLabel("Who are you?"));
        chooser.add(therapists);
        chooser.add(new JLabel("PIN"));
        chooser.add(chooserPin);
        chooser.add(itsMe);
        read.add(who, "split 2, growx");
        read.add(everyone, "growx 0");
        read.add(chooser, "hidemode 3");
        read.add(new JScrollPane(visits), "hmin 110, h 110:130");
        read.add(new JScrollPane(reading), "hmin 220");
        JPanel write = new JPanel(new MigLayout("insets 0, wrap 1, gapy 6", "[grow, fill]", "[][]"));
        write.add(form);
        JPanel signRow = new JPanel(new MigLayout("insets 0, gap 8"));
        signRow.add(new JLabel("Your PIN"));
        signRow.add(pin);
        signRow.add(sign);
        write.add(signRow, "growx 0");
        JPanel content = new JPanel(new MigLayout("insets 12, wrap 2, gap 16 6", "[fill][grow, fill]", "[grow, fill][]"));
        content.add(read, "grow");
        content.add(write, "top");
        // A wrapping sentence asks for as much width as it was once given: it must never widen the window.
        content.add(sentence, "span 2, growx, w 0:0");
        return content;
    }

    private void show(TherapistDayController.State state) {
        TherapistDayController.State before = shown;
        shown = state;
        boolean in = state.reader().isPresent();
        who.setText(in ? "Sessions today · " + state.reader().get().name() : "My sessions today");
        chooser.setVisible(!in);
        if (before == null || !before.choose().equals(state.choose())) {
            therapists.removeAllItems();
            state.choose().forEach(therapists::addItem);
        }
        List<String> lines = state.visits().stream().map(TherapistDayController.Row::line).toList();
        if (!List.of(visitsModel.toArray()).equals(lines)) {
            visitsModel.clear();
            lines.forEach(visitsModel::addElement);
        }
        String text = String.join("\n", state.reading());
        if (!reading.getText().equals(text)) {
            reading.setText(text);
            reading.setCaretPosition(0);
        }
        if (before != null && state.sentence().startsWith("Signed and locked")
                && !before.sentence().startsWith("Signed and locked")) {
            form.clear();
        }
        form.techniques(state.techniques());
        state.restore().ifPresent(form::fill);
        everyone.setSelected(state.everyone());
        everyone.setEnabled(in && !state.busy());
        boolean open = state.open().isPresent() && !state.busy();
        sign.setEnabled(open);
        itsMe.setEnabled(!state.busy());
        sentence.setText(state.sentence());
    }
}
