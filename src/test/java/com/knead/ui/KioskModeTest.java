package com.knead.ui;

import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.KneadWindows;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.Duration;
import javax.swing.JFrame;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-screen kiosk mode: the close keys ask for a staff PIN, and only the right one leaves it. */
class KioskModeTest {

    @TempDir
    Path data;

    @Test
    void leavingKioskModeNeedsAStaffPin() throws Exception {
        try (RunningKiosk running = RunningKiosk.launch(
                new KneadWindows.Options(data, true, null, Duration.ofMinutes(5)))) {
            KioskDriver kiosk = running.kiosk();
            JFrame frame = (JFrame) kiosk.kiosk().target();
            assertThat(GuiActionRunner.execute(() -> frame.isUndecorated())).isTrue();

            // Alt+F4 or the window manager's close: the window gets a closing event and stays.
            GuiActionRunner.execute(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
            kiosk.screenshotsAs("kiosk-mode").on("staff");
            kiosk.toggle("kiosk.staff.Olivia Park");
            for (char c : "9999".toCharArray()) {
                kiosk.tap("key." + c);
            }
            kiosk.tap("kiosk.staff.leave");
            JLabel problem = kiosk.kiosk().label("kiosk.staff.problem").target();
            waitUntil("a wrong PIN is refused", KioskDriver.WAIT, () -> problem.getText().contains("not right"));
            kiosk.shot("wrong-pin");
            assertThat(GuiActionRunner.execute(() -> frame.isUndecorated() && frame.isShowing())).isTrue();

            for (char c : "4827".toCharArray()) {
                kiosk.tap("key." + c);
            }
            kiosk.tap("kiosk.staff.leave");
            waitUntil("the kiosk leaves kiosk mode", KioskDriver.WAIT, () -> !frame.isUndecorated() && frame.isShowing());
            kiosk.on("welcome");
            kiosk.kiosk().button("kiosk.new").requireEnabled();
        }
    }
}
