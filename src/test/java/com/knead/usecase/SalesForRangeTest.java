package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Approval;
import com.knead.domain.CardReference;
import com.knead.domain.CashDrawer;
import com.knead.domain.ContactDetails;
import com.knead.domain.Discount;
import com.knead.domain.DrawerCount;
import com.knead.domain.EndOfDay;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PrepaidCode;
import com.knead.domain.Refund;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.SalesRange;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.domain.Visit;
import com.knead.store.DatabaseFile;
import com.knead.store.DemoSeed;
import com.knead.store.Stores;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A range report reads its days a month at a time, a few range queries each; each of its days must be
 * exactly the end of day read on its own, and the range the sum of those days. The history here has
 * what makes a day's figures hard: voids, refunds of sales made before the range, split tenders,
 * discounts, tips, gift cards, package visits, drawer movements, a closed day with records made after
 * its close, and a business day that ends at 03:00, so a sale at 01:30 belongs to the day before.
 */
class SalesForRangeTest extends OpenClinic {

    private final Clock clock = Clock.systemUTC();
    private LocalDate today;
    private LocalDate closed;
    private final List<Sale> late = new ArrayList<>();

    @BeforeEach
    void generateHistory() throws Exception {
        stores.close();
        try (Connection c = DatabaseFile.connect(folder); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE clinic SET day_ends = '03:00'");
        }
        stores = Stores.open(folder);
        assertThat(stores.clinic().dayEnds()).isEqualTo(LocalTime.of(3, 0));
        today = stores.clinic().businessDay(clock.instant());
        closed = today.minusDays(20);
        new History(new Random(29)).days(today.minusDays(50), today);
    }

    @Test
    void eachDayReadWithItsRangeIsTheDayReadAlone() {
        LocalDate from = today.minusDays(44);
        LocalDate to = today.minusDays(1);
        EndOfDayFigures figures = new EndOfDayFigures(stores, clock);
        List<EndOfDay> alone = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            alone.add(figures.of(day));
        }
        List<EndOfDay> together = figures.of(from, to, stores.catalog().modalityNames());

        assertThat(together).hasSize(alone.size());
        for (int i = 0; i < alone.size(); i++) {
            assertThat(together.get(i)).as("the day %s", alone.get(i).day()).isEqualTo(alone.get(i));
        }
        // The history has what it is meant to have, inside the range.
        List<Sale> sales = alone.stream().flatMap(day -> day.sales().stream()).toList();
        List<Refund> refunds = alone.stream().flatMap(day -> day.refunds().stream()).toList();
        assertThat(sales).as("a sale after midnight, before the day's end at 03:00, is the day before's")
                .anySatisfy(s -> assertThat(s.createdAt().atZone(stores.clinic().zone()).toLocalDate())
                        .isEqualTo(s.businessDay().plusDays(1)));
        assertThat(sales).as("a sale recorded for the closed day counts on the next")
                .anySatisfy(s -> assertThat(stores.clinic().businessDay(s.createdAt())).isEqualTo(closed));
        assertThat(late).allSatisfy(s -> assertThat(s.businessDay()).isEqualTo(closed.plusDays(1)));
        assertThat(refunds).extracting(Refund::kind).contains(Refund.Kind.VOID, Refund.Kind.REFUND);
        assertThat(refunds).as("a refund of a sale from before the range")
                .anySatisfy(r -> assertThat(stores.sales().find(r.saleReceipt()).orElseThrow().businessDay()).isBefore(from));
        assertThat(sales).anySatisfy(s -> assertThat(s.tenders()).hasSize(2));
        assertThat(sales).anySatisfy(s -> assertThat(s.totals().discount().isPositive()).isTrue());
        assertThat(sales).anySatisfy(s -> assertThat(s.totals().tip().isPositive()).isTrue());
        assertThat(sales).anySatisfy(s -> assertThat(s.taken(TenderKind.PACKAGE_CREDIT).isPositive()).isTrue());
        assertThat(sales).anySatisfy(s -> assertThat(s.taken(TenderKind.GIFT_CARD).isPositive()).isTrue());
        assertThat(alone.stream().filter(day -> day.drawer() != null)).anySatisfy(day -> assertThat(day.drawer().movements()).isNotEmpty());
        assertThat(alone).anySatisfy(day -> assertThat(day.drawer()).isNull());
    }

    @Test
    void theRangeIsTheSumOfItsDaysAndStopsAtToday() {
        LocalDate from = today.minusDays(45);
        EndOfDayFigures figures = new EndOfDayFigures(stores, clock);
        List<EndOfDay> alone = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            alone.add(figures.of(day));
        }
        List<int[]> told = new ArrayList<>();
        SalesRange range = new SalesForRange(stores, clock).of(from, today.plusDays(5), new ReportProgress() {
            @Override
            public void done(int days, int of) {
                told.add(new int[] {days, of});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });

        assertThat(range).isEqualTo(SalesRange.of(from, today, stores.clinic(), alone, range.clients()));
        assertThat(range.to()).isEqualTo(today);
        assertThat(range.whole().refunded().isPositive()).isTrue();
        assertThat(range.whole().voided()).isPositive();
        assertThat(told).hasSize(alone.size());
        for (int i = 0; i < told.size(); i++) {
            assertThat(told.get(i)).containsExactly(i + 1, alone.size());
        }
    }

    @Test
    void aCancelInTheSecondMonthStopsThere() {
        List<Integer> told = new ArrayList<>();
        LocalDate from = today.minusDays(45);
        assertThatThrownBy(() -> new SalesForRange(stores, clock).of(from, today, new ReportProgress() {
            @Override
            public void done(int days, int of) {
                told.add(days);
            }

            @Override
            public boolean cancelled() {
                return told.size() == SalesForRange.STRETCH + 2;
            }
        })).isInstanceOf(ReportCancelled.class);
        assertThat(told).hasSize(SalesForRange.STRETCH + 2);
    }

    /** Days of a clinic open late: drawer, visits until after midnight, voids, refunds days later, prepaid. */
    private final class History {
        private final Random random;
        private final List<StaffMember> therapists;
        private final Approval owner;
        private final StaffMember closer;
        private final List<PrepaidCode> giftCards = new ArrayList<>();
        private final List<Sale> earlier = new ArrayList<>();
        private int codes;

        History(Random random) {
            this.random = random;
            this.therapists = stores.staff().active().stream().filter(m -> m.role() == StaffRole.THERAPIST).toList();
            this.closer = stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER).findFirst().orElseThrow();
            this.owner = new Approval(closer.id(), closer.name());
        }

        void days(LocalDate first, LocalDate last) {
            for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
                Modality modality = stores.catalog().priceListOn(day).bookable().get(0);
                ServicePrice price = stores.catalog().priceListOn(day).pricesOf(modality.id()).get(0);
                if (random.nextInt(5) > 0 || day.equals(closed)) {
                    stores.drawer().open(money("100.00"), at(day, 9, 0));
                    if (random.nextInt(2) == 0) {
                        stores.drawer().move(new CashDrawer.Movement(random.nextBoolean() ? CashDrawer.Kind.PAY_IN
                                : CashDrawer.Kind.PAY_OUT, money("20.00"), "Change from the bank", at(day, 12, 5)));
                    }
                }
                if (random.nextInt(3) == 0) {
                    PrepaidCode card = code("GC");
                    sell(new SaleDraft(stores.clinic(), null, "Counter").addLine(SaleLine.giftCard(card, money("50.00")))
                            .addTender(Tender.cash(money("50.00"))), at(day, 9, 30));
                    giftCards.add(card);
                }
                int[][] times = {{10, 0}, {12, 0}, {14, 0}, {25, 30}};
                for (int i = 0; i < times.length; i++) {
                    visit(day, modality, price, i, at(day, times[i][0], times[i][1]));
                }
                if (random.nextInt(2) == 0) {
                    packageVisit(day, modality, price);
                }
                if (earlier.size() > 20 && random.nextInt(2) == 0) {
                    Sale back = earlier.get(earlier.size() - 18);
                    try {
                        stores.refunds().refund(back.receiptNumber(), money("15.00"), TenderKind.CASH, "Part of the session",
                                "Cut short", owner, at(day, 16, 0));
                    } catch (Refused voidedOrRefunded) {
                        // a voided sale cannot be refunded; the next day tries again
                    }
                }
                if (day.equals(closed)) {
                    CloseDay close = new CloseDay(stores, new PinCheck(stores.staff(), stores.audit(), clock,
                            stores.clinic().zone()), clock);
                    close.close(closer, DemoSeed.DEMO_OWNER_PIN, day, DrawerCount.ofTotal(close.expected(day)), "");
                    // Recorded for the closed day after its close: they count on the next open day.
                    late.add(sell(new SaleDraft(stores.clinic(), null, "Counter")
                            .addLine(SaleLine.giftCard(code("GC"), money("30.00"))).addTender(Tender.cash(money("30.00"))),
                            at(day, 20, 0)));
                    stores.refunds().refund(earlier.get(earlier.size() - 2).receiptNumber(), money("5.00"),
                            TenderKind.CASH, "Oil", "Wrong oil", owner, at(day, 20, 30));
                }
            }
        }

        private void visit(LocalDate day, Modality modality, ServicePrice price, int i, Instant at) {
            Visit visit = stores.visits().checkIn(ContactDetails.of("Client " + random.nextInt(30),
                    "555" + String.format("%07d", random.nextInt(30))), modality, price, at);
            SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
            StaffMember therapist = therapists.get(random.nextInt(therapists.size()));
            draft.therapist(therapist.id(), therapist.name());
            if (random.nextInt(4) == 0) {
                draft.discount(Discount.percent(new BigDecimal("10"), "regular client"));
            }
            if (random.nextInt(2) == 0) {
                draft.tipPercent(15);
            }
            Money due = draft.totals().amountDue();
            int kind = random.nextInt(4);
            if (kind == 0 && !giftCards.isEmpty()) {
                draft.addTender(Tender.giftCard(money("20.00"), giftCards.remove(0)));
                draft.addTender(Tender.card(due.minus(money("20.00")), new CardReference("A" + i + "1234", "4242")));
            } else if (kind == 1) {
                draft.addTender(Tender.card(money("30.00"), new CardReference("B" + i + "5678", "1881")));
                draft.addTender(Tender.cash(due.minus(money("30.00")).plus(money("5.00"))));
            } else if (kind == 2) {
                draft.addTender(Tender.cash(due));
            } else {
                draft.addTender(Tender.card(due, new CardReference("C" + i + "9012", "0005")));
            }
            Sale sale = sell(draft, at.plusSeconds(3600));
            earlier.add(sale);
            if (random.nextInt(10) == 0 && i < 2) {
                stores.refunds().voidSale(sale.receiptNumber(), "Rang up twice", owner, at.plusSeconds(3660));
            }
        }

        private void packageVisit(LocalDate day, Modality modality, ServicePrice price) {
            PrepaidCode pack = code("PK");
            sell(new SaleDraft(stores.clinic(), null, "Pat Package")
                    .addLine(SaleLine.packageOf(pack, modality, price.minutes(), 3, price.price().times(3)))
                    .addTender(Tender.card(price.price().times(3), new CardReference("P12345", "7777"))), at(day, 15, 0));
            Visit visit = stores.visits().checkIn(ContactDetails.of("Pat Package", "5550001111"), modality, price,
                    at(day, 15, 10));
            SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
            draft.therapist(therapists.get(0).id(), therapists.get(0).name()).tip(money("10.00"));
            draft.addTender(Tender.packageCredit(visit.price(), pack));
            draft.addTender(Tender.cash(money("10.00")));
            sell(draft, at(day, 16, 30));
        }

        /** {@code hour} of the business day {@code day}; past 24 it is the small hours of the next date. */
        private Instant at(LocalDate day, int hour, int minute) {
            return day.plusDays(hour / 24).atTime(hour % 24, minute).atZone(stores.clinic().zone()).toInstant();
        }

        private Sale sell(SaleDraft draft, Instant at) {
            return stores.sales().record(draft, at);
        }

        private PrepaidCode code(String prefix) {
            return new PrepaidCode(prefix + "-" + String.format("%04d", ++codes));
        }

        private Money money(String amount) {
            return stores.clinic().money(amount);
        }
    }
}
