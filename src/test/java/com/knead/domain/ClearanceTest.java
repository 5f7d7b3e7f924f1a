package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ClearanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final UUID VISIT = Ids.next();
    private static final Approval OLIVIA = new Approval(Ids.next(), "Olivia Park");

    private static List<String> problems(String physician, String date, String note) {
        return Clearance.checkCleared(physician, date, note, TODAY).stream()
                .map(p -> p.field() + ": " + p.sentence()).toList();
    }

    private static Visit flagged() {
        Visit visit = Fixtures.visit(VisitStatus.CHECKED_IN);
        return new Visit(visit.id(), visit.businessDay(), 3, visit.clientId(), "Rita Reyes", visit.modalityId(),
                visit.modalityName(), visit.minutes(), visit.price(), visit.status(), visit.checkedInAt(),
                null, null, null, true);
    }

    @Test
    void aClearanceNamesThePhysicianAndItsDateTidied() {
        Clearance clearance = Clearance.cleared(VISIT, "  Dr.   Rosa  Diaz ", " 2026-03-02 ", " avoid the  left calf ",
                TODAY, Fixtures.NOON);
        assertThat(clearance.kind()).isEqualTo(Clearance.Kind.CLEARED);
        assertThat(clearance.physician()).isEqualTo("Dr. Rosa Diaz");
        assertThat(clearance.clearedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(clearance.note()).isEqualTo("avoid the left calf");
        assertThat(clearance.allowsSession()).isTrue();
        assertThat(clearance.summary()).isEqualTo("Cleared by Dr. Rosa Diaz on 2 Mar 2026. Note: avoid the left calf");
        assertThat(Clearance.cleared(VISIT, "Dr. Rosa Diaz", "2026-03-10", "", TODAY, Fixtures.NOON).summary())
                .isEqualTo("Cleared by Dr. Rosa Diaz on 10 Mar 2026.");
    }

    @Test
    void theNameIsRequiredAndMustLookLikeOne() {
        assertThat(problems("", "2026-03-10", "")).containsExactly(
                "PHYSICIAN: Type the name of the physician who cleared the client.");
        assertThat(problems("   ", "2026-03-10", "")).hasSize(1);
        assertThat(problems(null, "2026-03-10", null)).hasSize(1);
        assertThat(problems("12345", "2026-03-10", "")).containsExactly(
                "PHYSICIAN: That does not look like a name; type the physician's name.");
        assertThat(problems("😀😀", "2026-03-10", "")).containsExactly(
                "PHYSICIAN: That does not look like a name; type the physician's name.");
        assertThatThrownBy(() -> Clearance.cleared(VISIT, " ", "2026-03-10", "", TODAY, Fixtures.NOON))
                .isInstanceOf(Refused.class).hasMessage("Type the name of the physician who cleared the client.");
    }

    @Test
    void lengthsCountLettersNotJavaChars() {
        assertThat(problems("D" + "r".repeat(79), "2026-03-10", "n".repeat(200))).isEmpty();
        assertThat(problems("D" + "😀".repeat(79), "2026-03-10", "😀".repeat(200))).isEmpty();
        assertThat(problems("D" + "r".repeat(80), "2026-03-10", "")).containsExactly(
                "PHYSICIAN: That name is too long; 80 letters at most.");
        assertThat(problems("Dr. Diaz", "2026-03-10", "😀".repeat(201))).containsExactly(
                "NOTE: The note is too long; 200 letters at most.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dr. Zoë Núñez 😀", "Dr. O'Brien", "李醫生", "Robert'); DROP TABLE physician_clearance;--",
            "<b>Dr. Bold</b>"})
    void unusualNamesAreJustText(String name) {
        assertThat(Clearance.cleared(VISIT, name, "2026-03-10", "", TODAY, Fixtures.NOON).physician()).isEqualTo(name);
    }

    @Test
    void theDateIsADayOfTheLastTwelveMonths() {
        assertThat(problems("Dr. Diaz", "", "")).containsExactly(
                "DATE: Type the date of the clearance as year-month-day, for example 2026-03-10.");
        assertThat(problems("Dr. Diaz", "10/03/2026", "")).containsExactly(
                "DATE: That is not a date; type it as year-month-day, for example 2026-03-10.");
        assertThat(problems("Dr. Diaz", "2026-02-30", "")).hasSize(1).first().asString().contains("not a date");
        assertThat(problems("Dr. Diaz", "2026-03-11", "")).containsExactly(
                "DATE: The date of the clearance is in the future.");
        assertThat(problems("Dr. Diaz", "2025-03-10", "")).isEmpty();
        assertThat(problems("Dr. Diaz", "2025-03-09", "")).containsExactly(
                "DATE: That clearance is more than 12 months old; ask the client for a recent one.");
    }

    @Test
    void everyProblemIsToldAtOnceEachForItsBox() {
        assertThat(Clearance.checkCleared("", "tomorrow", "x".repeat(201), TODAY))
                .extracting(Clearance.Problem::field)
                .containsExactly(Clearance.Field.PHYSICIAN, Clearance.Field.DATE, Clearance.Field.NOTE);
    }

    @Test
    void noClearanceKeepsTheSessionWaiting() {
        Clearance none = Clearance.none(VISIT, " will see her doctor on Monday ", Fixtures.NOON);
        assertThat(none.allowsSession()).isFalse();
        assertThat(none.summary()).isEqualTo("Not cleared: the client has no physician clearance. Note: will see her doctor on Monday");
        assertThat(Clearance.none(VISIT, "", Fixtures.NOON).summary()).isEqualTo("Not cleared: the client has no physician clearance.");
        assertThatThrownBy(() -> Clearance.none(VISIT, "x".repeat(201), Fixtures.NOON))
                .isInstanceOf(Refused.class).hasMessage("The note is too long; 200 letters at most.");
    }

    @Test
    void aWaiverNeedsAReasonAndAnApproval() {
        assertThat(Clearance.checkWaiver("  ")).contains(new Clearance.Problem(Clearance.Field.NOTE,
                "Say in the note why the session may go ahead without a physician clearance."));
        assertThatThrownBy(() -> Clearance.waived(VISIT, "", OLIVIA, Fixtures.NOON))
                .isInstanceOf(Refused.class).hasMessageStartingWith("Say in the note why");
        Clearance waived = Clearance.waived(VISIT, "knee surgery in 2019; back only", OLIVIA, Fixtures.NOON);
        assertThat(waived.allowsSession()).isTrue();
        assertThat(waived.approval()).isEqualTo(OLIVIA);
        assertThat(waived.summary()).isEqualTo(
                "Not cleared by a physician; Olivia Park approved going ahead without a clearance: knee surgery in 2019; "
                        + "back only");
        assertThat(Clearance.MAY_WAIVE).containsExactlyInAnyOrder(StaffRole.MANAGER, StaffRole.OWNER);
    }

    @Test
    void aRedFlaggedSessionStartsOnlyOnAClearanceOrAWaiver() {
        Visit visit = flagged();
        assertThatThrownBy(() -> Clearance.requireBeforeSession(visit, Optional.empty()))
                .isInstanceOf(Refused.class)
                .hasMessage("Rita Reyes's intake has a red flag: record the physician's clearance before the session "
                        + "starts, or a manager can let it go ahead without one.");
        assertThatThrownBy(() -> Clearance.requireBeforeSession(visit,
                Optional.of(Clearance.none(visit.id(), "", Fixtures.NOON))))
                .isInstanceOf(Refused.class)
                .hasMessage("Rita Reyes has no physician clearance, so the session cannot start. Record the clearance "
                        + "when there is one, or a manager can let it go ahead without one.");
        assertThatCode(() -> Clearance.requireBeforeSession(visit, Optional.of(
                Clearance.cleared(visit.id(), "Dr. Diaz", "2026-03-10", "", TODAY, Fixtures.NOON))))
                .doesNotThrowAnyException();
        assertThatCode(() -> Clearance.requireBeforeSession(visit, Optional.of(
                Clearance.waived(visit.id(), "checked by the manager", OLIVIA, Fixtures.NOON))))
                .doesNotThrowAnyException();
        assertThatCode(() -> Clearance.requireBeforeSession(Fixtures.visit(VisitStatus.CHECKED_IN), Optional.empty()))
                .as("no red flag, nothing needed").doesNotThrowAnyException();
    }

    @Test
    void aWaiverReasonIsANoteAndKeepsToItsLength() {
        assertThat(Clearance.checkWaiver("x".repeat(Clearance.MAX_NOTE))).isEmpty();
        assertThat(Clearance.checkWaiver("x".repeat(Clearance.MAX_NOTE + 1))).contains(new Clearance.Problem(
                Clearance.Field.NOTE, "The note is too long; 200 letters at most."));
    }

    @Test
    void aPhysiciansClearanceCarriesOverForTwelveMonthsWhileNoNewRedFlagIsRaised() {
        Clearance cleared = Clearance.cleared(VISIT, "Dr Rosa Diaz", "2026-03-02", "", TODAY, Fixtures.NOON);
        java.util.Set<String> then = java.util.Set.of("clots");
        assertThat(cleared.carriesOverTo(LocalDate.of(2026, 6, 1), then, List.of(java.util.Set.of("clots")))).isTrue();
        assertThat(cleared.carriesOverTo(LocalDate.of(2027, 3, 1), then, List.of())).isTrue();
        assertThat(cleared.carriesOverTo(LocalDate.of(2027, 3, 2), then, List.of())).as("twelve months on").isFalse();
        assertThat(cleared.carriesOverTo(LocalDate.of(2026, 6, 1), then,
                List.of(java.util.Set.of(), java.util.Set.of("clots", "fever")))).as("a new red flag").isFalse();
        assertThat(cleared.carriesOverTo(LocalDate.of(2026, 6, 1), then, List.of(java.util.Set.of())))
                .as("a flag gone raises nothing").isTrue();
        assertThat(Clearance.none(VISIT, "not yet", Fixtures.NOON).carriesOverTo(LocalDate.of(2026, 3, 11), then,
                List.of())).as("no clearance").isFalse();
        assertThat(Clearance.waived(VISIT, "long-standing, known", OLIVIA, Fixtures.NOON)
                .carriesOverTo(LocalDate.of(2026, 3, 11), then, List.of())).as("a waiver is for its visit only").isFalse();
    }
}
