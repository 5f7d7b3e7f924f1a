package com.knead.control.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.domain.BodyRegion;
import com.knead.domain.Pressure;
import com.knead.domain.SessionNote;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.store.DemoSeed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "My sessions today" without a window, on the desk's real use cases and H2: Maya signed in sees her
 * visit, opens it and signs its note; with Riley (a cashier) signed in, Sam chooses himself and types
 * his PIN, and Maya's client is refused to him with the use case's sentence and nothing shown.
 */
class TherapistDayControllerTest {

    @TempDir
    Path folder;
    private DeskFixture desk;
    private final List<TherapistDayController.State> states = new ArrayList<>();
    private Visit norasVisit;
    private Visit kensVisit;

    @BeforeEach
    void open() {
        desk = new DeskFixture(folder);
        norasVisit = desk.chooseNewVisit("Nora Quinn");
        desk.stores.visits().assign(norasVisit.id(), desk.staff(DemoSeed.DEMO_MAYA).id(), "Room 1");
        kensVisit = desk.chooseNewVisit("Ken Adams");
        desk.stores.visits().assign(kensVisit.id(), desk.staff(DemoSeed.DEMO_SAM).id(), null);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private TherapistDayController controller() {
        TherapistDayController controller = new TherapistDayController(desk.services.clients().day(), desk.signIn,
                desk.stores.clinic().zone(), new ImmediateTasks());
        controller.attach(states::add);
        return controller;
    }

    private TherapistDayController.State now() {
        return states.get(states.size() - 1);
    }

    @Test
    void theTherapistSignedInOpensTheirVisitAndSignsItsNote() {
        desk.signInAs(DemoSeed.DEMO_MAYA, DemoSeed.DEMO_MAYA_PIN);
        TherapistDayController controller = controller();
        controller.sign(SessionNote.Draft.text("x"), DemoSeed.DEMO_MAYA_PIN);
        assertThat(now().sentence()).isEqualTo("Open one of your visits first.");
        controller.start();
        assertThat(now().reader()).map(StaffMember::name).contains(DemoSeed.DEMO_MAYA);
        assertThat(now().visits()).extracting(TherapistDayController.Row::line)
                .containsExactly(norasVisit.queueNumber() + " · Nora Quinn · Deep tissue, 60 min · Waiting · Maya Chen");
        assertThat(now().techniques()).contains("Swedish", "Deep tissue");
        assertThat(now().sentence()).isEmpty();

        controller.open(norasVisit.id());
        assertThat(now().open()).contains(norasVisit.id());
        assertThat(now().reading()).containsExactly("Nora Quinn · visit " + norasVisit.queueNumber()
                        + " · Deep tissue, 60 min · Room 1", "No red flags", "Intake", "  No intake: checked in at the desk.",
                "Last session note", "  None yet");

        controller.sign(new SessionNote.Draft(List.of(), List.of(), null, "", "", null, ""), DemoSeed.DEMO_MAYA_PIN);
        assertThat(now().sentence()).startsWith("The note is empty");
        controller.sign(new SessionNote.Draft(List.of(BodyRegion.NECK), List.of("Deep tissue"), Pressure.FIRM,
                "Tension eased", "", 3, "Left side tighter."), DemoSeed.DEMO_MAYA_PIN);
        assertThat(now().sentence()).isEqualTo("Signed and locked. Anything to add later goes in an addendum.");
        assertThat(now().reading()).contains("  Neck", "  Deep tissue", "  Firm pressure", "  Tension eased",
                "  Rebook in 3 weeks", "  Left side tighter.");
        assertThat(desk.stores.notes().forClient(norasVisit.clientId())).singleElement()
                .satisfies(n -> assertThat(n.visitId()).isEqualTo(norasVisit.id()));
        assertThat(now().busy()).isFalse();
    }

    @Test
    void aCashierAtTheDeskHandsItToATherapistWhoCannotOpenAnotherTherapistsClient() {
        TherapistDayController controller = controller();
        controller.open(norasVisit.id());
        assertThat(now().sentence()).isEqualTo("Choose yourself and type your PIN first.");
        controller.everyone(true);
        assertThat(now().everyone()).isFalse();
        controller.start();
        assertThat(now().reader()).isEmpty();
        assertThat(now().choose()).extracting(StaffMember::name).contains(DemoSeed.DEMO_SAM)
                .doesNotContain(DemoSeed.DEMO_CASHIER);
        assertThat(now().sentence()).isEqualTo("Choose yourself and type your PIN.");
        controller.identify(null, "");
        assertThat(now().sentence()).isEqualTo("Choose yourself first.");
        StaffMember sam = desk.staff(DemoSeed.DEMO_SAM);
        controller.identify(sam, "0000");
        assertThat(now().reader()).isEmpty();
        assertThat(now().sentence()).isNotEmpty();

        controller.identify(sam, DemoSeed.DEMO_SAM_PIN);
        assertThat(now().reader()).contains(sam);
        assertThat(now().visits()).extracting(TherapistDayController.Row::visitId).containsExactly(kensVisit.id());
        controller.everyone(true);
        assertThat(now().everyone()).isTrue();
        assertThat(now().visits()).extracting(TherapistDayController.Row::visitId)
                .containsExactly(norasVisit.id(), kensVisit.id());
        controller.open(kensVisit.id());
        assertThat(now().reading()).first().isEqualTo("Ken Adams · visit " + kensVisit.queueNumber() + " · Deep tissue, 60 min");

        controller.open(norasVisit.id());
        assertThat(now().sentence()).isEqualTo("Sam Ortiz (therapist) may not read the session notes of clients they "
                + "have not treated; ask a manager or the owner.");
        assertThat(now().open()).isEmpty();
        assertThat(now().reading()).isEmpty();
    }

    @Test
    void untouchedForTheDesksSignOutTimeItIsWalkedAwayFromAndKeepsTheUnsignedNoteForTheTherapistsNextOpening() {
        com.knead.control.kiosk.MovingClock clock = new com.knead.control.kiosk.MovingClock();
        SignInController signIn = new SignInController(desk.services.signIn(), new ImmediateTasks(), clock);
        signIn.attach(s -> { });
        NoteDrafts drafts = new NoteDrafts();
        TherapistDayController controller = new TherapistDayController(desk.services.clients().day(), signIn,
                desk.stores.clinic().zone(), new ImmediateTasks(), drafts);
        controller.attach(states::add);
        controller.start();
        StaffMember sam = desk.staff(DemoSeed.DEMO_SAM);
        controller.identify(sam, DemoSeed.DEMO_SAM_PIN);
        controller.open(kensVisit.id());
        clock.pass(java.time.Duration.ofMinutes(9));
        controller.touched();
        clock.pass(java.time.Duration.ofMinutes(9).plusSeconds(59));
        assertThat(controller.walkedAway()).isFalse();
        clock.pass(java.time.Duration.ofSeconds(1));
        assertThat(controller.walkedAway()).isTrue();

        SessionNote.Draft typed = SessionNote.Draft.text("Left calf tender");
        controller.closing(typed);
        assertThat(now().reader()).isEmpty();
        assertThat(now().reading()).isEmpty();
        assertThat(now().open()).isEmpty();

        TherapistDayController again = new TherapistDayController(desk.services.clients().day(), signIn,
                desk.stores.clinic().zone(), new ImmediateTasks(), drafts);
        again.attach(states::add);
        assertThat(again.walkedAway()).isFalse();
        again.start();
        again.identify(sam, DemoSeed.DEMO_SAM_PIN);
        again.open(kensVisit.id());
        assertThat(now().restore()).contains(typed);
        assertThat(now().sentence()).isEqualTo(TherapistDayController.KEPT);
        again.open(kensVisit.id(), SessionNote.Draft.text(""));
        assertThat(now().restore()).isEmpty();
        assertThat(now().sentence()).isEmpty();
    }

    @Test
    void aTherapistWithNoVisitsTodayIsToldSo() {
        desk.signInAs(DemoSeed.DEMO_OWNER, DemoSeed.DEMO_OWNER_PIN);
        TherapistDayController controller = controller();
        controller.start();
        assertThat(now().visits()).isEmpty();
        assertThat(now().sentence()).isEqualTo("No visits of yours today yet.");
    }
}
