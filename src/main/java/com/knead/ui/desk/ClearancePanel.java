package com.knead.ui.desk;

import com.knead.domain.StaffMember;
import java.util.function.Supplier;
import static com.knead.ui.common.Theme.style;

import com.formdev.flatlaf.FlatClientProperties;
import com.knead.control.Tasks;
import com.knead.domain.Clearance;
import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.Visit;
import com.knead.ui.common.Sentence;
import com.knead.usecase.DeskApprovals;
import com.knead.usecase.Clearances;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;

/**
 * The physician clearance of the selected visit, shown only when its intake raised a red flag: what
 * is recorded, and boxes to record who cleared the client, on which date and a short note; that the
 * client has none; or, with a manager's or the owner's PIN, that the session goes ahead without one.
 * Records are read and added on a worker; what was typed stays in its box when it is refused.
 */
final class ClearancePanel extends JPanel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Clearances clearances;
    private final DeskApprovals approvals;
    private final Supplier<StaffMember> cashier;
    private final Tasks tasks;
    private final ZoneId zone;
    private final Runnable onRecorded;

    private final Sentence status = new Sentence("deskProblem");
    private final JTextField physician = new JTextField(14);
    private final JTextField date = new JTextField(8);
    private final JTextField note = new JTextField(14);
    private final JButton record = new JButton("Record clearance");
    private final JButton none = new JButton("No clearance");
    private final JButton waive = new JButton("Go ahead without one…");
    private final Sentence problem = new Sentence("deskProblem");
    private final JButton again = new JButton("Record again…");
    /** The boxes and buttons; folded away once a clearance lets the session start, so checkout stays in view. */
    private final JPanel entry = new JPanel(new MigLayout("fillx, insets 0, wrap 2", "[right][grow, fill]", ""));
    private final Map<Clearance.Field, JTextComponent> boxes = Map.of(
            Clearance.Field.PHYSICIAN, physician, Clearance.Field.DATE, date, Clearance.Field.NOTE, note);

    private Visit visit;
    /** The visit's latest record as last read; null while it is being read. */
    private Optional<Clearance> latest;
    /** Counts reads and saves, so an answer overtaken by a newer one is dropped. */
    private int asked;
    private boolean saving;
    /** The cashier opened the boxes again on a visit whose clearance lets the session start. */
    private boolean recordingAgain;

    ClearancePanel(Clearances clearances, DeskApprovals approvals, Supplier<StaffMember> cashier, Tasks tasks,
                   Runnable onRecorded) {
        super(new MigLayout("fillx, insets 10 12 10 12, wrap 2", "[grow, fill][]", ""));
        this.cashier = cashier;
        this.clearances = clearances;
        this.approvals = approvals;
        this.tasks = tasks;
        this.zone = clearances.zone();
        this.onRecorded = onRecorded;
        style(this, "deskClearance");
        setName("desk.clearance");
        status.setName("clearance.status");
        physician.setName("clearance.physician");
        date.setName("clearance.date");
        note.setName("clearance.note");
        record.setName("clearance.record");
        none.setName("clearance.none");
        waive.setName("clearance.waive");
        problem.setName("clearance.problem");
        again.setName("clearance.again");
        physician.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Dr. …");
        date.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "YYYY-MM-DD");
        note.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "e.g. letter on file; avoid the left calf");
        waive.setToolTipText("A manager or the owner approves with their PIN; say why in the note.");

        add(style(new JLabel("Physician clearance"), "deskClearanceHeading"), "span 2, left");
        add(status, "growx, wmin 0, gapbottom 4");
        add(again, "top, hidemode 2");
        entry.setOpaque(false);
        entry.add(label("Physician", physician));
        entry.add(physician, "split 3, growx, wmin 80");
        entry.add(label("date", date), "gapleft 8");
        entry.add(date, "growx 0, wmin 100");
        entry.add(label("Note", note));
        entry.add(note, "wmin 80");
        entry.add(record, "span 2, split 3, left");
        entry.add(none);
        entry.add(waive);
        add(entry, "span 2, growx, wmin 0, hidemode 3");
        add(problem, "span 2, growx, wmin 0, hidemode 3");

        record.addActionListener(e -> recordCleared());
        none.addActionListener(e -> recordNone());
        waive.addActionListener(e -> askWaiver());
        again.addActionListener(e -> {
            recordingAgain = true;
            showLatest();
            physician.requestFocusInWindow();
        });
        clearProblems();
        setVisible(false);
    }

    private static JLabel label(String text, JTextField field) {
        JLabel label = new JLabel(text);
        label.setLabelFor(field);
        field.getAccessibleContext().setAccessibleName("Clearance " + text.toLowerCase());
        return label;
    }

    /** Shows the visit's clearance when it has a red flag (hidden otherwise); a new visit starts with empty boxes. */
    void show(Visit selected) {
        UUID before = visit == null ? null : visit.id();
        visit = selected;
        setVisible(visit != null && visit.redFlag());
        if (!isVisible()) {
            return;
        }
        if (!visit.id().equals(before)) {
            physician.setText("");
            note.setText("");
            date.setText(LocalDate.now(zone).toString());
            clearProblems();
            recordingAgain = false;
            latest = null;
            showLatest();
        }
        enableButtons();
        read(visit.id());
    }

    /**
     * Whether the selected visit's session may start. When its red flag has no clearance, says why
     * next to the boxes and puts the cursor in the physician's name; the store refuses as well.
     */
    boolean allowsSession() {
        if (visit == null || !visit.redFlag() || latest == null) {
            return true;
        }
        try {
            Clearance.requireBeforeSession(visit, latest);
            return true;
        } catch (Refused refused) {
            clearProblems();
            say(refused.getMessage());
            physician.requestFocusInWindow();
            return false;
        }
    }

    /** Reads the visit's latest record again (a queue refresh, or another desk may have added one). */
    private void read(UUID visitId) {
        int ask = ++asked;
        tasks.read(() -> clearances.latest(visitId), found -> {
            if (ask == asked && visit != null && visit.id().equals(visitId)) {
                latest = found;
                showLatest();
            }
        }, this::say, "The physician clearance could not be read");
    }

    private void recordCleared() {
        LocalDate today = LocalDate.now(zone);
        if (refused(Clearance.checkCleared(physician.getText(), date.getText(), note.getText(), today))) {
            return;
        }
        save(Clearance.cleared(visit.id(), physician.getText(), date.getText(), note.getText(), today, Instant.now()));
    }

    private void recordNone() {
        if (!refused(Clearance.checkNote(note.getText()).stream().toList())) {
            save(Clearance.none(visit.id(), note.getText(), Instant.now()));
        }
    }

    /** A manager or the owner lets the session go ahead without a clearance; the note says why. */
    private void askWaiver() {
        if (refused(Clearance.checkWaiver(note.getText()).stream().toList())) {
            return;
        }
        Visit waiving = visit;
        String reason = note.getText();
        ApprovalDialog.ask(SwingUtilities.getWindowAncestor(this), approvals, tasks, Permission.WAIVE_CLEARANCE,
                "a session without a physician clearance", waiving.clientName() + " has a red flag and no physician "
                        + "clearance. A manager or the owner can let the session go ahead without one.",
                approval -> save(Clearance.waived(waiving.id(), reason, approval, Instant.now())));
    }

    /** Shows each problem by its box, outlining the box; true when there was any. */
    private boolean refused(List<Clearance.Problem> problems) {
        clearProblems();
        if (problems.isEmpty()) {
            return false;
        }
        say(String.join(" ", problems.stream().map(Clearance.Problem::sentence).toList()));
        problems.forEach(p -> boxes.get(p.field()).putClientProperty(FlatClientProperties.OUTLINE,
                FlatClientProperties.OUTLINE_ERROR));
        boxes.get(problems.get(0).field()).requestFocusInWindow();
        return true;
    }

    /** A sentence under the boxes; the line is there only while there is something to say. */
    private void say(String sentence) {
        problem.setText(sentence);
        problem.setVisible(!sentence.isBlank());
    }

    private void clearProblems() {
        say(" ");
        boxes.values().forEach(box -> box.putClientProperty(FlatClientProperties.OUTLINE, null));
    }

    private void save(Clearance clearance) {
        if (saving) {
            return;
        }
        saving = true;
        StaffMember by = cashier.get();
        tasks.write(() -> clearances.record(clearance, by), stored -> {
            saving = false;
            asked++;
            if (visit != null && visit.id().equals(stored.visitId())) {
                latest = Optional.of(stored);
                physician.setText("");
                note.setText("");
                clearProblems();
                recordingAgain = false;
                showLatest();
            }
            onRecorded.run();
        }, sentence -> {
            saving = false;
            say(sentence);
        }, "The physician clearance could not be saved");
    }

    /**
     * Records are added while the visit is open (not paid or cancelled). A save in progress only
     * ignores clicks: disabling the focused button would move the focus (and the view) away.
     */
    private void enableButtons() {
        boolean open = visit != null && visit.status().isOpen();
        for (JTextComponent box : boxes.values()) {
            box.setEnabled(open);
        }
        record.setEnabled(open);
        none.setEnabled(open);
        waive.setEnabled(open);
    }

    private void showLatest() {
        boolean fold = latest != null && latest.map(Clearance::allowsSession).orElse(false) && !recordingAgain;
        entry.setVisible(!fold);
        again.setVisible(fold);
        if (latest == null) {
            status.setText("Reading…");
            return;
        }
        if (latest.isEmpty()) {
            style(status, "deskProblem");
            status.setText("Not recorded yet. Record it before the session starts.");
            return;
        }
        Clearance shown = latest.get();
        style(status, switch (shown.kind()) {
            case CLEARED -> "deskDone";
            case WAIVED -> "deskCaution";
            case NONE -> "deskProblem";
        });
        status.setText(shown.summary() + " (recorded " + TIME.format(shown.recordedAt().atZone(zone)) + ")");
    }
}
