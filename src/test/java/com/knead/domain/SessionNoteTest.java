package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A session note: signed or not at all, its draft's problems in sentences, addenda, the plan in words. */
class SessionNoteTest {

    private static final Instant AT = Instant.parse("2026-03-10T15:00:00Z");
    private static final Approval MAYA = new Approval(Ids.next(), "Maya Chen");
    private static final UUID CLIENT = Ids.next();
    private static final UUID VISIT = Ids.next();

    private static SessionNote.Draft draft(Integer weeks) {
        return new SessionNote.Draft(List.of(BodyRegion.NECK, BodyRegion.UPPER_BACK), List.of("Swedish"),
                Pressure.MEDIUM_FIRM, "  Relaxed,   tender left ", " Stretch daily ", weeks, "  Less tension.  ");
    }

    @Test
    void aSignedNoteKeepsTheDraftTidiedAndItsSigner() {
        SessionNote note = SessionNote.signed(draft(3), CLIENT, VISIT, MAYA, AT);
        assertThat(note.clientId()).isEqualTo(CLIENT);
        assertThat(note.visitId()).isEqualTo(VISIT);
        assertThat(note.addendumTo()).isNull();
        assertThat(note.isAddendum()).isFalse();
        assertThat(note.response()).isEqualTo("Relaxed, tender left");
        assertThat(note.advice()).isEqualTo("Stretch daily");
        assertThat(note.text()).isEqualTo("Less tension.");
        assertThat(note.pressure()).isEqualTo(Pressure.MEDIUM_FIRM);
        assertThat(note.modalities()).containsExactly("Swedish");
        assertThat(note.areasInWords()).isEqualTo("Neck, Upper back");
        assertThat(note.signedBy()).isEqualTo(MAYA);
        assertThat(note.signedAt()).isEqualTo(AT);
        assertThat(note.signature(ZoneOffset.UTC)).isEqualTo("Signed by Maya Chen on 10 Mar 2026 15:00");
        assertThat(note.signature(ZoneId.of("America/New_York"))).isEqualTo("Signed by Maya Chen on 10 Mar 2026 11:00");
    }

    @Test
    void thePlanReadsInWordsAndSuggestsTheNextVisitFromTheDaySigned() {
        assertThat(SessionNote.signed(draft(3), CLIENT, VISIT, MAYA, AT).plan()).isEqualTo("Rebook in 3 weeks");
        assertThat(SessionNote.signed(draft(1), CLIENT, VISIT, MAYA, AT).plan()).isEqualTo("Rebook in 1 week");
        assertThat(SessionNote.signed(draft(null), CLIENT, VISIT, MAYA, AT).plan()).isEmpty();
        assertThat(SessionNote.signed(draft(2), CLIENT, VISIT, MAYA, AT).nextVisit(ZoneOffset.UTC))
                .contains(LocalDate.of(2026, 3, 24));
        // Signed late in the evening in Auckland: already the next day there.
        assertThat(SessionNote.signed(draft(1), CLIENT, VISIT, MAYA, Instant.parse("2026-03-10T12:30:00Z"))
                .nextVisit(ZoneId.of("Pacific/Auckland"))).contains(LocalDate.of(2026, 3, 18));
        assertThat(SessionNote.signed(draft(null), CLIENT, VISIT, MAYA, AT).nextVisit(ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void aDraftSaysWhatStopsItBeingSigned() {
        SessionNote.Draft empty = new SessionNote.Draft(List.of(), List.of(), null, " ", null, null, "  ");
        assertThat(empty.problems()).containsExactly("The note is empty: choose the areas worked or write what was done.");
        assertThatThrownBy(() -> SessionNote.signed(empty, CLIENT, VISIT, MAYA, AT)).isInstanceOf(Refused.class)
                .hasMessage("The note is empty: choose the areas worked or write what was done.");
        assertThat(new SessionNote.Draft(List.of(BodyRegion.NECK), List.of(), null, "", "", null, "").problems()).isEmpty();
        assertThat(new SessionNote.Draft(List.of(), List.of("Thai"), null, "", "", null, "").problems()).isEmpty();
        assertThat(new SessionNote.Draft(List.of(), List.of(), null, "ok", "", null, "").problems()).isEmpty();
        assertThat(new SessionNote.Draft(List.of(), List.of(), null, "", "ok", null, "").problems()).isEmpty();
        assertThat(SessionNote.Draft.text("ok").problems()).isEmpty();

        String response = "r".repeat(SessionNote.MAX_RESPONSE);
        String advice = "a".repeat(SessionNote.MAX_ADVICE);
        String text = "t".repeat(SessionNote.MAX_TEXT);
        assertThat(new SessionNote.Draft(List.of(), List.of(), null, response, advice, SessionNote.MAX_WEEKS, text)
                .problems()).isEmpty();
        assertThat(new SessionNote.Draft(List.of(), List.of(), null, response + "r", advice + "a", 0, text + "t")
                .problems()).containsExactly("The client's response is too long; 600 letters at most.",
                        "The advice is too long; 600 letters at most.", "The free text is too long; 2000 letters at most.",
                        "The plan rebooks in 1 to 52 weeks.");
        assertThat(new SessionNote.Draft(List.of(BodyRegion.NECK), List.of(), null, "", "", 53, "").problems())
                .containsExactly("The plan rebooks in 1 to 52 weeks.");
        assertThat(new SessionNote.Draft(List.of(BodyRegion.NECK), List.of(), null, "", "", 1, "").problems()).isEmpty();
        // Letters, not chars: an emoji is one letter.
        assertThat(new SessionNote.Draft(List.of(), List.of(), null, "😊".repeat(SessionNote.MAX_RESPONSE), "", null, "")
                .problems()).isEmpty();
    }

    @Test
    void aStoredPlanOutsideOneToFiftyTwoWeeksIsRefused() {
        SessionNote note = SessionNote.signed(draft(3), CLIENT, VISIT, MAYA, AT);
        for (int weeks : new int[] {0, 53}) {
            assertThatThrownBy(() -> new SessionNote(note.id(), CLIENT, VISIT, null, List.of(), List.of(), null, "", "",
                    weeks, "", MAYA, AT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 52 weeks");
        }
        SessionNote bare = new SessionNote(note.id(), CLIENT, null, null, List.of(), List.of(), null, null, null, 52,
                null, MAYA, AT);
        assertThat(bare.response()).isEmpty();
        assertThat(bare.advice()).isEmpty();
        assertThat(bare.text()).isEmpty();
        assertThat(new SessionNote(note.id(), CLIENT, null, null, List.of(), List.of(), null, "", "", 1, "", MAYA, AT)
                .plan()).isEqualTo("Rebook in 1 week");
    }

    @Test
    void anAddendumIsFreeTextPointingAtTheNoteAndNeverAtAnotherAddendum() {
        SessionNote note = SessionNote.signed(draft(3), CLIENT, VISIT, MAYA, AT);
        Approval sam = new Approval(Ids.next(), "Sam Lee");
        SessionNote addendum = SessionNote.addendum(note, "  Phoned: much better.  ", sam, AT.plusSeconds(86_400));
        assertThat(addendum.isAddendum()).isTrue();
        assertThat(addendum.addendumTo()).isEqualTo(note.id());
        assertThat(addendum.id()).isNotEqualTo(note.id());
        assertThat(addendum.clientId()).isEqualTo(CLIENT);
        assertThat(addendum.visitId()).isEqualTo(VISIT);
        assertThat(addendum.text()).isEqualTo("Phoned: much better.");
        assertThat(addendum.areas()).isEmpty();
        assertThat(addendum.modalities()).isEmpty();
        assertThat(addendum.pressure()).isNull();
        assertThat(addendum.plan()).isEmpty();
        assertThat(addendum.signedBy()).isEqualTo(sam);
        assertThat(addendum.signedAt()).isEqualTo(AT.plusSeconds(86_400));

        assertThatThrownBy(() -> SessionNote.addendum(addendum, "more", sam, AT)).isInstanceOf(Refused.class)
                .hasMessage("Add to the session note itself, not to one of its addenda.");
        assertThatThrownBy(() -> SessionNote.addendum(note, "   ", sam, AT)).isInstanceOf(Refused.class)
                .hasMessage("Write what the addendum adds to the note.");
        assertThatThrownBy(() -> SessionNote.addendum(note, "t".repeat(SessionNote.MAX_TEXT + 1), sam, AT))
                .isInstanceOf(Refused.class).hasMessage("The free text is too long; 2000 letters at most.");
    }
}
