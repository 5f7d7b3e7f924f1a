package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A Z's number and its closed day, and the business days a late record lands on. */
class ZReportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Money NONE = Money.zero(Currency.getInstance("USD"));
    private static final CountedDrawer DRAWER = new CountedDrawer(NONE, DrawerCount.ofTotal(NONE), "");
    private static final Approval OWNER = new Approval(UUID.fromString("00000000-0000-7000-8000-000000000009"), "Olivia Park");

    private static ZReport z(long number) {
        return new ZReport(UUID.fromString("00000000-0000-7000-8000-000000000001"), number, DAY, DRAWER, OWNER,
                Instant.parse("2026-12-01T20:00:00Z"), NONE, NONE, NONE, NONE, 3, 2, 1, null);
    }

    @Test
    void aZIsNumberedFromOneAndPrintedWithSixDigits() {
        assertThat(z(1).label()).isEqualTo("Z 000001");
        assertThat(z(1234).label()).isEqualTo("Z 001234");
        assertThatThrownBy(() -> z(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(z(7).closingOn("ab").chainHead()).isEqualTo("ab");
        assertThat(z(7).closingOn("ab")).isEqualTo(new ZReport(z(7).id(), 7, DAY, DRAWER, OWNER, z(7).closedAt(), NONE,
                NONE, NONE, NONE, 3, 2, 1, "ab"));
        assertThatThrownBy(() -> new ZReport(null, 1, DAY, DRAWER, OWNER, Instant.EPOCH, NONE, NONE, NONE, NONE, 0, 0, 0,
                null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ZReport(z(1).id(), 1, null, DRAWER, OWNER, Instant.EPOCH, NONE, NONE, NONE, NONE, 0,
                0, 0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ZReport(z(1).id(), 1, DAY, null, OWNER, Instant.EPOCH, NONE, NONE, NONE, NONE, 0, 0,
                0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ZReport(z(1).id(), 1, DAY, DRAWER, null, Instant.EPOCH, NONE, NONE, NONE, NONE, 0, 0,
                0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ZReport(z(1).id(), 1, DAY, DRAWER, OWNER, null, NONE, NONE, NONE, NONE, 0, 0, 0,
                null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aRangesClientsAreTheNewAndTheReturning() {
        assertThat(new SalesRange.Clients(3, 4).all()).isEqualTo(7);
        assertThat(new SalesRange.Clients(0, 0).all()).isZero();
    }

    @Test
    void aLateRecordLandsOnTheFirstOpenDayAndTheFutureCannotBeClosed() {
        assertThat(BusinessDays.openFrom(DAY, d -> false)).isEqualTo(DAY);
        assertThat(BusinessDays.openFrom(DAY, d -> !d.isAfter(DAY.plusDays(1)))).isEqualTo(DAY.plusDays(2));
        BusinessDays.requireBegun(DAY, DAY);
        BusinessDays.requireBegun(DAY.minusDays(1), DAY);
        assertThatThrownBy(() -> BusinessDays.requireBegun(DAY.plusDays(1), DAY)).isInstanceOf(Refused.class)
                .hasMessage("2026-12-02 is in the future; a day can be closed, or reported on, once it has begun "
                        + "(today is 2026-12-01).");
    }
}
