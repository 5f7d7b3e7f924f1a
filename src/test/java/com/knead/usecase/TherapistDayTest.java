package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.BodyRegion;
import com.knead.domain.Clearance;
import com.knead.domain.ContactDetails;
import com.knead.domain.Pressure;
import com.knead.domain.Refused;
import com.knead.domain.SessionNote;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.store.AuditStore;
import com.knead.store.DemoSeed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The therapist's day on the demo clinic in a real H2 folder: Maya's and Sam's visits of today, each
 * opened before the session (intake, red flags, clearance, the last note) as the role table and the
 * notes' rule allow, audited; and the note written after it, only by the visit's own therapist.
 */
class TherapistDayTest extends OpenClinic {

    private SettableClock clock;
    private SessionNotes notes;
    private TherapistDay day;
    private Visit norasVisit;
    private Visit kensVisit;

    @BeforeEach
    void useCases() {
        clock = new SettableClock(Instant.now());
        PinCheck pins = new PinCheck(stores.staff(), stores.audit(), clock, stores.clinic().zone());
        notes = new SessionNotes(stores.notes(), pins, stores.audit(), clock);
        day = new TherapistDay(stores, notes, pins, clock);
        norasVisit = stores.visits().assign(redFlagCheckIn("Nora Quinn").id(), staff(DemoSeed.DEMO_MAYA).id(), "Room 1");
        kensVisit = stores.visits().assign(stores.visits().checkIn(ContactDetails.of("Ken Adams", "555 400 0002"),
                deepTissue(), deepTissue60(), Instant.now()).id(), staff(DemoSeed.DEMO_SAM).id(), "Room 2");
    }

    private static SessionNote.Draft draft(String response) {
        return new SessionNote.Draft(List.of(BodyRegion.NECK), List.of("Swedish"), Pressure.MEDIUM, response,
                "", 2, "");
    }

    private List<AuditStore.Entry> audit(String action) {
        return stores.audit().latest(10_000).stream().filter(e -> e.action().equals(action)).toList();
    }

    @Test
    void aTherapistSeesTheirOwnVisitsOfTodayAndWithEveryoneTheWholeQueueButNotTheCancelled() {
        Visit cancelled = stores.visits().assign(redFlagCheckIn("Ada Byrne").id(), staff(DemoSeed.DEMO_MAYA).id(), "Room 3");
        stores.visits().cancel(cancelled.id(), "No-show");

        assertThat(day.visits(staff(DemoSeed.DEMO_MAYA), false)).extracting(Visit::id).containsExactly(norasVisit.id());
        assertThat(day.visits(staff(DemoSeed.DEMO_SAM), false)).extracting(Visit::id).containsExactly(kensVisit.id());
        assertThat(day.visits(staff(DemoSeed.DEMO_SAM), true)).extracting(Visit::id)
                .containsExactly(norasVisit.id(), kensVisit.id());
        clock.set(clock.instant().plusSeconds(86_400));
        assertThat(day.visits(staff(DemoSeed.DEMO_MAYA), true)).isEmpty();
    }

    @Test
    void aCashierOrNobodyHasNoDayOfSessions() {
        assertThatThrownBy(() -> day.visits(riley(), true)).isInstanceOf(Refused.class)
                .hasMessage("Riley Brooks (cashier) may not write or read session notes; ask a manager, a therapist or the owner.");
        assertThatThrownBy(() -> day.visits(null, true)).hasMessage("Sign in first.");
        assertThatThrownBy(() -> day.open(norasVisit.id(), null, "desk")).hasMessage("Sign in first.");
        assertThatThrownBy(() -> day.write(norasVisit.id(), draft("x"), null, "", "desk")).hasMessage("Sign in first.");
    }

    @Test
    void theTherapistReadsTheIntakeRedFlagsClearanceAndLastNoteBeforeTheSessionAndBothOpeningsAreLogged() {
        SessionNote earlier = notes.sign(draft("Relaxed"), norasVisit.clientId(), null, staff(DemoSeed.DEMO_MAYA),
                DemoSeed.DEMO_MAYA_PIN, "desk");
        clock.set(clock.instant().plusSeconds(60));
        notes.addendum(earlier.id(), "Phoned: better.", staff(DemoSeed.DEMO_MAYA), DemoSeed.DEMO_MAYA_PIN, "desk");

        TherapistDay.Session session = day.open(norasVisit.id(), staff(DemoSeed.DEMO_MAYA), "desk");
        assertThat(session.visit().id()).isEqualTo(norasVisit.id());
        assertThat(session.intake()).startsWith("Pain: Neck 3/10").contains("What pressure do you like? Medium");
        assertThat(session.redFlags()).containsExactly("Blood clots");
        assertThat(session.clearance()).isEqualTo("Clearance: none recorded yet; the desk records it before the session starts.");
        assertThat(session.lastNote()).contains(earlier);

        AuditStore.Entry intake = audit("intake summary").get(0);
        assertThat(intake.outcome()).isEqualTo("opened");
        assertThat(intake.place()).isEqualTo("desk");
        assertThat(intake.client()).contains(norasVisit.clientId());
        assertThat(intake.staff()).contains(staff(DemoSeed.DEMO_MAYA).id());
        assertThat(intake.detail()).isEqualTo("visit " + norasVisit.queueNumber() + " of " + today() + ", before the session");
        assertThat(intake.at()).isCloseTo(clock.instant(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(audit("session notes").get(0).outcome()).isEqualTo("opened");
        assertThat(audit("session notes").get(0).detail()).isEqualTo("2 notes");

        clock.set(clock.instant().plusSeconds(60));
        SessionNote later = notes.sign(draft("Eased"), norasVisit.clientId(), null, staff(DemoSeed.DEMO_MAYA),
                DemoSeed.DEMO_MAYA_PIN, "desk");
        assertThat(day.open(norasVisit.id(), staff(DemoSeed.DEMO_MAYA), "desk").lastNote()).contains(later);

        stores.clearances().record(Clearance.none(norasVisit.id(), "Has none", clock.instant()), staff(DemoSeed.DEMO_MAYA).id());
        assertThat(day.open(norasVisit.id(), staff(DemoSeed.DEMO_MAYA), "desk").clearance())
                .startsWith("Clearance: ").isNotEqualTo(session.clearance());
    }

    @Test
    void aVisitWithoutAnIntakeOrNotesSaysSo() {
        TherapistDay.Session session = day.open(kensVisit.id(), staff(DemoSeed.DEMO_SAM), "desk");
        assertThat(session.intake()).containsExactly("No intake: checked in at the desk.");
        assertThat(session.redFlags()).isEmpty();
        assertThat(session.clearance()).isEmpty();
        assertThat(session.lastNote()).isEmpty();
        assertThat(audit("intake summary")).hasSize(1);
    }

    @Test
    void anotherTherapistsClientIsRefusedAndTheRefusalLoggedButAManagerOrTheOwnerReadsIt() {
        StaffMember sam = staff(DemoSeed.DEMO_SAM);
        assertThatThrownBy(() -> day.open(norasVisit.id(), sam, "desk")).isInstanceOf(Refused.class)
                .hasMessage("Sam Ortiz (therapist) may not read the session notes of clients they have not treated; ask a manager or the owner.");
        assertThat(audit("session notes").get(0).outcome()).isEqualTo("no right");
        assertThat(audit("intake summary")).isEmpty();

        assertThat(day.open(norasVisit.id(), owner(), "desk").redFlags()).containsExactly("Blood clots");
    }

    @Test
    void aCashiersOpeningIsRefusedByTheIntakeRightAndLogged() {
        assertThatThrownBy(() -> day.open(norasVisit.id(), riley(), "desk"))
                .hasMessage("Riley Brooks (cashier) may not open intake summaries; ask a manager, a therapist or the owner.");
        AuditStore.Entry refused = audit("intake summary").get(0);
        assertThat(refused.outcome()).isEqualTo("no right");
        assertThat(refused.client()).contains(norasVisit.clientId());
        assertThat(refused.staff()).contains(riley().id());
        assertThat(refused.detail()).isEqualTo("visit " + norasVisit.queueNumber() + " of " + today() + ", before the session");
        assertThat(audit("session notes")).isEmpty();
        assertThatThrownBy(() -> day.open(com.knead.domain.Ids.next(), owner(), "desk"))
                .hasMessage("That visit is not there any more.");
    }

    @Test
    void theNoteIsWrittenForTheVisitByItsOwnTherapistOrBySomeoneWhoReadsAllNotes() {
        SessionNote note = day.write(norasVisit.id(), draft("Eased"), staff(DemoSeed.DEMO_MAYA), DemoSeed.DEMO_MAYA_PIN,
                "desk");
        assertThat(note.visitId()).isEqualTo(norasVisit.id());
        assertThat(note.clientId()).isEqualTo(norasVisit.clientId());
        assertThat(stores.notes().forClient(norasVisit.clientId())).containsExactly(note);

        assertThatThrownBy(() -> day.write(norasVisit.id(), draft("x"), staff(DemoSeed.DEMO_SAM), DemoSeed.DEMO_SAM_PIN,
                "desk")).hasMessage("Visit " + norasVisit.queueNumber() + " is Maya Chen's; its therapist writes its note.");
        Visit nobodys = stores.visits().checkIn(ContactDetails.of("Lee Park", "555 400 0003"), deepTissue(),
                deepTissue60(), Instant.now());
        assertThatThrownBy(() -> day.write(nobodys.id(), draft("x"), staff(DemoSeed.DEMO_SAM), DemoSeed.DEMO_SAM_PIN,
                "desk")).hasMessage("Visit " + nobodys.queueNumber() + " is nobody's yet; its therapist writes its note.");
        assertThatThrownBy(() -> day.write(norasVisit.id(), draft("x"), riley(), DemoSeed.DEMO_CASHIER_PIN, "desk"))
                .hasMessageStartingWith("Riley Brooks (cashier) may not write or read session notes");
        assertThat(day.write(nobodys.id(), draft("x"), owner(), DemoSeed.DEMO_OWNER_PIN, "desk").visitId())
                .isEqualTo(nobodys.id());
        assertThat(stores.notes().forClient(norasVisit.clientId())).hasSize(1);
    }

    @Test
    void aTherapistIsIdentifiedByTheirOwnPinAndTheChoicesComeFromTheClinic() {
        StaffMember sam = staff(DemoSeed.DEMO_SAM);
        assertThat(day.identify(sam, DemoSeed.DEMO_SAM_PIN, "desk")).isEqualTo(sam);
        assertThatThrownBy(() -> day.identify(sam, DemoSeed.DEMO_MAYA_PIN, "desk")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> day.identify(riley(), DemoSeed.DEMO_CASHIER_PIN, "desk")).isInstanceOf(Refused.class);
        assertThat(day.therapists()).extracting(StaffMember::name)
                .contains(DemoSeed.DEMO_MAYA, DemoSeed.DEMO_SAM, DemoSeed.DEMO_OWNER).doesNotContain(DemoSeed.DEMO_CASHIER);
        assertThat(day.techniques()).contains("Swedish", "Deep tissue");
    }
}
