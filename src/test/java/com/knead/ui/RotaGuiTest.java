package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.KneadWindows;
import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.ServicePrice;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who is in today, set at the desk, is what the kiosk shares the queue among: with one of the two
 * demo therapists out, the wait a visitor is told doubles; the checkout says who is not in.
 */
class RotaGuiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;

    private RunningKiosk running;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void aTherapistMarkedOutAtTheDeskLengthensTheKiosksWait() throws Exception {
        try (Stores stores = DemoFolder.open(data)) {
            Modality swedish = stores.catalog().priceListOn(java.time.LocalDate.now()).modalities().stream()
                    .filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow();
            ServicePrice sixty = stores.catalog().priceListOn(java.time.LocalDate.now()).price(swedish.id(), 60).orElseThrow();
            for (String name : new String[] {"Ann Early", "Bob Early"}) {
                stores.visits().checkIn(ContactDetails.of(name, "555 010 0000"), swedish, sixty, Instant.now());
            }
        }
        running = RunningKiosk.launch(new KneadWindows.Options(data, false, null, Duration.ofMinutes(5)));
        FrameFixture desk = WindowFinder.findFrame("desk").using(running.robot());
        RunningDesk.signIn(desk, com.knead.store.DemoSeed.DEMO_CASHIER, com.knead.store.DemoSeed.DEMO_CASHIER_PIN);
        KioskDriver kiosk = running.kiosk();

        desk.button("desk.rota").click();
        DialogFixture rota = WindowFinder.findDialog("desk.rotaDialog").withTimeout(WAIT.toMillis()).using(running.robot());
        JLabel summary = rota.label("rota.summary").target();
        waitUntil("both demo therapists are in", WAIT, () -> text(summary).equals("2 therapists are in today."));
        rota.checkBox("rota.Maya Chen").requireSelected();
        rota.checkBox("rota.Sam Ortiz").requireSelected().click();
        waitUntil("Sam is out", WAIT, () -> text(summary).equals("1 therapist is in today."));
        screenshot(rota.target(), "desk-14-therapists-in-today");
        rota.button("rota.close").click();

        // Two 60-minute visits ahead and one therapist in: two hours.
        assertThat(checkIn(kiosk, "Cara Third")).isEqualTo("About 120 minutes.");
        assertThat(desk.comboBox("desk.therapist").contents()).containsExactly("Nobody yet", "Maya Chen",
                "Sam Ortiz (not in today)");
        screenshot(desk.target(), "desk-15-sam-not-in-today");

        desk.button("desk.rota").click();
        DialogFixture again = WindowFinder.findDialog("desk.rotaDialog").withTimeout(WAIT.toMillis()).using(running.robot());
        JLabel summaryAgain = again.label("rota.summary").target();
        waitUntil("the dialog remembers Sam is out", WAIT, () -> text(summaryAgain).equals("1 therapist is in today."));
        again.checkBox("rota.Sam Ortiz").requireNotSelected().click();
        waitUntil("Sam is back", WAIT, () -> text(summaryAgain).equals("2 therapists are in today."));
        again.button("rota.close").click();

        // Three visits ahead now, shared by two: an hour and a half.
        assertThat(checkIn(kiosk, "Dev Fourth")).isEqualTo("About 90 minutes.");
        assertThat(desk.comboBox("desk.therapist").contents()).containsExactly("Nobody yet", "Maya Chen", "Sam Ortiz");
    }

    /** A quiet visitor through the kiosk for a Swedish massage; returns the wait they are told, then taps Done. */
    private String checkIn(KioskDriver kiosk, String name) {
        kiosk.newVisitor(name, "5550199" + (name.length() % 10) + "00", "1", "2", "1980").quietlyThroughTheForm()
                .choose("SWEDISH", 60);
        kiosk.checkIn();
        JLabel wait = kiosk.kiosk().label("kiosk.wait").target();
        String told = GuiActionRunner.execute(wait::getText);
        kiosk.tap("kiosk.done").on("welcome");
        return told;
    }
}
