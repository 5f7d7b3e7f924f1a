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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The Z's figures beyond the end of day: takings by therapist, discounts given, adjustments, the chart's bars. */
class DayFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Function<UUID, String> NAMES =
            id -> Map.of(DEEP_TISSUE, "Deep tissue", SWEDISH, "Swedish").get(id);
    private static final Approval OWNER = new Approval(Ids.next(), "Olivia Park");
    private static final UUID MAYA = Ids.next();

    private static Sale sale(long receipt, String therapist, UUID visit, Discount discount, Instant at, SaleLine line,
                             Tender tender) {
        SaleDraft draft = new SaleDraft(clinic(), visit, "").addLine(line);
        if (therapist != null) {
            draft.therapist(MAYA, therapist);
        }
        if (discount != null) {
            draft.discount(discount);
            if (draft.discountNeedsApproval()) {
                draft.approveDiscount(OWNER);
            }
        }
        draft.addTender(tender);
        return draft.complete(Ids.next(), new ReceiptNumber(receipt), at);
    }

    @Test
    void takingsByTherapistDiscountsAndAdjustmentsFromClosedDays() {
        Sale maya1 = sale(1, "Maya Chen", Ids.next(), null, NOON, line("Deep tissue, 60 min", DEEP_TISSUE, "85.00"),
                cash("85.00"));
        Sale maya2 = sale(2, "Maya Chen", null, Discount.amount(usd("10.00"), "Loyalty"), NOON,
                line("Swedish, 60 min", SWEDISH, "80.00"), card("70.00"));
        Sale nobody = sale(3, " ", Ids.next(), null, NOON, line("Swedish, 30 min", SWEDISH, "50.00"), cash("50.00"));
        Sale voided = sale(4, "Sam Lee", Ids.next(), null, NOON, line("Swedish, 30 min", SWEDISH, "50.00"), card("50.00"));
        Sale late = sale(5, "Sam Lee", Ids.next(), Discount.percent(new BigDecimal("50"), "Complaint"),
                NOON.minus(Duration.ofDays(1)), line("Deep tissue, 60 min", DEEP_TISSUE, "85.00"), cash("42.50"));
        Refund voidIt = RefundRules.voidSale(voided, List.of(), DAY, "Wrong client", OWNER, Ids.next(),
                new ReceiptNumber(6), NOON.plusSeconds(60));
        Refund lateRefund = RefundRules.refund(maya1, List.of(), usd("20.00"), TenderKind.CASH, "Part", "Felt unwell",
                OWNER, Ids.next(), new ReceiptNumber(7), NOON.minus(Duration.ofDays(2)), DAY.minusDays(2));
        List<Sale> sales = List.of(maya1, maya2, nobody, voided, late);
        Map<UUID, Sale> byId = new java.util.HashMap<>();
        sales.forEach(s -> byId.put(s.id(), s));
        EndOfDay end = EndOfDay.of(DAY, clinic(), 5, sales, List.of(voidIt, lateRefund), byId, null, NAMES);

        DayFigures figures = DayFigures.of(end, 2, 3, usd("1000.00"));

        assertThat(figures.day()).isEqualTo(DAY);
        assertThat(figures.newClients()).isEqualTo(2);
        assertThat(figures.returningClients()).isEqualTo(3);
        assertThat(figures.grandTotal()).isEqualTo(usd("1000.00"));
        assertThat(figures.byTherapist()).containsExactly(
                new DayFigures.TherapistTakings("Maya Chen", usd("155.00"), usd("0.00"), 1),
                new DayFigures.TherapistTakings("No therapist named", usd("50.00"), usd("0.00"), 1),
                new DayFigures.TherapistTakings("Sam Lee", usd("42.50"), usd("0.00"), 1));
        assertThat(figures.discounts()).containsExactly(
                new DayFigures.DiscountGiven(new ReceiptNumber(2), usd("10.00"), "Loyalty", ""),
                new DayFigures.DiscountGiven(new ReceiptNumber(5), usd("42.50"), "Complaint", "Olivia Park"));
        assertThat(figures.adjustments()).containsExactly(
                new DayFigures.Adjustment(new ReceiptNumber(5), "Sale", DAY.minusDays(1), usd("42.50")),
                new DayFigures.Adjustment(new ReceiptNumber(7), lateRefund.kind().label() + " of receipt "
                        + lateRefund.saleReceipt(), DAY.minusDays(2), usd("-20.00")));
        assertThat(figures.salesByModality()).containsOnly(entry("Deep tissue", usd("170.00")),
                entry("Swedish", usd("130.00")));
    }

    @Test
    void aClosedDaysFiguresTakeTheZsCountsOfVisitsAndClients() {
        EndOfDay end = EndOfDay.of(DAY, clinic(), 4, List.of(sale(1, "Maya Chen", Ids.next(), null, NOON,
                line("Swedish, 60 min", SWEDISH, "80.00"), cash("80.00"))), NAMES);
        DayFigures now = DayFigures.of(end, 1, 1, usd("80.00"));
        Money none = Money.zero(Fixtures.USD);
        ZReport z = new ZReport(Ids.next(), 3, DAY, new CountedDrawer(none, DrawerCount.ofTotal(none), ""), OWNER,
                NOON, none, none, none, none, 6, 4, 2, null);
        DayFigures closed = now.asClosed(z);
        assertThat(closed.endOfDay().visits()).isEqualTo(6);
        assertThat(closed.newClients()).isEqualTo(4);
        assertThat(closed.returningClients()).isEqualTo(2);
        assertThat(closed.byTherapist()).isEqualTo(now.byTherapist());
        assertThat(closed.grandTotal()).isEqualTo(now.grandTotal());
        assertThat(closed.day()).isEqualTo(DAY);
    }
}
