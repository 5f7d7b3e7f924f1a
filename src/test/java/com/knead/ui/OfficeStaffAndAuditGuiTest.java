package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.report.ReportTemplates;
import com.knead.store.AuditStore;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.ui.common.SwingTasks;
import com.knead.ui.common.Theme;
import com.knead.ui.office.OfficeFrame;
import com.knead.usecase.OfficeServices;
import java.awt.Dimension;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's real window on a real H2 folder: the owner unlocks it, adds a manager with a PIN (an
 * obvious one refused first), five wrong PINs lock the manager with the sentence shown, the audit page
 * lists all of it and exports a CSV that reads back; hidden or left unused, the office locks.
 */
class OfficeStaffAndAuditGuiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;

    private Robot robot;
    private Stores stores;
    private OfficeFrame frame;
    private FrameFixture office;

    @BeforeEach
    void open() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(Theme::install);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        stores = DemoFolder.open(data);
        OfficeServices services = OfficeServices.over(stores, new ReportTemplates());
        frame = GuiActionRunner.execute(() -> new OfficeFrame(services, new SwingTasks()));
        office = new FrameFixture(robot, frame);
        office.show(new Dimension(1280, 760));
    }

    @AfterEach
    void close() {
        try {
            office.cleanUp();
        } finally {
            stores.close();
        }
    }

    private void unlockAs(int person, String pin) {
        JButton unlock = office.button("office.unlock").target();
        waitUntil("someone may unlock", WAIT, unlock::isEnabled);
        office.comboBox("office.owner").selectItem(person);
        office.textBox("office.pin").enterText(pin);
        office.button("office.unlock").click();
    }

    private String pinProblem() {
        return text(office.label("office.pinProblem").target());
    }

    /** Waits for what the database holds, read on this (the test's) thread, never on the screen's. */
    private static void waitFor(String what, Supplier<Boolean> check) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return check.get();
            }
        }, Timeout.timeout(WAIT.toMillis()));
    }

    @Test
    void theOwnerAddsAManagerFiveWrongPinsLockThemAndTheAuditShowsAndExportsIt() throws Exception {
        unlockAs(0, "4827");
        JLabel openFor = robot.finder().findByName(frame, "office.openFor", JLabel.class, false);
        waitUntil("the office opens for Olivia Park", WAIT, () -> openFor.getText().equals("open for Olivia Park"));

        office.tabbedPane("office.tabs").selectTab("Staff");
        JTable staff = office.table("office.staff.table").target();
        waitUntil("the staff list is shown", WAIT, () -> staff.getRowCount() == 4);
        office.button("office.staff.new").click();
        office.textBox("office.staff.name").enterText("Jordan Lee");
        office.comboBox("office.staff.role").selectItem("manager");
        office.textBox("office.staff.newPin").enterText("1234");
        office.textBox("office.staff.newPinAgain").enterText("1234");
        office.button("office.staff.save").click();
        JLabel pinProblem = office.label("office.staff.pinProblem").target();
        waitUntil("an obvious PIN is refused", WAIT, () -> pinProblem.getText().contains("straight run"));
        assertThat(text(pinProblem)).isEqualTo("<html>That PIN is a straight run (like 1234 or 9876), so it is easy "
                + "to guess; choose another.</html>");
        assertThat(text(office.textBox("office.staff.name").target())).as("nothing typed is lost").isEqualTo("Jordan Lee");
        screenshot(frame, "office-staff-1-obvious-pin");
        office.textBox("office.staff.newPin").enterText("5829");
        office.textBox("office.staff.newPinAgain").enterText("5829");
        office.button("office.staff.save").click();
        JLabel done = office.label("office.staff.done").target();
        waitUntil("the manager is added", WAIT, () -> done.getText().contains("Added Jordan Lee (manager), with a PIN."));
        waitUntil("and listed", WAIT, () -> staff.getRowCount() == 5);
        assertThat(GuiActionRunner.execute(() -> List.of(staff.getValueAt(0, 0), staff.getValueAt(0, 1),
                staff.getValueAt(0, 2), staff.getValueAt(0, 3)))).containsExactly("Jordan Lee", "manager", "active", "set");
        screenshot(frame, "office-staff-2-added");

        office.tabbedPane("office.tabs").selectTab("Roles");
        JTable roles = office.table("office.roles").target();
        // The row of staff changes, wherever the role table lists it.
        assertThat(GuiActionRunner.execute(() -> {
            int row = java.util.stream.IntStream.range(0, roles.getRowCount())
                    .filter(r -> "add, edit and deactivate staff".equals(roles.getValueAt(r, 0))).findFirst().orElse(-1);
            return row < 0 ? List.of() : List.of(roles.getColumnName(1), roles.getValueAt(row, 0),
                    roles.getValueAt(row, 1), roles.getValueAt(row, 2));
        })).containsExactly("owner", "add, edit and deactivate staff", "yes", "no");
        screenshot(frame, "office-roles");

        office.button("office.lock").click();
        waitUntil("the office is locked and offers the manager", WAIT,
                () -> office.comboBox("office.owner").target().getItemCount() == 2);
        for (int left = 4; left >= 1; left--) {
            unlockAs(0, "1111");
            String expected = "That PIN is not right for Jordan Lee. Try again; after " + left
                    + (left == 1 ? " more wrong PIN" : " more wrong PINs") + " it locks for 5 minutes.";
            waitUntil("wrong PIN, " + left + " left", WAIT, () -> pinProblem().equals(expected));
        }
        unlockAs(0, "1111");
        waitUntil("the fifth wrong PIN locks Jordan Lee", WAIT, () -> pinProblem().startsWith("Jordan Lee's PIN is locked"));
        assertThat(pinProblem()).matches("Jordan Lee's PIN is locked after 5 wrong tries, until \\d\\d:\\d\\d\\. "
                + "Wait, or ask the owner\\.");
        screenshot(frame, "office-lock-1-five-wrong-pins");

        unlockAs(1, "4827");
        waitUntil("the office opens for Olivia Park again", WAIT, () -> openFor.getText().equals("open for Olivia Park"));
        office.tabbedPane("office.tabs").selectTab("Audit");
        JTable audit = office.table("office.audit.table").target();
        waitUntil("the audit page lists the day", WAIT, () -> audit.getRowCount() == 10);
        List<String> shown = GuiActionRunner.execute(() -> {
            List<String> rows = new ArrayList<>();
            for (int row = 0; row < audit.getRowCount(); row++) {
                rows.add(audit.getValueAt(row, 2) + " " + audit.getValueAt(row, 3) + " " + audit.getValueAt(row, 4));
            }
            return rows;
        });
        assertThat(shown).containsExactly("office unlocked done Olivia Park", "PIN locked Jordan Lee",
                "PIN wrong Jordan Lee", "PIN wrong Jordan Lee", "PIN wrong Jordan Lee", "PIN wrong Jordan Lee",
                "office locked done Olivia Park", "PIN set done Olivia Park", "staff added done Olivia Park",
                "office unlocked done Olivia Park");
        assertThat(GuiActionRunner.execute(() -> audit.getColumnName(0))).startsWith("Time (");
        screenshot(frame, "office-audit-1-day");

        office.button("office.audit.export").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("office.audit.saveAs").using(robot);
        chooser.setCurrentDirectory(data.toFile());
        chooser.fileNameTextBox().setText("audit-today.csv");
        chooser.approve();
        Path csv = data.resolve("audit-today.csv");
        JLabel exported = office.label("office.audit.done").target();
        waitUntil("the CSV is written", WAIT, () -> exported.getText().startsWith("Wrote 10 entries to "));
        waitUntil("the export is listed too", WAIT, () -> audit.getRowCount() == 11
                && "audit exported".equals(audit.getValueAt(0, 2)));
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(10);
            assertThat(records.get(1).get("Action") + " " + records.get(1).get("Outcome") + " "
                    + records.get(1).get("Staff") + " " + records.get(1).get("Detail"))
                    .isEqualTo("PIN locked Jordan Lee 5 wrong PINs in a row");
            assertThat(records.get(8).get("Detail")).isEqualTo("Jordan Lee, manager");
        }
        screenshot(frame, "office-audit-2-exported");

        // Left unused, the office locks itself; hidden (closed), it locks too.
        GuiActionRunner.execute(() -> frame.idleAfter(Duration.ofMillis(400)));
        JLabel notice = robot.finder().findByName(frame, "office.notice", JLabel.class, false);
        waitUntil("the office locks itself when unused", WAIT,
                () -> notice.getText().equals("The office locked itself after 1 second unused."));
        waitFor("its lock is logged", () -> stores.audit().latest(1).get(0).detail().equals("1 second unused"));
        GuiActionRunner.execute(() -> frame.idleAfter(Duration.ofMinutes(5)));
        unlockAs(1, "4827");
        waitUntil("the office opens", WAIT, () -> openFor.getText().equals("open for Olivia Park"));
        GuiActionRunner.execute(() -> frame.setVisible(false));
        waitFor("hiding the window locks it", () -> {
            AuditStore.Entry last = stores.audit().latest(1).get(0);
            return last.action().equals("office locked") && last.detail().equals("window closed");
        });
    }
}
