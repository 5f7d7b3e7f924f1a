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

    private static final Approval OWNER = new Approval(UUID.fromString("00000000-0000-7000-8000-0000000000aa"), "Olivia Park");

    private static Refund voided(Sale sale, long receipt) {
        return RefundRules.voidSale(sale, List.of(), DAY, "Rang up the wrong client", OWNER, Ids.next(),
                new ReceiptNumber(receipt), NOON.plusSeconds(600));
    }

    private static Refund refund(Sale sale, String amount, TenderKind to, long receipt) {
        return RefundRules.refund(sale, List.of(), usd(amount), to, "Part of the session", "Client felt unwell", OWNER,
                Ids.next(), new ReceiptNumber(receipt), NOON.plusSeconds(900), DAY);
    }

    private static Map<UUID, Sale> byId(List<Sale> sales) {
        Map<UUID, Sale> map = new java.util.HashMap<>();
        sales.forEach(sale -> map.put(sale.id(), sale));
        return map;
    }

    @Test
    void aVoidedSaleIsListedButCountsForNothing() {
        List<Sale> sales = threeSales();
        Refund voidOfTheCardSale = voided(sales.get(1), 4);

        EndOfDay day = EndOfDay.of(DAY, clinic(), 3, sales, List.of(voidOfTheCardSale), byId(sales), null, NAMES);

        assertThat(day.sales()).hasSize(3);
        assertThat(day.isVoided(sales.get(1))).isTrue();
        assertThat(day.isVoided(sales.get(0))).isFalse();
        assertThat(day.salesKept()).isEqualTo(2);
        assertThat(day.voidedTotal()).isEqualTo(usd("80.00"));
        assertThat(day.total()).isEqualTo(usd("140.00"));
        assertThat(day.refunded()).isEqualTo(usd("0.00"));
        assertThat(day.netTaken()).isEqualTo(usd("140.00"));
        assertThat(day.tax()).isEqualTo(usd("6.67")); // 4.05 + 2.62: the void took its 3.81 with it
        assertThat(day.byModality()).containsOnly(entry("Deep tissue", usd("140.00")));
        assertThat(day.byTender()).containsOnly(entry(TenderKind.CASH, usd("110.00")), entry(TenderKind.CARD, usd("30.00")));
        assertThat(day.averageTicket()).isEqualTo(usd("70.00"));
    }

    @Test
    void aRefundCountsOnTheDayItIsGivenWhateverDayItsSaleWas() {
        Clinic clinic = clinic();
        Sale lastWeek = sale(clinic, 1, line("Deep tissue, 60 min", DEEP_TISSUE, "85.00"), cash("85.00"));
        List<Sale> today = threeSales().subList(1, 3);
        Refund back = refund(lastWeek, "20.00", TenderKind.CASH, 9);
        Map<UUID, Sale> originals = byId(today);
        originals.put(lastWeek.id(), lastWeek);

        EndOfDay day = EndOfDay.of(DAY, clinic, 2, today, List.of(back), originals, null, NAMES);

        assertThat(day.total()).isEqualTo(usd("135.00"));
        assertThat(day.refunded()).isEqualTo(usd("20.00"));
        assertThat(day.netTaken()).isEqualTo(usd("115.00"));
        // 3.81 + 2.62 in today's sales, less the refund's share of last week's 4.05: 4.05 x 20/85 = 0.95.
        assertThat(day.tax()).isEqualTo(usd("5.48"));
        assertThat(day.byTender()).containsOnly(entry(TenderKind.CASH, usd("5.00")), entry(TenderKind.CARD, usd("110.00")));
        assertThat(day.voided()).isEmpty();
    }

    @Test
    void aRefundWithoutItsSaleIsAnError() {
        Sale lastWeek = sale(clinic(), 1, line("Deep tissue, 60 min", DEEP_TISSUE, "85.00"), cash("85.00"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> EndOfDay.of(DAY, clinic(),
                0, List.of(), List.of(refund(lastWeek, "5.00", TenderKind.CASH, 2)), Map.of(), null, NAMES));
    }

    @Test
    void tipsGoToTheirTherapistAndDiscountsShowSoModalitiesAddUp() {
        for (boolean included : new boolean[] {true, false}) {
            Clinic clinic = clinic(included, RoundingMode.HALF_UP);
            SaleDraft draft = new SaleDraft(clinic, null, "Ada").addLine(line("Deep tissue, 60 min", DEEP_TISSUE, "85.00"))
                    .therapist(Ids.next(), "Mia Chen").discount(Discount.parse("10%", "Regular client", Fixtures.USD))
                    .tip(usd("10.00"));
            draft.addTender(cash("200.00"));
            Sale tipped = draft.complete(Ids.next(), new ReceiptNumber(1), NOON);
            Sale plain = sale(clinic, 2, line("Swedish, 60 min", SWEDISH, "80.00"), card(included ? "80.00" : "84.00"));

            EndOfDay day = EndOfDay.of(DAY, clinic, 2, List.of(tipped, plain), NAMES);

            assertThat(day.tips()).isEqualTo(usd("10.00"));
            assertThat(day.tipsByTherapist()).containsOnly(entry("Mia Chen", usd("10.00")));
            assertThat(day.byModality()).containsEntry(EndOfDay.DISCOUNTS, usd("-8.50"));
            if (included) {
                assertThat(day.total()).isEqualTo(usd("156.50"));
                assertThat(day.byModality()).doesNotContainKey(EndOfDay.TAX_ADDED);
            } else {
                // 76.50 + 3.83 tax, and 80.00 + 4.00 tax.
                assertThat(day.total()).isEqualTo(usd("164.33"));
                assertThat(day.byModality()).containsEntry(EndOfDay.TAX_ADDED, usd("7.83"));
            }
            assertThat(sum(day.byModality())).as("by modality, tax included: " + included).isEqualTo(day.total());
            assertThat(day.netTaken()).isEqualTo(day.total().plus(usd("10.00")));
            assertThat(sum(day.byTender())).isEqualTo(day.netTaken());
        }
    }

    @Test
    void cashExpectedFollowsTheDrawerSession() {
        List<Sale> sales = threeSales(); // all at noon: 110.00 cash kept
        Refund cashBack = refund(sales.get(0), "15.00", TenderKind.CASH, 4);
        CashDrawer drawer = new CashDrawer(Ids.next(), DAY, NOON.minusSeconds(3600), usd("150.00"), List.of(
                new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT, usd("20.00"), "Towels", NOON.minusSeconds(60)),
                new CashDrawer.Movement(CashDrawer.Kind.PAY_IN, usd("5.00"), "Change from the bank", NOON.minusSeconds(30)),
                new CashDrawer.Movement(CashDrawer.Kind.NO_SALE, usd("0.00"), "Checked a note", NOON)));

        EndOfDay day = EndOfDay.of(DAY, clinic(), 3, sales, List.of(cashBack), byId(sales), drawer, NAMES);

        // 150.00 float + 110.00 from sales - 15.00 refunded + 5.00 in - 20.00 out.
        assertThat(day.cashExpected()).isEqualTo(usd("230.00"));
        assertThat(day.drawer()).isEqualTo(drawer);
        assertThat(drawer.noSaleOpenings()).isEqualTo(1);

        CashDrawer openedAfterTheSales = new CashDrawer(Ids.next(), DAY, NOON.plusSeconds(60), usd("150.00"), List.of());
        EndOfDay later = EndOfDay.of(DAY, clinic(), 3, sales, List.of(cashBack), byId(sales), openedAfterTheSales, NAMES);
        assertThat(later.cashExpected()).as("only what happened since the drawer opened").isEqualTo(usd("135.00"));
    }

    private static Money sum(Map<?, Money> amounts) {
        return amounts.values().stream().reduce(Money.zero(Fixtures.USD), Money::plus);
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
