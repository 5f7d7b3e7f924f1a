package com.knead.store;

import static com.knead.store.TestClinic.AFTERNOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Approval;
import com.knead.domain.BodyRegion;
import com.knead.domain.ChainCheck;
import com.knead.domain.Pressure;
import com.knead.domain.Refused;
import com.knead.domain.SessionNote;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signed session notes on a real H2 folder: kept as signed, never changed, and covered by the chain. */
class SessionNoteStoreTest extends WithOpenStores {

    private Approval maya() {
        StaffMember maya = stores.staff().active().stream().filter(m -> m.name().equals(DemoSeed.DEMO_MAYA))
                .findFirst().orElseThrow();
        return new Approval(maya.id(), maya.name());
    }

    private SessionNote signedNote(Visit visit) {
        SessionNote.Draft draft = new SessionNote.Draft(List.of(BodyRegion.NECK, BodyRegion.UPPER_BACK),
                List.of("Swedish", "Trigger point"), Pressure.MEDIUM_FIRM, "Relaxed; tender at the left trapezius",
                "Knee-to-chest stretch morning and evening", 3, "Less tension than last time.");
        return stores.notes().record(SessionNote.signed(draft, visit.clientId(), visit.id(), maya(), AFTERNOON));
    }

    private List<String> chainProblems() {
        ChainStore.Snapshot chain = stores.chain().read();
        return ChainCheck.problems(chain.links(), chain.headPosition(), chain.headHash(), chain.unlinked());
    }

    @Test
    void aSignedNoteReadsBackAsSignedAndItsAddendumPointsAtIt() {
        Visit visit = TestClinic.kioskCheckIn(stores, "Nora Quinn", "555 400 0001", AFTERNOON);
        SessionNote note = signedNote(visit);
        SessionNote addendum = stores.notes().record(SessionNote.addendum(note,
                "Client phoned: sore for a day, then much better.", maya(), AFTERNOON.plusSeconds(86_400)));

        assertThat(stores.notes().find(note.id())).contains(note);
        assertThat(stores.notes().forClient(visit.clientId())).containsExactly(note, addendum);
        assertThat(addendum.addendumTo()).isEqualTo(note.id());
        assertThat(note.plan()).isEqualTo("Rebook in 3 weeks");
        assertThat(note.signedBy().staffName()).isEqualTo(DemoSeed.DEMO_MAYA);
        assertThat(stores.notes().hasTreated(maya().staffId(), visit.clientId())).isTrue();
        assertThatThrownBy(() -> SessionNote.addendum(addendum, "more", maya(), AFTERNOON))
                .isInstanceOf(Refused.class).hasMessageContaining("not to one of its addenda");
        assertThat(chainProblems()).isEmpty();
    }

    @Test
    void theNotesOfAMergedRecordAreTheKeptRecordsUntilTheMergeIsUndone() {
        Visit kiosk = TestClinic.kioskCheckIn(stores, "Nora Quinn", "555 400 0001", AFTERNOON);
        Visit walkIn = TestClinic.checkIn(stores, "N Quinn", "555 400 0009", AFTERNOON.plusSeconds(60));
        SessionNote keptNote = signedNote(kiosk);
        SessionNote walkInNote = signedNote(walkIn);
        StaffMember sam = stores.staff().active().stream().filter(m -> m.name().equals(DemoSeed.DEMO_SAM))
                .findFirst().orElseThrow();
        stores.visits().assign(walkIn.id(), sam.id(), "Room 2");
        assertThat(stores.notes().forClient(kiosk.clientId())).containsExactly(keptNote);
        assertThat(stores.notes().hasTreated(sam.id(), kiosk.clientId())).isFalse();

        stores.clientMerges().merge(kiosk.clientId(), walkIn.clientId(), maya().staffId(), "same person",
                AFTERNOON.plusSeconds(120));
        assertThat(stores.clientMerges().sameClient(walkIn.clientId())).containsExactly(kiosk.clientId(),
                walkIn.clientId());
        assertThat(stores.notes().forClient(kiosk.clientId())).containsExactly(keptNote, walkInNote);
        assertThat(stores.notes().forClient(walkIn.clientId())).containsExactly(keptNote, walkInNote);
        assertThat(stores.notes().hasTreated(sam.id(), kiosk.clientId())).isTrue();

        stores.clientMerges().undo(kiosk.clientId(), walkIn.clientId(), maya().staffId(), "two people after all",
                AFTERNOON.plusSeconds(180));
        assertThat(stores.notes().forClient(kiosk.clientId())).containsExactly(keptNote);
        assertThat(stores.notes().forClient(walkIn.clientId())).containsExactly(walkInNote);
        assertThat(stores.notes().hasTreated(sam.id(), kiosk.clientId())).isFalse();
        assertThat(stores.clientMerges().sameClient(walkIn.clientId())).containsExactly(walkIn.clientId());
        assertThat(chainProblems()).isEmpty();
    }

    @Test
    void aSignedNoteStaysAtTheClinicAndTheSyncStillReadsEverythingWaiting() {
        Visit visit = TestClinic.kioskCheckIn(stores, "Nora Quinn", "555 400 0001", AFTERNOON);
        signedNote(visit);
        List<SyncStore.Travelling> waiting = stores.sync().after(0, 100_000);
        assertThat(waiting).isNotEmpty().extracting(SyncStore.Travelling::kind).doesNotContain("session-note")
                .contains("client", "intake");
        assertThat(waiting).hasSize((int) stores.sync().state().waiting());
    }

    @Test
    void aChangedCopyOfASignedNoteIsRefusedAndTheNoteStaysAsSigned() {
        Visit visit = TestClinic.kioskCheckIn(stores, "Nora Quinn", "555 400 0001", AFTERNOON);
        SessionNote note = signedNote(visit);
        SessionNote changed = new SessionNote(note.id(), note.clientId(), note.visitId(), null, note.areas(),
                note.modalities(), Pressure.LIGHT, "Fine", note.advice(), 1, "rewritten later", note.signedBy(),
                note.signedAt().plusSeconds(3600));

        assertThatThrownBy(() -> stores.notes().record(changed)).isInstanceOf(Refused.class)
                .hasMessage("That note was signed by Maya Chen on " + note.signature(stores.clinic().zone())
                        .substring(("Signed by " + DemoSeed.DEMO_MAYA + " on ").length())
                        + " and is locked; write an addendum instead.");
        assertThat(stores.notes().find(note.id())).contains(note);
        assertThat(stores.notes().forClient(visit.clientId())).hasSize(1);
    }

    @Test
    void aNoteEditedOrDeletedWithSqlIsNamedByTheChain() throws SQLException {
        Visit visit = TestClinic.kioskCheckIn(stores, "Nora Quinn", "555 400 0001", AFTERNOON);
        SessionNote note = signedNote(visit);
        SessionNote second = stores.notes().record(SessionNote.addendum(note, "Sore the next day.", maya(),
                AFTERNOON.plusSeconds(60)));
        assertThat(chainProblems()).isEmpty();

        closeStores();
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE session_note SET free_text = 'Client was rude.' WHERE id = '" + note.id() + "'");
        }
        reopenStores();
        assertThat(chainProblems()).containsExactly(
                "The session note signed 2026-03-10 15:00 UTC was changed after it was recorded.");

        closeStores();
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM session_note WHERE id = '" + second.id() + "'");
        }
        reopenStores();
        assertThat(chainProblems()).contains(
                "The addendum signed 2026-03-10 15:01 UTC was deleted: its link in the chain points at nothing.");
    }
}
