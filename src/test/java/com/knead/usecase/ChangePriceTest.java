package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.PriceChange;
import com.knead.domain.PriceSheet;
import com.knead.domain.PricedKind;
import com.knead.domain.Refused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A price changed by the owner on the demo clinic in real H2: add-ons and services, what is refused, what is kept. */
class ChangePriceTest extends OpenClinic {

    private SettableClock clock;
    private ChangePrice prices;
    private LocalDate day;

    @BeforeEach
    void prices() {
        clock = new SettableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        prices = new ChangePrice(stores.catalog(), stores.clinic(), clock);
        day = prices.today();
    }

    private PriceSheet.AddOnPrice aromatherapy() {
        return prices.sheet().addOns().stream().filter(a -> a.name().equals("Aromatherapy")).findFirst().orElseThrow();
    }

    @Test
    void anAddOnIsRepricedFromTodayAndTheChangeIsReturnedAndAudited() {
        assertThat(prices.clinic()).isEqualTo(stores.clinic());
        assertThat(day).isEqualTo(stores.clinic().businessDay(clock.instant()));
        PriceSheet.AddOnPrice before = aromatherapy();
        assertThat(before.inEffect()).hasValue(stores.clinic().money("10.00"));

        PriceChange change = prices.change(owner(), PricedKind.ADD_ON, before.id(), stores.clinic().money("12.50"), day);

        assertThat(change.kind()).isEqualTo(PricedKind.ADD_ON);
        assertThat(change.item()).isEqualTo(before.id());
        assertThat(change.price()).isEqualTo(stores.clinic().money("12.50"));
        assertThat(change.from()).hasValue(day);
        assertThat(change.madeBy()).isEqualTo("Olivia Park");
        assertThat(aromatherapy().inEffect()).hasValue(stores.clinic().money("12.50"));
        assertThat(prices.history().get(0).item()).isEqualTo(before.id());
        assertThat(stores.audit().latest(1)).singleElement().satisfies(e -> {
            assertThat(e.detail()).isEqualTo("Aromatherapy: 10.00 → 12.50 from " + day);
            assertThat(e.action()).isEqualTo("price change");
            assertThat(e.outcome()).isEqualTo("changed");
            assertThat(e.staff()).hasValue(owner().id());
            assertThat(e.at()).isEqualTo(clock.instant());
        });
        assertThatThrownBy(() -> prices.change(owner(), PricedKind.ADD_ON, before.id(), stores.clinic().money("12.50"), day))
                .isInstanceOf(Refused.class).hasMessage("Aromatherapy is already 12.50 on " + day + ".");
    }

    @Test
    void aPriceOfZeroOrLessAndAnItemNoLongerListedAreRefused() {
        UUID sixty = prices.sheet().modalities().get(0).durations().get(1).id();
        int changes = prices.history().size();
        assertThatThrownBy(() -> prices.change(owner(), PricedKind.SERVICE, sixty, stores.clinic().money("0.00"), day))
                .isInstanceOf(Refused.class).hasMessage("Type a price above zero.");
        assertThatThrownBy(() -> prices.change(owner(), PricedKind.SERVICE, sixty, stores.clinic().money("-5.00"), day))
                .hasMessage("Type a price above zero.");
        assertThatThrownBy(() -> prices.change(owner(), PricedKind.SERVICE, UUID.randomUUID(), stores.clinic().money("5.00"), day))
                .hasMessage("That service is no longer on the price list.");
        assertThatThrownBy(() -> prices.change(owner(), PricedKind.ADD_ON, UUID.randomUUID(), stores.clinic().money("5.00"), day))
                .hasMessage("That add-on is no longer on the price list.");
        assertThatThrownBy(() -> prices.change(owner(), PricedKind.ADD_ON, sixty, stores.clinic().money("5.00"), day))
                .as("a service is not an add-on").hasMessage("That add-on is no longer on the price list.");
        assertThat(prices.history()).hasSize(changes);

        // The lowest price there is, one cent, is above zero.
        assertThat(prices.change(owner(), PricedKind.SERVICE, sixty, stores.clinic().money("0.01"), day).price())
                .isEqualTo(stores.clinic().money("0.01"));
        assertThat(prices.sheet().modalities().get(0).durations().get(1).inEffect()).isEqualTo(
                Optional.of(stores.clinic().money("0.01")));
    }
}
