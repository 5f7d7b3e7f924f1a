package com.knead.ui;

import static com.knead.ui.GuiTesting.waitUntil;

import com.knead.ui.common.SwingTasks;
import com.knead.ui.common.Theme;
import com.knead.ui.office.OfficeFrame;
import com.knead.usecase.OfficeServices;
import java.awt.Dimension;
import java.time.Duration;
import javax.swing.JTabbedPane;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

/** The owner's office window for the office GUI tests: shown on a robot of its own, unlocked, a tab chosen. */
final class OfficeWindow {

    private OfficeWindow() {
    }

    /** The office over {@code services}, shown at {@code size} (or at the size it gives itself, when null). */
    static FrameFixture show(OfficeServices services, Dimension size) {
        // First: a robot with a new hierarchy sees only the windows made after it.
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        OfficeFrame frame = GuiActionRunner.execute(() -> {
            Theme.install();
            return new OfficeFrame(services, new SwingTasks());
        });
        FrameFixture office = new FrameFixture(robot, frame);
        office.show(size != null ? size : GuiActionRunner.execute(() -> frame.getSize()));
        return office;
    }

    /** Types {@code pin} for the person chosen, unlocks, waits for the tabs and opens {@code tab}. */
    static void unlockAt(FrameFixture office, String pin, String tab, Duration wait) {
        office.textBox("office.pin").enterText(pin);
        office.button("office.unlock").click();
        JTabbedPane tabs = office.robot().finder().findByName(office.target(), "office.tabs", JTabbedPane.class, false);
        waitUntil("the office unlocks", wait, tabs::isShowing);
        office.tabbedPane("office.tabs").selectTab(tab);
    }
}
