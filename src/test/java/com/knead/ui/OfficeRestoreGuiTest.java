package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.screenshotDesktop;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.BackupKey;
import com.knead.store.DemoFolder;
import com.knead.store.DemoSeed;
import com.knead.store.Stores;
import com.knead.ui.common.Sentence;
import com.knead.usecase.ClinicBackups;
import com.knead.usecase.SalesHistory;
import java.awt.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner restores a backup from the real office of a running Knead: the backup picked in the
 * Backups tab's list, the passphrase typed, the check passed and the confirmation read, then Restore:
 * Knead closes, swaps the backup in and opens again by itself on it, saying where the replaced data
 * is kept; the sale made after the backup is gone and the one before it is there.
 */
class OfficeRestoreGuiTest {

    private static final String PASSPHRASE = "lavender fields at noon";

    @TempDir
    Path data;
    @TempDir
    Path usb;
    private RunningDesk running;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void theOwnerRestoresABackupAndKneadOpensAgainOnIt() throws Exception {
        try (Stores stores = DemoFolder.open(data)) {
            stores.backups().setUp(BackupKey.choose(PASSPHRASE.toCharArray()), usb);
            SalesHistory.cashSale(stores, "Ada Ames", Instant.now());
            new ClinicBackups(stores.backups(), Clock.systemUTC()).now();
            SalesHistory.cashSale(stores, "Ben Bauer", Instant.now());
        }
        running = RunningDesk.launch(data, 2);
        Stores before = running.stores();
        running.desk().button("desk.office").click();
        FrameFixture office = WindowFinder.findFrame("office").using(running.robot());
        office.comboBox("office.owner").selectItem(DemoSeed.DEMO_OWNER);
        OfficeWindow.unlockAt(office, DemoSeed.DEMO_OWNER_PIN, "Backups", RunningDesk.WAIT);

        office.list("office.backupList").requireItemCount(1).clickItem(0);
        assertThat(office.list("office.backupList").valueAt(0)).matches(".* · by hand · \\d+ KB");
        office.textBox("office.backupPassphrase").setText("not the passphrase");
        office.button("office.backupCheck").click();
        Sentence problem = running.robot().finder().findByName(office.target(), "office.backupProblem", Sentence.class, false);
        waitUntil("a wrong passphrase is refused", RunningDesk.WAIT, () -> problem.isShowing()
                && problem.getText().startsWith("That passphrase does not open"));
        office.textBox("office.backupPassphrase").setText(PASSPHRASE);
        office.button("office.backupCheck").click();
        JPanel confirm = running.robot().finder().findByName(office.target(), "office.backupConfirm", JPanel.class, false);
        waitUntil("the confirmation shows", RunningDesk.WAIT, confirm::isShowing);
        Sentence what = running.robot().finder().findByName(office.target(), "office.backupConfirmation",
                Sentence.class, false);
        assertThat(text(what)).startsWith("The passphrase opens the backup of ").contains("(1 sale, the newest of ",
                "the current data is kept aside, whole, as knead-before-restore-");
        assertThat(problem.isShowing()).as("the earlier refusal is gone").isFalse();
        JButton restore = office.button("office.backupRestore").target();
        assertThat(GuiActionRunner.execute(() -> restore.getParent().getWidth() >= restore.getParent().getPreferredSize().width
                && what.getHeight() >= what.getPreferredSize().height)).as("nothing of the confirmation is cut off").isTrue();
        screenshot(office.target(), "office-restore-confirm");

        office.button("office.backupRestore").click();
        JOptionPaneFixture told = JOptionPaneFinder.findOptionPane().withTimeout(60_000).using(running.robot());
        String said = GuiActionRunner.execute(() -> String.valueOf(told.target().getMessage()));
        List<Path> kept = files("knead-before-restore-");
        assertThat(kept).singleElement();
        assertThat(said).matches("Restored knead-.*-by-hand\\.kbak\\. The clinic's data as it was before is kept as "
                + java.util.regex.Pattern.quote(kept.get(0).toString()) + "\\.");
        screenshotDesktop("office-restore-reopened");
        told.okButton().click();

        Stores after = running.stores();
        assertThat(after).as("Knead opened the data folder again").isNotSameAs(before);
        assertThat(after.sales().forDay(after.clinic().businessDay(Instant.now())))
                .extracting(s -> s.clientName()).containsExactly("Ada Ames");
        assertThat(after.audit().latest(1).get(0).action()).isEqualTo("backup restored");
        FrameFixture desk = WindowFinder.findFrame(new GenericTypeMatcher<>(JFrame.class) {
            @Override
            protected boolean isMatching(JFrame frame) {
                return "desk".equals(frame.getName()) && frame.isShowing();
            }
        }).using(running.robot());
        assertThat(desk.target()).isNotSameAs(running.desk().target());
        assertThat(GuiActionRunner.execute(() -> running.desk().target().isDisplayable())).as("the old desk closed")
                .isFalse();
        assertThat(GuiActionRunner.execute(() -> Stream.of(Frame.getFrames())
                .filter(f -> f.isShowing() && "office".equals(f.getName())).count())).as("the office closed").isZero();
    }

    private List<Path> files(String prefix) throws java.io.IOException {
        try (Stream<Path> all = Files.list(data)) {
            return all.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

}
