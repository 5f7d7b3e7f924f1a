package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Clearance;
import com.knead.domain.Refused;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A physician's clearance carries over to the same client's later visits on a real H2 folder: until
 * twelve months after its date, and not once a visit raises a red flag the cleared visit did not.
 */
class ClearanceCarryOverTest extends WithOpenStores {

    private static final Instant MARCH = Instant.parse("2026-03-10T15:00:00Z");
    private static final Map<String, String> CLOTS = Map.of("pressure", "medium", "blood_clots", "yes");

    private Visit flagged(Instant at, Map<String, String> answers) {
        return TestClinic.kioskCheckIn(stores, "Rita Reyes", "555 300 0001", at, answers);
    }

    private Clearance clear(Visit visit) {
        return stores.clearances().record(Clearance.cleared(visit.id(), "Dr. Rosa Diaz", "2026-03-09",
                "letter on file", LocalDate.of(2026, 3, 10), MARCH));
    }

    @Test
    void aClearanceStandsForLaterVisitsUntilTwelveMonthsAfterItsDate() {
        Visit first = flagged(MARCH, CLOTS);
        Clearance cleared = clear(first);
        Visit later = flagged(Instant.parse("2026-09-01T15:00:00Z"), CLOTS);
        assertThat(later.clientId()).isEqualTo(first.clientId());
        assertThat(later.redFlag()).isTrue();

        assertThat(stores.clearances().latest(later.id())).contains(cleared);
        assertThat(stores.clearances().latest(later.businessDay(), later.queueNumber())).contains(cleared);
        assertThat(stores.clearances().latestForDay(later.businessDay())).containsEntry(later.id(), cleared);
        assertThat(cleared.summary()).startsWith("Cleared by Dr. Rosa Diaz on 9 Mar 2026.");
        assertThat(stores.visits().move(later.id(), VisitStatus.IN_SESSION).status()).isEqualTo(VisitStatus.IN_SESSION);

        Visit lastDay = flagged(Instant.parse("2027-03-08T15:00:00Z"), CLOTS);
        assertThat(stores.clearances().latest(lastDay.id())).contains(cleared);
        Visit expired = flagged(Instant.parse("2027-03-09T15:00:00Z"), CLOTS);
        assertThat(stores.clearances().latest(expired.id())).isEmpty();
        assertThat(stores.clearances().latestForDay(expired.businessDay())).isEmpty();
        assertThatThrownBy(() -> stores.visits().move(expired.id(), VisitStatus.IN_SESSION))
                .isInstanceOf(Refused.class).hasMessageStartingWith("Rita Reyes's intake has a red flag");
    }

    @Test
    void aNewRedFlagEndsTheCarryOverEvenForVisitsAfterIt() {
        Visit first = flagged(MARCH, CLOTS);
        clear(first);
        Visit surgery = flagged(Instant.parse("2026-05-01T15:00:00Z"),
                Map.of("pressure", "medium", "blood_clots", "yes", "recent_surgery", "yes"));
        assertThat(stores.clearances().latest(surgery.id())).isEmpty();
        assertThatThrownBy(() -> stores.visits().move(surgery.id(), VisitStatus.IN_SESSION))
                .isInstanceOf(Refused.class);

        Visit afterwards = flagged(Instant.parse("2026-06-01T15:00:00Z"), CLOTS);
        assertThat(stores.clearances().latest(afterwards.id())).isEmpty();
    }

    @Test
    void onlyAClearanceCarriesOverAndAVisitsOwnRecordComesFirst() {
        Visit first = flagged(MARCH, CLOTS);
        stores.clearances().record(Clearance.none(first.id(), "will ask her GP", MARCH));
        Visit later = flagged(Instant.parse("2026-04-01T15:00:00Z"), CLOTS);
        assertThat(stores.clearances().latest(later.id())).isEmpty();

        Clearance cleared = clear(later);
        Visit third = flagged(Instant.parse("2026-05-01T15:00:00Z"), CLOTS);
        assertThat(stores.clearances().latest(third.id())).contains(cleared);
        Clearance none = stores.clearances().record(Clearance.none(third.id(), "doctor withdrew it",
                Instant.parse("2026-05-01T15:05:00Z")));
        assertThat(stores.clearances().latest(third.id())).contains(none);
        assertThat(stores.clearances().forClient(first.clientId())).hasSize(3);
    }

    @Test
    void aClearanceUnderAMergedRecordCarriesOverUntilTheMergeIsUndone() {
        Visit walkIn = TestClinic.kioskCheckIn(stores, "R Reyes", "555 300 0009", MARCH, CLOTS);
        Clearance cleared = clear(walkIn);
        Visit later = flagged(Instant.parse("2026-04-01T15:00:00Z"), CLOTS);
        assertThat(later.clientId()).isNotEqualTo(walkIn.clientId());
        assertThat(stores.clearances().latest(later.id())).isEmpty();
        java.util.UUID owner = stores.staff().active().get(0).id();

        stores.clientMerges().merge(later.clientId(), walkIn.clientId(), owner, "same person", MARCH.plusSeconds(60));
        assertThat(stores.clearances().latest(later.id())).contains(cleared);
        assertThat(stores.clearances().latestForDay(later.businessDay())).containsEntry(later.id(), cleared);

        stores.clientMerges().undo(later.clientId(), walkIn.clientId(), owner, "two people", MARCH.plusSeconds(120));
        assertThat(stores.clearances().latest(later.id())).isEmpty();
    }

    @Test
    void anotherClientsClearanceNeverCarriesOver() {
        clear(flagged(MARCH, CLOTS));
        Visit someoneElse = TestClinic.kioskCheckIn(stores, "Sam Stone", "555 300 0002",
                Instant.parse("2026-04-01T15:00:00Z"), CLOTS);
        assertThat(stores.clearances().latest(someoneElse.id())).isEmpty();
    }
}
