package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.DiskRunway;
import com.knead.store.DemoFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javax.swing.JLabel;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desk warns the owner before the disk is full: Knead on a data folder on the test command's
 * small file system (24 MB, far under the 500 MB the desk wants free) shows the warning under the
 * header, in words, on the real window, while the desk keeps working; the office shows the same
 * sentence over its lock.
 */
class DeskDiskWarningGuiTest {

    private static final Path DISK = Path.of(System.getProperty("knead.test.fullDisk", "/tmp/knead-full-disk"));

    private Path data;
    private RunningDesk running;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
        if (data != null) {
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aDiskNearlyFullIsSaidUnderTheHeader() throws Exception {
        assertThat(DISK).as("scripts/test mounts a small file system here").isDirectory();
        assertThat(Files.getFileStore(DISK).getUsableSpace()).isLessThan(DiskRunway.LOW_BYTES);
        data = Files.createTempDirectory(DISK, "desk-disk");
        DemoFolder.open(data).close();
        running = RunningDesk.launch(data, 0);
        JLabel warning = running.desk().robot().finder().findByName(running.desk().target(), "desk.diskWarning",
                JLabel.class, false);
        waitUntil("the desk warns of the disk", RunningDesk.WAIT, () -> warning.isShowing()
                && text(warning).matches("The computer's disk has only \\d+ MB free\\. Free some space, or ask for a "
                + "larger disk, before sales can no longer be saved\\."));
        assertThat(warning.getWidth()).as("the sentence is not cut off").isGreaterThanOrEqualTo(warning.getPreferredSize().width);
        running.desk().button("desk.checkIn").requireEnabled();
        screenshot(running.desk().target(), "desk-disk-warning");

        // The office, locked or not, says the same to the owner.
        running.desk().button("desk.office").click();
        FrameFixture office = WindowFinder.findFrame("office").using(running.robot());
        JLabel inOffice = running.robot().finder().findByName(office.target(), "office.diskWarning", JLabel.class, false);
        waitUntil("the office warns of the disk", RunningDesk.WAIT, () -> inOffice.isShowing()
                && text(inOffice).replace("<br>", " ").equals("<html>" + text(warning) + "</html>"));
        assertThat(inOffice.getWidth()).as("the sentence is not cut off").isGreaterThanOrEqualTo(inOffice.getPreferredSize().width);
        office.button("office.unlock").requireEnabled();
        screenshot(office.target(), "office-disk-warning");
    }
}
