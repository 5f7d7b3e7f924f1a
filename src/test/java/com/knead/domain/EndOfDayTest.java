package com.knead.domain;

import static com.knead.domain.Fixtures.DEEP_TISSUE;
import static com.knead.domain.Fixtures.NOON;
import static com.knead.domain.Fixtures.SWEDISH;
import static com.knead.domain.Fixtures.card;
import static com.knead.domain.Fixtures.cash;
import static com.knead.domain.Fixtures.clinic;
import static com.knead.domain.Fixtures.line;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EndOfDayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Function<UUID, String> NAMES =
            id -> Map.of(DEEP_TISSUE, "Deep tissue", SWEDISH, "Swedish").get(id);

    private static Sale sale(Clinic clinic, long receipt, SaleLine line, Tender... tenders) {
        SaleDraft draft = new SaleDraft(clinic, null, "").addLine(line);
        for (Tender tender : tenders) {
            draft.addTender(tender);
        }
        return draft.complete(Ids.next(), new ReceiptNumber(receipt), NOON);
    }

    private static List<Sale> threeSales() {
        Clinic clinic = clinic();
        return List.of(
                sale(clinic, 1, line("Deep tissue, 60 min", DEEP_TISSUE, "85.00"), cash("100.00")),
                sale(clinic, 2, line("Swedish, 60 min", SWEDISH, "80.00"), card("80.00")),
                sale(clinic, 3, line("Deep tissue, 30 min", DEEP_TISSUE, "55.00"), card("30.00"), cash("40.00")));
    }

    @Test
    void summarisesADayOfCashAndCardSales() {
        EndOfDay day = EndOfDay.of(DAY, clinic(), 4, threeSales(), NAMES);

        assertThat(day.day()).isEqualTo(DAY);
        assertThat(day.visits()).isEqualTo(4);
        assertThat(day.sales()).hasSize(3);
        assertThat(day.total()).isEqualTo(usd("220.00"));
        // Tax is what each receipt showed: 4.05 + 3.81 + 2.62.
        assertThat(day.tax()).isEqualTo(usd("10.48"));
        assertThat(day.byModality()).containsOnly(entry("Deep tissue", usd("140.00")), entry("Swedish", usd("80.00")));
        assertThat(day.byTender()).containsOnly(entry(TenderKind.CASH, usd("110.00")), entry(TenderKind.CARD, usd("110.00")));
        // 140.00 cash handed over, 30.00 given back as change.
        assertThat(day.cashExpected()).isEqualTo(usd("110.00"));
        assertThat(day.averageTicket()).isEqualTo(usd("73.33")); // 220 / 3 = 73.333…
    }

    @Test
    void figuresAddUp() {
        EndOfDay day = EndOfDay.of(DAY, clinic(), 3, threeSales(), NAMES);
        Money byTender = day.byTender().values().stream().reduce(Money.zero(Fixtures.USD), Money::plus);
        Money byModality = day.byModality().values().stream().reduce(Money.zero(Fixtures.USD), Money::plus);
        assertThat(byTender).isEqualTo(day.total());
        assertThat(byModality).isEqualTo(day.total());
    }

    @Test
    void averageTicketRoundsAsTheClinicRoundsTax() {
        // 10.00 + 10.01 = 20.01 over two sales: 10.005 exactly.
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN}) {
            Clinic clinic = clinic(true, mode);
            List<Sale> sales = List.of(
                    sale(clinic, 1, line("Chair massage", null, "10.00"), cash("10.00")),
                    sale(clinic, 2, line("Chair massage", null, "10.01"), cash("20.00")));
            EndOfDay day = EndOfDay.of(DAY, clinic, 2, sales, NAMES);
            assertThat(day.averageTicket()).as(mode.name())
                    .isEqualTo(usd(mode == RoundingMode.HALF_UP ? "10.01" : "10.00"));
            assertThat(day.byModality()).containsOnly(entry("Other", usd("20.01")));
            assertThat(day.cashExpected()).isEqualTo(usd("20.01"));
        }
    }

    @Test
    void emptyDayIsAllZero() {
        EndOfDay day = EndOfDay.of(DAY, clinic(), 0, List.of(), NAMES);
        Money zero = usd("0.00");
        assertThat(day.sales()).isEmpty();
        assertThat(day.total()).isEqualTo(zero);
        assertThat(day.tax()).isEqualTo(zero);
        assertThat(day.averageTicket()).isEqualTo(zero);
        assertThat(day.cashExpected()).isEqualTo(zero);
        assertThat(day.byModality()).isEmpty();
        assertThat(day.byTender()).isEmpty();
    }
}
