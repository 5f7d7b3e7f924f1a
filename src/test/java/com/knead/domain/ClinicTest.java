package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The clinic's own details: its lines on the receipt, its money, and where its business day starts. */
class ClinicTest {

    @Test
    void missingContactLinesPrintAsNothing() {
        Clinic bare = new Clinic("Knead", null, null, Fixtures.USD, TaxPolicy.none(), ZoneId.of("America/New_York"));
        assertThat(bare.address()).isEmpty();
        assertThat(bare.phone()).isEmpty();
        Clinic full = Fixtures.clinic();
        assertThat(full.address()).isEqualTo("1 Main St");
        assertThat(full.phone()).isEqualTo("555-0100");
    }

    @Test
    void amountsAreInTheClinicsCurrency() {
        assertThat(Fixtures.clinic().money("85")).isEqualTo(Fixtures.usd("85.00"));
    }

    @Test
    void theBusinessDayIsTheDayOnTheClinicsClock() {
        Clinic newYork = new Clinic("Knead", "", "", Fixtures.USD, TaxPolicy.none(), ZoneId.of("America/New_York"));
        // 02:00 UTC on the 11th is still the evening of the 10th in New York
        assertThat(newYork.businessDay(Instant.parse("2026-03-11T02:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(Fixtures.clinic().businessDay(Instant.parse("2026-03-11T02:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void aClinicOpenPastMidnightKeepsItsLateSalesOnTheDayBefore() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Clinic late = new Clinic("Night Knead", "", "", Currency.getInstance("EUR"), TaxPolicy.none(), berlin,
                LocalTime.of(4, 0), false, "");
        // 03:59 in Berlin on the 12th still belongs to the 11th; 04:00 opens the 12th
        assertThat(late.businessDay(Instant.parse("2026-03-12T02:59:00Z"))).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(late.businessDay(Instant.parse("2026-03-12T03:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(late.businessDay(Instant.parse("2026-03-12T20:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 12));
        // a day ending at midnight cuts at midnight
        Clinic plain = new Clinic("Knead", "", "", Currency.getInstance("EUR"), TaxPolicy.none(), berlin);
        assertThat(plain.businessDay(Instant.parse("2026-03-12T02:59:00Z"))).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(plain.demo()).isFalse();
    }
}
