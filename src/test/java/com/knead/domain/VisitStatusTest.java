package com.knead.domain;

import static com.knead.domain.VisitStatus.CANCELLED;
import static com.knead.domain.VisitStatus.CHECKED_IN;
import static com.knead.domain.VisitStatus.DONE;
import static com.knead.domain.VisitStatus.IN_SESSION;
import static com.knead.domain.VisitStatus.PAID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class VisitStatusTest {

    @Test
    void movesForwardThroughTheDay() {
        assertThat(CHECKED_IN.canMoveTo(IN_SESSION)).isTrue();
        assertThat(IN_SESSION.canMoveTo(DONE)).isTrue();
        assertThat(DONE.canMoveTo(PAID)).isTrue();
    }

    @Test
    void canBePaidOrCancelledAtAnyPointBeforePaid() {
        for (VisitStatus open : EnumSet.of(CHECKED_IN, IN_SESSION, DONE)) {
            assertThat(open.canMoveTo(PAID)).as(open + " -> paid").isTrue();
            assertThat(open.canMoveTo(CANCELLED)).as(open + " -> cancelled").isTrue();
            assertThat(open.isOpen()).isTrue();
        }
    }

    @Test
    void neverMovesBackOrStandsStill() {
        assertThat(IN_SESSION.canMoveTo(CHECKED_IN)).isFalse();
        assertThat(DONE.canMoveTo(IN_SESSION)).isFalse();
        assertThat(DONE.canMoveTo(CHECKED_IN)).isFalse();
        assertThat(CHECKED_IN.canMoveTo(DONE)).isFalse();
        for (VisitStatus status : VisitStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status + " -> itself").isFalse();
        }
    }

    @Test
    void nothingFollowsPaidOrCancelled() {
        for (VisitStatus closed : EnumSet.of(PAID, CANCELLED)) {
            assertThat(closed.next()).isEmpty();
            assertThat(closed.isOpen()).isFalse();
            for (VisitStatus target : VisitStatus.values()) {
                assertThat(closed.canMoveTo(target)).isFalse();
            }
        }
    }

    @Test
    void visitMovesAlongTheLifecycle() {
        Visit visit = Fixtures.visit(CHECKED_IN);
        Visit done = visit.moveTo(IN_SESSION).moveTo(DONE);
        Visit paid = done.moveTo(PAID);
        assertThat(paid.status()).isEqualTo(PAID);
        assertThat(paid.id()).isEqualTo(visit.id());
        assertThat(paid.price()).isEqualTo(visit.price());
        assertThat(paid.queueNumber()).isEqualTo(visit.queueNumber());
        assertThat(visit.status()).as("the original is unchanged").isEqualTo(CHECKED_IN);
    }

    @Test
    void visitRefusesABadStepWithAPlainSentence() {
        assertThatThrownBy(() -> Fixtures.visit(PAID).moveTo(DONE))
                .isInstanceOf(Refused.class)
                .hasMessage("A visit that is paid cannot become done.");
        assertThatThrownBy(() -> Fixtures.visit(CANCELLED).moveTo(PAID))
                .isInstanceOf(Refused.class)
                .hasMessage("A visit that is cancelled cannot become paid.");
        assertThatThrownBy(() -> Fixtures.visit(IN_SESSION).moveTo(CHECKED_IN)).isInstanceOf(Refused.class);
    }

    @Test
    void serviceDescriptionReadsLikeAReceiptLine() {
        assertThat(Fixtures.visit(CHECKED_IN).serviceDescription()).isEqualTo("Deep tissue, 60 min");
    }
}
