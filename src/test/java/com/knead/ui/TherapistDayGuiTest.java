package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Approval;
import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.Pressure;
import com.knead.domain.PriceList;
import com.knead.domain.SessionNote;
import com.knead.domain.Signature;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.store.AuditStore;
import com.knead.store.DemoSeed;
import com.knead.store.Stores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "My sessions today" on the real desk and a real H2 file. Nora (a red flag, an earlier note of Maya's)
 * is Maya's client today, Ken is Sam's. Sam, signed in, sees Ken; asked through the screen for Nora's
 * visit, the service refuses and the screen says so in a sentence, nothing of hers shown; he then
 * writes Ken's note by quick choices and the on-screen keyboard. With the cashier signed in, Maya
 * chooses herself, types her PIN and reads Nora's red flag and last note before the session.
 */
class TherapistDayGuiTest {

    private static final Duration WAIT = RunningDesk.WAIT;

    @TempDir
    Path data;

    private UUID nora;

    private void twoVisits() {
        try (Stores stores = Stores.open(data)) {
            PriceList prices = stores.catalog().priceListOn(LocalDate.now());
            Modality swedish = prices.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst()
                    .orElseThrow();
            Instant now = Instant.now();
            ClientDetails client = ClientDetails.of("Nora Quinn", "555 400 0001", "", "1", "2", "1970", LocalDate.now());
            Visit norasVisit = stores.intakes().checkIn(new KioskCheckIn(client, Optional.empty(),
                    new IntakeAnswers(Map.of("blood_clots", "yes"), Map.of(BodyRegion.LOWER_BACK, 6)),
                    Optional.of(new Signature(new byte[] {1}, now)), swedish, prices.price(swedish.id(), 60).orElseThrow()),
                    stores.intakes().form(), now);
            nora = norasVisit.clientId();
            StaffMember maya = staff(stores, DemoSeed.DEMO_MAYA);
            stores.visits().assign(norasVisit.id(), maya.id(), "Room 1");
            stores.notes().record(SessionNote.signed(new SessionNote.Draft(List.of(BodyRegion.LOWER_BACK),
                    List.of("Swedish"), Pressure.LIGHT, "Tender spots", "", 2, "Keep off the left calf."), nora, null,
                    new Approval(maya.id(), maya.name()), now.minusSeconds(14 * 86_400)));
            Visit kensVisit = stores.visits().checkIn(ContactDetails.of("Ken Adams", "555 400 0002"), swedish,
                    prices.price(swedish.id(), 60).orElseThrow(), now);
            stores.visits().assign(kensVisit.id(), staff(stores, DemoSeed.DEMO_SAM).id(), "Room 2");
        }
    }

    private static StaffMember staff(Stores stores, String name) {
        return stores.staff().active().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static int size(JList<?> list) {
        return GuiActionRunner.execute(() -> list.getModel().getSize());
    }

    private static DialogFixture mySessions(RunningDesk running) {
        running.desk().button("desk.mySessions").click();
        return WindowFinder.findDialog("desk.therapistDay").withTimeout(WAIT.toMillis()).using(running.robot());
    }

    @Test
    void samCannotOpenMayasClientHoweverTheScreenIsDrivenAndWritesHisOwnNoteByQuickChoices() throws Exception {
        twoVisits();
        try (RunningDesk running = RunningDesk.launch(data, 2, DemoSeed.DEMO_SAM, DemoSeed.DEMO_SAM_PIN)) {
            DialogFixture day = mySessions(running);
            JList<?> visits = day.list("day.visits").target();
            waitUntil("Sam's one visit is listed", WAIT, () -> size(visits) == 1);
            assertThat(text(day.label("day.who").target())).isEqualTo("Sessions today · Sam Ortiz");
            day.checkBox("day.everyone").click();
            waitUntil("every visit is listed", WAIT, () -> size(visits) == 2);
            day.list("day.visits").clickItem(0);
            String refused = "Sam Ortiz (therapist) may not read the session notes of clients they have not treated; "
                    + "ask a manager or the owner.";
            waitUntil("Nora's notes are refused", WAIT, () -> text(day.textBox("day.sentence").target()).equals(refused));
            assertThat(text(day.textBox("day.reading").target())).isEmpty();
            day.button("day.sign").requireDisabled();
            screenshot(day.target(), "therapist-day-refused");
            List<AuditStore.Entry> audit = running.stores().audit().latest(50);
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("session notes");
                assertThat(e.outcome()).isEqualTo("no right");
                assertThat(e.client()).contains(nora);
            });

            day.list("day.visits").clickItem(1);
            waitUntil("Ken's visit is open", WAIT, () -> text(day.textBox("day.reading").target())
                    .startsWith("Ken Adams · visit 2 · Swedish, 60 min · Room 2"));
            assertThat(text(day.textBox("day.reading").target())).contains("No intake: checked in at the desk.", "None yet");
            day.toggleButton("day.area.NECK").click();
            day.toggleButton("day.area.SHOULDERS").click();
            day.toggleButton("day.technique.Swedish").click();
            day.toggleButton("day.pressure.MEDIUM").click();
            day.button("day.response.Tension eased").click();
            day.checkBox("day.advice.2").click();
            day.toggleButton("day.plan.3").click();
            day.toggleButton("day.keyboard").click();
            day.textBox("day.freeText").click();
            for (String key : List.of("key.O", "key.K")) {
                day.button(key).click();
            }
            day.textBox("day.pin").setText(DemoSeed.DEMO_SAM_PIN);
            day.button("day.sign").click();
            waitUntil("the note is signed", WAIT, () -> text(day.textBox("day.sentence").target())
                    .startsWith("Signed and locked."));
            assertThat(text(day.textBox("day.reading").target())).contains("Signed by Sam Ortiz", "Neck, Shoulders",
                    "Medium pressure", "Tension eased", "Rebook in 3 weeks", "Ok");
            screenshot(day.target(), "therapist-day-signed");
            UUID ken = running.stores().clients().find("Ken").get(0).id();
            SessionNote kept = running.stores().notes().forClient(ken).get(0);
            assertThat(kept.areas()).containsExactly(BodyRegion.NECK, BodyRegion.SHOULDERS);
            assertThat(kept.modalities()).containsExactly("Swedish");
            assertThat(kept.pressure()).isEqualTo(Pressure.MEDIUM);
            assertThat(kept.response()).isEqualTo("Tension eased");
            assertThat(kept.advice()).startsWith("Neck: slowly tilt");
            assertThat(kept.rebookWeeks()).isEqualTo(3);
            assertThat(kept.text()).isEqualTo("Ok");
            assertThat(kept.visitId()).isNotNull();
            day.close();
        }
    }

    @Test
    void atTheCashiersDeskMayaChoosesHerselfAndReadsTheRedFlagAndLastNoteBeforeTheSession() throws Exception {
        twoVisits();
        try (RunningDesk running = RunningDesk.launch(data, 2)) {
            DialogFixture day = mySessions(running);
            waitUntil("the therapists are listed", WAIT, () -> text(day.textBox("day.sentence").target())
                    .equals("Choose yourself and type your PIN."));
            day.comboBox("day.therapist").selectItem(DemoSeed.DEMO_MAYA);
            day.textBox("day.chooserPin").setText(DemoSeed.DEMO_MAYA_PIN);
            day.button("day.itsMe").click();
            JList<?> visits = day.list("day.visits").target();
            waitUntil("Maya's visit is listed", WAIT, () -> size(visits) == 1);
            day.list("day.visits").clickItem(0);
            waitUntil("Nora's visit is open", WAIT, () -> text(day.textBox("day.reading").target()).contains("Red flags"));
            assertThat(text(day.textBox("day.reading").target())).contains("Red flags: Blood clots",
                    "Clearance: none recorded yet", "Pain: Lower back 6/10", "Signed by Maya Chen", "Tender spots",
                    "Keep off the left calf.");
            GuiActionRunner.execute(() -> day.target().setSize(1366, 768));
            day.robot().waitForIdle();
            screenshot(day.target(), "therapist-day-1366x768");
            day.close();
        }
    }
}
