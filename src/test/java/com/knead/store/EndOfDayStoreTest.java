package com.knead.store;

import static com.knead.store.TestClinic.AFTERNOON;
import static com.knead.store.TestClinic.checkIn;
import static com.knead.store.TestClinic.money;
import static com.knead.store.TestClinic.recordCashSale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.knead.domain.Approval;
import com.knead.domain.CardReference;
import com.knead.domain.CashDrawer;
import com.knead.domain.EndOfDay;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.usecase.EndOfDayFigures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The end of day read from a real data folder: voids, a refund of an earlier day's sale, and the drawer. */
class EndOfDayStoreTest extends WithOpenStores {

    @Test
    void aDayWithAVoidARefundOfAnEarlierSaleAndTheDrawer() {
        Approval owner = Approval.check(stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER)
                .findFirst().orElseThrow(), "4827", EnumSet.of(StaffRole.OWNER), "a refund");
        Instant lastWeek = AFTERNOON.minus(Duration.ofDays(7));
        Sale earlier = recordCashSale(stores, checkIn(stores, "Ada Client", lastWeek), "100.00", lastWeek);

        stores.drawer().open(money(stores, "100.00"), AFTERNOON);
        Sale byCard = stores.sales().record(SaleDraft.forVisit(stores.clinic(), checkIn(stores, "Ben Walker", AFTERNOON))
                .addTender(Tender.card(money(stores, "85.00"), new CardReference("AB12", "4242"))), AFTERNOON.plusSeconds(60));
        Sale inCash = recordCashSale(stores, checkIn(stores, "Cleo Park", AFTERNOON), "85.00", AFTERNOON.plusSeconds(120));
        stores.refunds().voidSale(inCash.receiptNumber(), "charged the wrong client", owner, AFTERNOON.plusSeconds(180));
        stores.refunds().refund(earlier.receiptNumber(), money(stores, "20.00"), TenderKind.CASH, "Part of the session",
                "cut short", owner, AFTERNOON.plusSeconds(240));
        stores.drawer().move(new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT, money(stores, "12.50"), "Milk",
                AFTERNOON.plusSeconds(300)));

        LocalDate today = stores.clinic().businessDay(AFTERNOON);
        EndOfDay day = new EndOfDayFigures(stores).of(today);

        assertThat(day.sales()).containsExactly(byCard, inCash);
        assertThat(day.voided()).containsExactly(inCash.id());
        assertThat(day.refunds()).hasSize(2);
        assertThat(day.total()).isEqualTo(money(stores, "85.00"));
        assertThat(day.refunded()).isEqualTo(money(stores, "20.00"));
        assertThat(day.netTaken()).isEqualTo(money(stores, "65.00"));
        assertThat(day.byTender()).containsOnly(entry(TenderKind.CARD, money(stores, "85.00")),
                entry(TenderKind.CASH, money(stores, "-20.00")));
        // 4.05 in the card sale, less the refund's share of last week's 4.05: 4.05 x 20/85 = 0.95.
        assertThat(day.tax()).isEqualTo(money(stores, "3.10"));
        // 100.00 float + 85.00 cash sale - 85.00 voided back - 20.00 refunded - 12.50 paid out.
        assertThat(day.cashExpected()).isEqualTo(money(stores, "67.50"));
        assertThat(day.cashExpected()).as("the desk's drawer figure").isEqualTo(
                stores.drawer().expected(stores.drawer().current(AFTERNOON.plusSeconds(400)).orElseThrow()));

        EndOfDay lastWeeksDay = new EndOfDayFigures(stores).of(stores.clinic().businessDay(lastWeek));
        assertThat(lastWeeksDay.total()).as("a refund counts on its own day").isEqualTo(money(stores, "85.00"));
        assertThat(lastWeeksDay.refunds()).isEmpty();
        assertThat(lastWeeksDay.drawer()).isNull();
        assertThat(lastWeeksDay.cashExpected()).isEqualTo(money(stores, "85.00"));
    }
}
