package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {

    private static Visit visit(int number, int minutes, VisitStatus status) {
        return new Visit(Ids.next(), LocalDate.of(2026, 3, 10), number, Ids.next(), "Someone", Fixtures.SWEDISH,
                "Swedish", minutes, Fixtures.usd("80.00"), status, Fixtures.NOON, null, null, null, false);
    }

    @Test
    void theFirstVisitorIsNext() {
        Visit own = visit(1, 60, VisitStatus.CHECKED_IN);
        assertThat(WaitEstimate.minutes(List.of(own), own.id(), 2)).isZero();
    }

    @Test
    void waitingAheadCountsFullyInSessionHalfSharedByTherapistsRoundedUpToFive() {
        List<Visit> today = new ArrayList<>(List.of(
                visit(1, 60, VisitStatus.IN_SESSION),   // 30
                visit(2, 60, VisitStatus.CHECKED_IN),   // 60
                visit(3, 30, VisitStatus.PAID),         // done: nothing
                visit(4, 90, VisitStatus.CHECKED_IN))); // 90
        Visit own = visit(5, 60, VisitStatus.CHECKED_IN);
        today.add(own);
        today.add(visit(6, 60, VisitStatus.CHECKED_IN)); // behind: nothing
        assertThat(WaitEstimate.minutes(today, own.id(), 1)).isEqualTo(180);
        assertThat(WaitEstimate.minutes(today, own.id(), 2)).isEqualTo(90);
        assertThat(WaitEstimate.minutes(today, own.id(), 7)).isEqualTo(30); // 25.7 rounds up
        assertThat(WaitEstimate.minutes(today, own.id(), 0)).as("nobody on shift counts as one").isEqualTo(180);
    }

    @Test
    void minutesAddedByAddOnsLengthenTheWait() {
        Visit inSession = visit(1, 60, VisitStatus.IN_SESSION);
        Visit ahead = visit(2, 60, VisitStatus.CHECKED_IN);
        Visit own = visit(3, 60, VisitStatus.CHECKED_IN);
        List<Visit> today = List.of(inSession, ahead, own);
        assertThat(WaitEstimate.minutes(today, own.id(), 1)).isEqualTo(90);
        // 15 more minutes on the visit ahead, and on the one in session (half of it still to come).
        assertThat(WaitEstimate.minutes(today, java.util.Map.of(ahead.id(), 15), own.id(), 1)).isEqualTo(75 + 30);
        assertThat(WaitEstimate.minutes(today, java.util.Map.of(inSession.id(), 30, own.id(), 15), own.id(), 1))
                .as("half of the longer session; one's own add-ons don't count").isEqualTo(45 + 60);
    }

    @Test
    void aVisitNotInTodaysListIsAMistakeOfTheCaller() {
        Visit own = visit(1, 60, VisitStatus.CHECKED_IN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WaitEstimate.minutes(List.of(own), Ids.next(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The visit is not in today's list");
    }
}
