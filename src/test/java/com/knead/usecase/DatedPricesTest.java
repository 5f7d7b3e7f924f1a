package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.PricedKind;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.Signature;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A price changed from tomorrow, on an injected clock: today's kiosk and a visit already checked in
 * keep the old price (also when paid tomorrow); tomorrow's kiosk, desk and check-ins have the new one.
 */
class DatedPricesTest extends OpenClinic {

    private LocalDate today;
    private SettableClock clock;
    private ChangePrice prices;

    @BeforeEach
    void clock() {
        // Now (after the demo clinic was seeded), so the changes made here are the newest.
        Instant now = Instant.now();
        today = stores.clinic().businessDay(now);
        clock = new SettableClock(now);
        prices = new ChangePrice(stores.catalog(), stores.clinic(), clock);
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(stores.clinic().zone()).toInstant();
    }

    private static Modality swedish(PriceList list) {
        return list.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow();
    }

    private static ServicePrice swedish60(PriceList list) {
        return list.price(swedish(list).id(), 60).orElseThrow();
    }

    private Visit kioskCheckIn(KioskServices kiosk, String name) {
        PriceList shown = kiosk.priceList();
        ClientDetails client = new ClientDetails(ContactDetails.of(name, "555 123 4567"), "", LocalDate.of(1980, 1, 1));
        IntakeAnswers answers = new IntakeAnswers(Map.of("pressure", "medium"), Map.of(BodyRegion.NECK, 3));
        return kiosk.checkIn().checkIn(new KioskCheckIn(client, Optional.empty(), answers,
                Optional.of(new Signature(new byte[] {1}, clock.instant())), swedish(shown), swedish60(shown),
                List.of(shown.addOns().get(0))), clock.instant()).visit();
    }

    @Test
    void aPriceChangedFromTomorrowLeavesTodayAndTheVisitsAlreadyInAtTheOldPrice() {
        ServicePrice sixty = swedish60(stores.catalog().priceListOn(today));
        prices.change(owner(), PricedKind.SERVICE, sixty.id(), stores.clinic().money("105.00"), today.plusDays(1));

        KioskServices kioskToday = KioskServices.of(stores, stores.catalog().kioskPriceListOn(prices.today()),
                stores.intakes().form());
        assertThat(swedish60(kioskToday.priceList()).price()).isEqualTo(stores.clinic().money("80.00"));
        Visit before = kioskCheckIn(kioskToday, "Ada Early");
        assertThat(before.price()).isEqualTo(stores.clinic().money("80.00"));
        Visit walkInBefore = new WalkInCheckIn(stores, clock).checkIn(ContactDetails.of("Wes Early", "555 222 3333"), sixty, riley());
        assertThat(walkInBefore.price()).isEqualTo(stores.clinic().money("80.00"));

        clock.set(at(today.plusDays(1), 9));
        assertThat(prices.today()).isEqualTo(today.plusDays(1));
        // Paid the next morning: the sale takes the visit's price, not tomorrow's.
        Visit kept = stores.visits().find(before.id()).orElseThrow();
        assertThat(kept.price()).isEqualTo(stores.clinic().money("80.00"));
        Sale sale = stores.sales().record(SaleDraft.forVisit(stores.clinic(), kept)
                .addTender(Tender.cash(stores.clinic().money("80.00"))), clock.instant());
        assertThat(sale.lines().get(0).unitPrice()).isEqualTo(stores.clinic().money("80.00"));

        KioskServices kioskTomorrow = KioskServices.of(stores, stores.catalog().kioskPriceListOn(prices.today()),
                stores.intakes().form());
        assertThat(swedish60(kioskTomorrow.priceList()).price()).isEqualTo(stores.clinic().money("105.00"));
        assertThat(kioskCheckIn(kioskTomorrow, "Bea Later").price()).isEqualTo(stores.clinic().money("105.00"));
        // A kiosk left open since yesterday still charges the price of the moment of the check-in.
        assertThat(kioskCheckIn(kioskToday, "Cal Overnight").price()).isEqualTo(stores.clinic().money("105.00"));
        WalkInCheckIn desk = new WalkInCheckIn(stores, clock);
        assertThat(swedish60(desk.services()).price()).isEqualTo(stores.clinic().money("105.00"));
        assertThat(desk.checkIn(ContactDetails.of("Dee Later", "555 444 5555"), sixty, riley()).price())
                .isEqualTo(stores.clinic().money("105.00"));
    }

    @Test
    void eachChangeIsAuditedWithWhatItWasAndWhatItBecomes() {
        ServicePrice sixty = swedish60(stores.catalog().priceListOn(today));
        prices.change(owner(), PricedKind.SERVICE, sixty.id(), stores.clinic().money("105.00"), today.plusDays(1));
        assertThat(stores.audit().latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.place()).isEqualTo("office");
            assertThat(entry.action()).isEqualTo("price change");
            assertThat(entry.detail()).isEqualTo("Swedish 60 min: 80.00 → 105.00 from " + today.plusDays(1));
            assertThat(entry.staff()).contains(owner().id());
        });
        assertThat(prices.history().get(0).madeBy()).isEqualTo("Olivia Park");
        assertThat(prices.sheet().modalities().get(0).durations().get(1).pending())
                .hasValueSatisfying(p -> assertThat(p.price()).isEqualTo(stores.clinic().money("105.00")));
    }

    @Test
    void aPastDayASecondSamePriceAndACashierAreRefusedAndNothingIsRecorded() {
        ServicePrice sixty = swedish60(stores.catalog().priceListOn(today));
        int changes = prices.history().size();
        assertThatThrownBy(() -> prices.change(owner(), PricedKind.SERVICE, sixty.id(), stores.clinic().money("90.00"),
                today.minusDays(1))).isInstanceOf(Refused.class)
                .hasMessage(today.minusDays(1) + " has passed; a new price takes effect today or on a later day.");
        assertThatThrownBy(() -> prices.change(owner(), PricedKind.SERVICE, sixty.id(), stores.clinic().money("80.00"),
                today)).isInstanceOf(Refused.class).hasMessage("Swedish 60 min is already 80.00 on " + today + ".");
        assertThatThrownBy(() -> prices.change(staff("Riley Brooks"), PricedKind.SERVICE, sixty.id(),
                stores.clinic().money("90.00"), today)).isInstanceOf(Refused.class)
                .hasMessageStartingWith("Riley Brooks (cashier) may not change prices; ask a manager or the owner.");
        assertThat(prices.history()).hasSize(changes);
        assertThat(swedish60(stores.catalog().priceListOn(today)).price()).isEqualTo(stores.clinic().money("80.00"));
    }

    @Test
    void modalitiesAreAddedRenamedKeptOffTheKioskReorderedAndGivenDurations() {
        EditModalities edit = new EditModalities(stores.catalog(), stores.clinic(), clock);
        Modality cupping = edit.add(owner(), "Cupping", "Suction cups that lift the skin and muscle.",
                com.knead.domain.Pressure.MEDIUM);
        assertThat(stores.catalog().priceListOn(today).bookable()).as("no duration yet").doesNotContain(cupping);
        edit.addDuration(owner(), cupping.id(), 45, Optional.empty(), today);
        assertThat(stores.catalog().priceListOn(today).bookable()).as("not priced yet").doesNotContain(cupping);
        var duration = prices.sheet().offer(cupping.id()).orElseThrow().durations().get(0);
        prices.change(owner(), PricedKind.SERVICE, duration.id(), stores.clinic().money("70.00"), today);
        assertThat(stores.catalog().priceListOn(today).price(cupping.id(), 45).orElseThrow().price())
                .isEqualTo(stores.clinic().money("70.00"));

        edit.describe(owner(), cupping.id(), "Fire cupping", "Warmed cups.");
        edit.move(owner(), cupping.id(), true);
        List<Modality> order = stores.catalog().priceListOn(today).modalities();
        assertThat(order.get(order.size() - 2).name()).isEqualTo("Fire cupping");
        edit.showOnKiosk(owner(), cupping.id(), false);
        assertThat(stores.catalog().kioskPriceListOn(today).modalities()).extracting(Modality::name)
                .doesNotContain("Fire cupping");
        assertThat(stores.catalog().priceListOn(today).modalities()).extracting(Modality::name).contains("Fire cupping");
        edit.retireDuration(owner(), duration.id());
        assertThat(stores.catalog().priceListOn(today).pricesOf(cupping.id())).isEmpty();
        assertThat(stores.audit().latest(7)).extracting(e -> e.detail()).containsExactly(
                "Fire cupping 45 min retired", "Fire cupping kept off the kiosk", "Fire cupping moved up",
                "Cupping renamed Fire cupping, description changed", "Cupping 45 min: not priced → 70.00 from " + today,
                "Cupping 45 min added, not priced yet", "Cupping added");
        assertThatThrownBy(() -> edit.add(owner(), "swedish", "", com.knead.domain.Pressure.LIGHT))
                .hasMessage("There is already a modality called swedish.");
    }
}
