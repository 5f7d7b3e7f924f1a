package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;
import static com.knead.ui.office.PageParts.name;
import static com.knead.ui.office.PageParts.row;

import com.knead.control.office.SyncController;
import com.knead.ui.common.Sentence;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Sync" tab: where the central database is (tried, then kept), the time the clinic
 * syncs by itself each day, how the syncs stand, and Sync now with a bar of the records sent. It
 * draws {@link SyncController}'s state and forwards what is typed and pressed.
 */
final class SyncPage extends JPanel implements OfficePage {

    private final SyncController controller;
    private final JTextField url = new JTextField(34);
    private final JTextField user = new JTextField(12);
    private final JPasswordField password = new JPasswordField(16);
    private final JCheckBox tls = new JCheckBox("Use TLS and verify the server");
    private final JTextField caFile = new JTextField(34);
    private final JButton test = new JButton("Test the connection");
    private final JButton connect = style(new JButton("Connect"), "deskPrimary");
    private final Sentence connectionDone = new Sentence("deskDone");
    private final Sentence connectionProblem = new Sentence("deskProblem");
    private final JTextField time = new JTextField(5);
    private final JButton saveTime = new JButton("Save the time");
    private final Sentence scheduleDone = new Sentence("deskDone");
    private final Sentence scheduleProblem = new Sentence("deskProblem");
    private final JLabel lastSuccess = new JLabel(" ");
    private final JLabel waiting = new JLabel(" ");
    private final Sentence lastProblem = new Sentence("");
    private final JLabel nextRun = new JLabel(" ");
    private final JButton syncNow = style(new JButton("Sync now"), "deskPrimary");
    private final JProgressBar progress = new JProgressBar();
    private final Sentence result = new Sentence("deskDone");
    private final Sentence problem = new Sentence("deskProblem");
    private boolean filled;

    SyncPage(SyncController controller) {
        super(new MigLayout("insets 24, wrap 2, hidemode 3", "[right][grow, fill]"));
        this.controller = controller;
        setName("office.syncPage");
        name(url, "office.syncUrl", "Central database address");
        name(user, "office.syncUser", "User name at the centre");
        name(password, "office.syncPassword", "Password at the centre");
        name(tls, "office.syncTls", "Use TLS and verify the server");
        name(caFile, "office.syncCaFile", "CA certificate file");
        name(test, "office.syncTest", "Test the connection");
        name(connect, "office.syncConnect", "Connect");
        name(connectionDone, "office.syncConnected", "Connection");
        name(connectionProblem, "office.syncConnectionProblem", "Connection problem");
        name(time, "office.syncTime", "Sync every day at");
        name(saveTime, "office.syncSaveTime", "Save the time");
        name(scheduleDone, "office.syncScheduleSaved", "Schedule");
        name(scheduleProblem, "office.syncScheduleProblem", "Schedule problem");
        name(lastSuccess, "office.syncLastSuccess", "Last success");
        name(waiting, "office.syncWaiting", "Records waiting");
        name(lastProblem, "office.syncLastProblem", "Last problem");
        name(nextRun, "office.syncNextRun", "Next sync");
        name(syncNow, "office.syncNow", "Sync now");
        name(progress, "office.syncProgress", "Records sent");
        name(result, "office.syncResult", "Sync result");
        name(problem, "office.syncProblem", "Sync problem");
        add(style(new JLabel("Sync with the central database"), "deskHeading"), "span 2, left");
        subheading("Where the centre is", "gaptop 8");
        field("Address", url, "jdbc:postgresql://HOST:PORT/DATABASE");
        field("User", user, "");
        field("Password", password, "leave it empty to keep the one kept");
        add(tls, "skip, left, growx 0");
        field("CA file", caFile, "PEM file of the CA that signed the server's certificate");
        caFile.setEnabled(false);
        tls.addItemListener(e -> caFile.setEnabled(tls.isSelected()));
        add(row(test, connect), "skip, left, growx 0");
        add(connectionDone, "skip, wmin 0, w 640:640:");
        add(connectionProblem, "skip, wmin 0, w 640:640:");
        subheading("Every night", "gaptop 16");
        JLabel timeLabel = new JLabel("Sync by itself every day at");
        timeLabel.setLabelFor(time);
        add(timeLabel);
        add(row(time, saveTime, style(new JLabel("24-hour clock, the clinic's time"), "small")), "left, growx 0");
        add(scheduleDone, "skip, wmin 0, w 640:640:");
        add(scheduleProblem, "skip, wmin 0, w 640:640:");
        subheading("How the syncs stand", "gaptop 16");
        status("Last success", lastSuccess);
        status("Waiting", waiting);
        status("Last problem", lastProblem);
        status("Next sync", nextRun);
        progress.setStringPainted(true);
        progress.setString(" ");
        add(row(syncNow, progress), "skip, left, growx 0");
        add(result, "skip, wmin 0, w 640:640:");
        add(problem, "skip, wmin 0, w 640:640:");
        test.addActionListener(e -> controller.test(url.getText(), user.getText(), typedPassword(), tls.isSelected(),
                caFile.getText()));
        connect.addActionListener(e -> controller.connect(url.getText(), user.getText(), typedPassword(),
                tls.isSelected(), caFile.getText()));
        saveTime.addActionListener(e -> controller.saveSchedule(time.getText()));
        time.addActionListener(e -> controller.saveSchedule(time.getText()));
        syncNow.addActionListener(e -> controller.syncNow());
        controller.attach(this::show);
    }

    @Override
    public String title() {
        return "Sync";
    }

    @Override
    public void opened() {
        controller.load();
    }

    @Override
    public void locked() {
        controller.forget();
    }

    private String typedPassword() {
        return new String(password.getPassword());
    }

    private void field(String label, JTextField field, String hint) {
        JLabel name = new JLabel(label);
        name.setLabelFor(field);
        add(name);
        if (hint.isEmpty()) {
            add(field, "left, growx 0");
        } else {
            JLabel words = style(new JLabel(hint), "small");
            add(row(field, words), "left, growx 0");
        }
    }

    private void subheading(String words, String constraints) {
        add(style(new JLabel(words), "deskSubheading"), "span 2, left, " + constraints);
    }

    private void status(String label, JComponent value) {
        JLabel name = new JLabel(label);
        name.setLabelFor(value);
        add(name, "top");
        add(value, "wmin 0, w 640:640:");
    }

    private void show(SyncController.State state) {
        if (!state.loaded()) {
            filled = false;
            url.setText("");
            user.setText("");
            time.setText("");
            password.setText("");
            tls.setSelected(false);
            caFile.setText("");
        } else if (!filled) {
            filled = true;
            url.setText(state.url());
            user.setText(state.user());
            tls.setSelected(state.tls());
            caFile.setText(state.caFile());
            time.setText(state.scheduleTime());
        }
        if (!state.connection().done().isEmpty()) {
            password.setText("");
        }
        if (!state.schedule().done().isEmpty()) {
            time.setText(state.scheduleTime());
        }
        say(connectionDone, state.connection().done());
        say(connectionProblem, state.connection().problem());
        say(scheduleDone, state.schedule().done());
        say(scheduleProblem, state.schedule().problem());
        lastSuccess.setText(text(state.lastSuccess()));
        waiting.setText(text(state.waiting()));
        lastProblem.setText(text(state.lastProblem()));
        nextRun.setText(text(state.nextRun()));
        syncNow.setEnabled(state.canSync());
        progress.setMaximum((int) Math.max(1, Math.min(Integer.MAX_VALUE, state.toSend())));
        progress.setValue((int) Math.min(Integer.MAX_VALUE, state.sent()));
        progress.setString(state.running() ? (state.toSend() == 0 ? "Starting…"
                : "Sent " + state.sent() + " of " + state.toSend() + " records")
                : state.sync().done().isEmpty() ? " " : "Sent " + state.sent() + " of " + state.toSend() + " records");
        say(result, state.sync().done());
        say(problem, state.running() ? state.retrying() : state.sync().problem());
    }

    private static String text(String s) {
        return s.isEmpty() ? " " : s;
    }

    private static void say(Sentence sentence, String text) {
        sentence.setText(text(text));
        sentence.setVisible(!text.isEmpty());
    }
}
