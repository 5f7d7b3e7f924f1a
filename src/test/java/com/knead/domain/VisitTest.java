package com.knead.domain;

import static com.knead.domain.Fixtures.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A visit as the kiosk makes it: waiting, nobody assigned, no red flag yet, the service priced then. */
class VisitTest {

    @Test
    void aVisitJustCheckedInWaitsForTheDesk() {
        UUID id = Ids.next();
        UUID client = Ids.next();
        Visit visit = Visit.checkedIn(id, LocalDate.of(2026, 3, 10), 7, client, "Ana Silva", Fixtures.SWEDISH, "Swedish",
                60, Fixtures.usd("75.00"), NOON);
        assertThat(visit.id()).isEqualTo(id);
        assertThat(visit.queueNumber()).isEqualTo(7);
        assertThat(visit.clientId()).isEqualTo(client);
        assertThat(visit.status()).isEqualTo(VisitStatus.CHECKED_IN);
        assertThat(visit.checkedInAt()).isEqualTo(NOON);
        assertThat(visit.therapistId()).isNull();
        assertThat(visit.room()).isNull();
        assertThat(visit.redFlag()).isFalse();
        assertThat(visit.price()).isEqualTo(Fixtures.usd("75.00"));
        assertThat(visit.serviceDescription()).isEqualTo("Swedish, 60 min");
    }
}
