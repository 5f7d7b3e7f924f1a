package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.ContactDetails;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.TaxRateChange;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tax rate changed by date on real H2, on an injected clock: a visit checked in before a change keeps its tax at
 * checkout (also when paid the next day), one checked in after has the new rate, a sale keeps the rate it was taxed
 * at, and the changes and their audit entries outlive a restart.
 */
class DatedTaxRateTest extends OpenClinic {

    private LocalDate today;
    private SettableClock clock;
    private ChangePrice prices;
    private DeskVisits desk;

    @BeforeEach
    void clock() {
        today = today();
        clock = new SettableClock(at(today, 10));
        prices = new ChangePrice(stores.catalog(), stores.clinic(), clock);
        desk = new DeskVisits(stores.visits(), stores.intakes(), stores.catalog(), stores.rooms());
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(stores.clinic().zone()).toInstant();
    }

    private Visit walkIn(String name) {
        return new WalkInCheckIn(stores, clock).checkIn(ContactDetails.of(name, "555 123 4567"), deepTissue60(), riley());
    }

    /** The visit paid in cash now, taxed as the desk's checkout taxes it. */
    private Sale paid(Visit visit) {
        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), stores.visits().find(visit.id()).orElseThrow())
                .taxedAt(desk.toPay(visit).tax());
        draft.addTender(Tender.cash(draft.totals().amountDue()));
        return stores.sales().record(draft, clock.instant());
    }

    private static BigDecimal rate(String percent) {
        return new BigDecimal(percent);
    }

    @Test
    void aVisitInBeforeAChangeKeepsItsTaxAndOneInAfterHasTheNewRate() {
        Visit early = walkIn("Ada Early");
        clock.set(at(today, 11));
        TaxRateChange todays = prices.changeTaxRate(owner(), rate("7.5"), today);
        assertThat(todays.words()).isEqualTo("7.5%");
        prices.changeTaxRate(owner(), rate("10"), today.plusDays(1));
        clock.set(at(today, 12));
        Visit later = walkIn("Bea Later");

        assertThat(prices.sheet().tax().inEffect().ratePercent()).isEqualByComparingTo("7.5");
        assertThat(prices.sheet().tax().pending()).hasValueSatisfying(p -> assertThat(p.words()).isEqualTo("10%"));
        Sale earlySale = paid(early);
        assertThat(earlySale.totals().taxRate()).isEqualByComparingTo("5");
        assertThat(earlySale.totals().tax()).isEqualTo(stores.clinic().money("4.05"));
        Sale laterSale = paid(later);
        assertThat(laterSale.totals().taxRate()).isEqualByComparingTo("7.5");
        assertThat(laterSale.totals().tax()).isEqualTo(stores.clinic().money("5.93"));

        Visit evening = walkIn("Cal Evening");
        clock.set(at(today.plusDays(1), 9));
        assertThat(paid(evening).totals().taxRate()).as("paid the next morning").isEqualByComparingTo("7.5");
        Sale tomorrows = paid(walkIn("Dee Tomorrow"));
        assertThat(tomorrows.totals().taxRate()).isEqualByComparingTo("10");
        assertThat(tomorrows.totals().tax()).isEqualTo(stores.clinic().money("7.73"));

        // What was recorded reads back with the rate it was taxed at, after a restart too.
        stores.close();
        stores = Stores.open(folder);
        assertThat(stores.sales().forDay(today)).extracting(s -> s.totals().taxRate().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("5", "7.5");
        assertThat(stores.sales().forDay(today.plusDays(1)))
                .extracting(s -> s.totals().taxRate().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("7.5", "10");
        assertThat(stores.catalog().taxRates().on(today.plusDays(1)).ratePercent()).isEqualByComparingTo("10");
        assertThat(new ChangePrice(stores.catalog(), stores.clinic(), clock).taxHistory())
                .extracting(TaxRateChange::words, c -> c.from().orElseThrow(), TaxRateChange::madeBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10%", today.plusDays(1), "Olivia Park"),
                        org.assertj.core.groups.Tuple.tuple("7.5%", today, "Olivia Park"));
    }

    @Test
    void eachChangeIsAuditedAndAPastDayTheSameRateAndACashierAreRefused() {
        int before = auditCount();
        prices.changeTaxRate(owner(), rate("6.25"), today.plusDays(3));
        List<com.knead.store.AuditStore.Entry> added = officeChangesSince(before, owner(), clock.instant());
        assertThat(added).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("tax rate change");
            assertThat(e.detail()).isEqualTo("Tax rate: 5% → 6.25% from " + today.plusDays(3));
        });

        assertThatThrownBy(() -> prices.changeTaxRate(owner(), rate("8"), today.minusDays(1))).isInstanceOf(Refused.class)
                .hasMessage(today.minusDays(1) + " has passed; a new price takes effect today or on a later day.");
        assertThatThrownBy(() -> prices.changeTaxRate(owner(), rate("5.00"), today)).isInstanceOf(Refused.class)
                .hasMessage("The tax rate is already 5% on " + today + ".");
        assertThatThrownBy(() -> prices.changeTaxRate(riley(), rate("8"), today)).isInstanceOf(Refused.class)
                .hasMessageStartingWith("Riley Brooks (cashier) may not change prices");
        assertThat(prices.taxHistory()).hasSize(1);
        assertThat(auditCount()).isEqualTo(before + 1);
    }
}
