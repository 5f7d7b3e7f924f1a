package com.knead.ui;

import static com.knead.ui.GuiTesting.waitUntil;

import com.knead.control.kiosk.MovingClock;
import com.knead.report.ReportTemplates;
import com.knead.store.DemoFolder;
import com.knead.store.DemoSeed;
import com.knead.store.Stores;
import com.knead.ui.common.SwingTasks;
import com.knead.ui.common.Theme;
import com.knead.ui.desk.DeskFrame;
import com.knead.ui.kiosk.KioskFrame;
import com.knead.ui.office.OfficeFrame;
import com.knead.ui.touch.BodyMapPicture;
import com.knead.usecase.DeskServices;
import com.knead.usecase.KioskServices;
import com.knead.usecase.OfficeServices;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import javax.swing.JTabbedPane;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

/**
 * The kiosk, desk and office windows over one demo data folder, made as Knead makes them but on one
 * clock the test moves (a new day without waiting for midnight), with AssertJ Swing's thread-violation
 * checker and a robot. The kiosk sits at the right of a 2400 px screen, the desk and office at the left.
 */
final class WindowsOnOneClock implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    final MovingClock clock = new MovingClock();
    final Stores stores;
    final Robot robot;
    final FrameFixture office;
    final FrameFixture kiosk;
    final FrameFixture desk;

    WindowsOnOneClock(Path data) {
        FailOnThreadViolationRepaintManager.install();
        stores = DemoFolder.open(data);
        ReportTemplates templates = new ReportTemplates();
        SwingTasks tasks = new SwingTasks();
        LocalDate today = stores.clinic().businessDay(clock.instant());
        KioskServices kioskServices = KioskServices.of(stores, stores.catalog().kioskPriceListOn(today),
                stores.intakes().form(), clock);
        OfficeServices officeServices = OfficeServices.over(stores, templates, clock);
        DeskServices deskServices = DeskServices.over(stores, templates, BodyMapPicture::image, clock);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        KioskFrame kioskFrame = GuiActionRunner.execute(() -> {
            Theme.install();
            KioskFrame made = new KioskFrame();
            made.resetAfter(Duration.ofHours(1));
            made.idleAfter(Duration.ofHours(1));
            made.setBounds(1290, 0, 1100, 1000);
            made.setVisible(true);
            made.ready(tasks, kioskServices, clock);
            return made;
        });
        DeskFrame deskFrame = GuiActionRunner.execute(() -> {
            DeskFrame made = new DeskFrame(deskServices, tasks, () -> { });
            made.setLocation(0, 0);
            made.setVisible(true);
            made.startQueue();
            return made;
        });
        OfficeFrame officeFrame = GuiActionRunner.execute(() -> new OfficeFrame(officeServices, tasks));
        office = new FrameFixture(robot, officeFrame);
        office.show(GuiActionRunner.execute(() -> officeFrame.getSize()));
        kiosk = new FrameFixture(robot, kioskFrame);
        desk = new FrameFixture(robot, deskFrame);
    }

    /** The demo owner unlocks the office and opens {@code tab}. */
    void unlockOfficeAt(String tab) {
        office.comboBox("office.owner").selectItem(DemoSeed.DEMO_OWNER);
        office.textBox("office.pin").enterText(DemoSeed.DEMO_OWNER_PIN);
        office.button("office.unlock").click();
        JTabbedPane tabs = robot.finder().findByName(office.target(), "office.tabs", JTabbedPane.class, false);
        waitUntil("the office unlocks", WAIT, tabs::isShowing);
        office.tabbedPane("office.tabs").selectTab(tab);
    }

    /** The office done with: out of the way of the desk. */
    void hideOffice() {
        GuiActionRunner.execute(() -> office.target().setVisible(false));
    }

    /** The kiosk in front, ready for a visitor. */
    KioskDriver kioskDriver() {
        GuiActionRunner.execute(() -> kiosk.target().toFront());
        return new KioskDriver(robot, kiosk);
    }

    @Override
    public void close() {
        try {
            desk.cleanUp();
            kiosk.cleanUp();
            office.cleanUp();
        } finally {
            stores.close();
        }
    }
}
