package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The price in effect on a day, the one waiting, and the days a new price may start on. */
class PriceChangeTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final UUID ITEM = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Instant MADE = Instant.parse("2026-11-20T10:00:00Z");

    private static PriceChange change(String price, LocalDate from, Instant made) {
        return new PriceChange(UUID.randomUUID(), PricedKind.SERVICE, ITEM, "Swedish 60 min", Money.of(price, USD),
                Optional.ofNullable(from), "Olivia Park", made);
    }

    @Test
    void theLatestChangeStartedByTheDayIsInEffect() {
        PriceChange start = change("80.00", null, MADE);
        PriceChange december = change("90.00", DAY, MADE);
        PriceChange january = change("100.00", DAY.plusMonths(1), MADE);
        List<PriceChange> all = List.of(january, start, december);
        assertThat(PriceChange.inEffect(all, DAY.minusDays(1))).contains(start);
        assertThat(PriceChange.inEffect(all, DAY)).contains(december);
        assertThat(PriceChange.inEffect(all, DAY.plusMonths(1).minusDays(1))).contains(december);
        assertThat(PriceChange.inEffect(all, DAY.plusMonths(1))).contains(january);
        assertThat(PriceChange.inEffect(List.of(january), DAY)).isEmpty();
        assertThat(PriceChange.inEffect(List.of(), DAY)).isEmpty();
    }

    @Test
    void ofTwoFromTheSameDayTheOneMadeLastWins() {
        PriceChange first = change("90.00", DAY, MADE);
        PriceChange second = change("95.00", DAY, MADE.plusSeconds(1));
        assertThat(PriceChange.inEffect(List.of(second, first), DAY)).contains(second);
        assertThat(PriceChange.inEffect(List.of(first, second), DAY)).contains(second);
        PriceChange startA = change("80.00", null, MADE);
        PriceChange startB = change("85.00", null, MADE.plusSeconds(1));
        assertThat(PriceChange.inEffect(List.of(startB, startA), DAY)).contains(startB);
        assertThat(PriceChange.inEffect(List.of(startA, startB), DAY)).contains(startB);
    }

    @Test
    void theNextChangeAfterTodayIsWaiting() {
        PriceChange start = change("80.00", null, MADE);
        PriceChange tomorrow = change("90.00", DAY.plusDays(1), MADE);
        PriceChange tomorrowAgain = change("92.00", DAY.plusDays(1), MADE.plusSeconds(5));
        PriceChange later = change("100.00", DAY.plusDays(9), MADE.plusSeconds(9));
        assertThat(PriceChange.pending(List.of(later, start, tomorrow), DAY)).contains(tomorrow);
        assertThat(PriceChange.pending(List.of(tomorrow, later), DAY)).contains(tomorrow);
        assertThat(PriceChange.pending(List.of(tomorrowAgain, tomorrow), DAY)).contains(tomorrowAgain);
        assertThat(PriceChange.pending(List.of(tomorrow, tomorrowAgain), DAY)).contains(tomorrowAgain);
        assertThat(PriceChange.pending(List.of(start, tomorrow), DAY.plusDays(1))).isEmpty();
    }

    @Test
    void aNewPriceStartsTodayOrLaterAndSaysFromWhen() {
        PriceChange.requireFrom(DAY, DAY);
        PriceChange.requireFrom(DAY.plusDays(1), DAY);
        assertThatThrownBy(() -> PriceChange.requireFrom(DAY.minusDays(1), DAY)).isInstanceOf(Refused.class)
                .hasMessage("2026-11-30 has passed; a new price takes effect today or on a later day.");
        assertThat(change("90.00", DAY, MADE).fromWords()).isEqualTo("from 2026-12-01");
        assertThat(change("90.00", null, MADE).fromWords()).isEqualTo("from the start");
        assertThat(change("90.00", DAY, MADE).startedBy(DAY)).isTrue();
        assertThat(change("90.00", DAY, MADE).startedBy(DAY.minusDays(1))).isFalse();
        assertThatThrownBy(() -> change("-1.00", DAY, MADE)).isInstanceOf(IllegalArgumentException.class);
        change("0.00", DAY, MADE);
    }

    @Test
    void aTypedDayIsReadOrRefusedInPlainWords() {
        assertThat(TypedDay.parse(" 2026-12-02 ", DAY)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThatThrownBy(() -> TypedDay.parse("  ", DAY)).hasMessage("Type the day the price takes effect, like 2026-12-01.");
        assertThatThrownBy(() -> TypedDay.parse(null, DAY)).hasMessage("Type the day the price takes effect, like 2026-12-01.");
        assertThatThrownBy(() -> TypedDay.parse("2/12/2026", DAY))
                .hasMessage("\"2/12/2026\" is not a date; type it as YYYY-MM-DD, like 2026-12-01.");
    }

    @Test
    void aSheetFindsAModalityByItsKey() {
        Modality swedish = new Modality(UUID.randomUUID(), "SWEDISH", "Swedish", "", Pressure.LIGHT, false, 1);
        PriceSheet sheet = new PriceSheet(DAY, List.of(new PriceSheet.Offer(swedish, true, List.of())), List.of());
        assertThat(sheet.offer(swedish.id())).map(PriceSheet.Offer::modality).contains(swedish);
        assertThat(sheet.offer(UUID.randomUUID())).isEmpty();
    }

    @Test
    void ofTwoChangesFromTheSameDayTheOneMadeLastCounts() {
        PriceChange first = change("90.00", DAY, MADE);
        PriceChange second = change("95.00", DAY, MADE.plusSeconds(60));
        assertThat(PriceChange.inEffect(List.of(second, first), DAY)).contains(second);
        assertThat(PriceChange.inEffect(List.of(first, second), DAY)).contains(second);
        assertThat(PriceChange.pending(List.of(first, second), DAY.minusDays(1))).contains(second);
    }
}
