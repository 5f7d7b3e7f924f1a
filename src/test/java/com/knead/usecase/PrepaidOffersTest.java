package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Money;
import com.knead.domain.PrepaidOffer;
import com.knead.domain.PriceChange;
import com.knead.domain.PriceList;
import com.knead.domain.PriceSheet;
import com.knead.domain.PricedKind;
import com.knead.domain.Refused;
import com.knead.domain.ServicePrice;
import com.knead.store.AuditStore;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Packages and gift cards at set prices on real H2: put on the price list from a day, priced again
 * from a later day like every price, taken off; each audited; bad input refused in one sentence.
 */
class PrepaidOffersTest extends OpenClinic {

    private LocalDate today;
    private SettableClock clock;
    private EditPrepaidOffers offers;
    private ChangePrice prices;

    @BeforeEach
    void clock() {
        Instant now = Instant.now();
        today = stores.clinic().businessDay(now);
        clock = new SettableClock(now);
        offers = new EditPrepaidOffers(stores.catalog(), stores.clinic(), clock);
        prices = new ChangePrice(stores.catalog(), stores.clinic(), clock);
    }

    private Money money(String amount) {
        return stores.clinic().money(amount);
    }

    private ServicePrice swedish60() {
        PriceList list = stores.catalog().priceListOn(today);
        return list.price(list.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow().id(), 60)
                .orElseThrow();
    }

    private static Optional<PrepaidOffer.Priced> offered(PriceList list, String name) {
        return list.prepaid().stream().filter(p -> p.offer().name().equals(name)).findFirst();
    }

    private static PriceSheet.PrepaidPrice onSheet(PriceSheet sheet, String name) {
        return sheet.prepaid().stream().filter(p -> p.offer().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPackageAndAGiftCardAreSoldFromTheDayTheyArePutOnThePriceList() {
        ServicePrice swedish = swedish60();
        PrepaidOffer five = offers.addPackage(owner(), swedish.id(), 5, " ", money("360.00"), today);
        PrepaidOffer card = offers.addGiftCard(owner(), "", money("100.00"), today.plusDays(1));

        assertThat(five.name()).isEqualTo("5 × Swedish 60 min");
        assertThat(five.kind()).isEqualTo(PricedKind.PACKAGE);
        assertThat(five.service()).contains(swedish.id());
        assertThat(five.visits()).isEqualTo(5);
        assertThat(card.name()).isEqualTo("Gift card 100.00");
        assertThat(card.giftCard()).isTrue();

        PriceList todays = stores.catalog().priceListOn(today);
        assertThat(offered(todays, "5 × Swedish 60 min")).map(PrepaidOffer.Priced::price).contains(money("360.00"));
        assertThat(offered(todays, "Gift card 100.00")).as("not before the day it starts").isEmpty();
        assertThat(offered(stores.catalog().priceListOn(today.plusDays(1)), "Gift card 100.00"))
                .map(PrepaidOffer.Priced::price).contains(money("100.00"));

        PriceSheet sheet = stores.catalog().sheet(today);
        assertThat(onSheet(sheet, "Gift card 100.00").inEffect()).isEmpty();
        assertThat(onSheet(sheet, "Gift card 100.00").pending()).map(PriceChange::price).contains(money("100.00"));
        assertThat(onSheet(sheet, "5 × Swedish 60 min").inEffect()).contains(money("360.00"));

        List<AuditStore.Entry> audit = stores.audit().latest(2);
        assertThat(audit).extracting(AuditStore.Entry::action).containsExactly("offer added", "offer added");
        assertThat(audit).extracting(AuditStore.Entry::detail).containsExactly(
                "Gift card 100.00 at 100.00 from " + today.plusDays(1),
                "5 × Swedish 60 min at 360.00 from " + today);
        assertThat(audit).allSatisfy(e -> assertThat(e.staff()).contains(owner().id()));
    }

    @Test
    void anOffersPriceChangesFromALaterDayAndTheHistoryNamesIt() {
        PrepaidOffer five = offers.addPackage(owner(), swedish60().id(), 5, "Five Swedish", money("360.00"), today);
        PriceChange change = prices.change(owner(), PricedKind.PACKAGE, five.id(), money("380.00"), today.plusDays(7));

        assertThat(change.what()).isEqualTo("Five Swedish");
        assertThat(stores.audit().latest(2).get(1).detail()).isEqualTo("Five Swedish (5 × Swedish 60 min) at 360.00 from " + today);
        assertThat(offered(stores.catalog().priceListOn(today.plusDays(6)), "Five Swedish"))
                .map(PrepaidOffer.Priced::price).contains(money("360.00"));
        assertThat(offered(stores.catalog().priceListOn(today.plusDays(7)), "Five Swedish"))
                .map(PrepaidOffer.Priced::price).contains(money("380.00"));
        assertThat(prices.history()).filteredOn(c -> c.item().equals(five.id()))
                .extracting(PriceChange::what, c -> c.price().plain())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Five Swedish", "380.00"),
                        org.assertj.core.groups.Tuple.tuple("Five Swedish", "360.00"));
        assertThatThrownBy(() -> prices.change(owner(), PricedKind.GIFT_CARD, swedish60().id(), money("10.00"), today))
                .isInstanceOf(Refused.class).hasMessage("That offer is no longer on the price list.");
    }

    @Test
    void anOfferTakenOffIsNoLongerSoldAndCannotBeTakenOffTwice() {
        PrepaidOffer card = offers.addGiftCard(owner(), "Birthday card", money("50.00"), today);
        offers.retire(owner(), card.id());

        assertThat(offered(stores.catalog().priceListOn(today), "Birthday card")).isEmpty();
        assertThat(stores.catalog().sheet(today).prepaid()).isEmpty();
        assertThat(stores.audit().latest(1).get(0).detail()).isEqualTo("Birthday card taken off the price list");
        assertThatThrownBy(() -> offers.retire(owner(), card.id()))
                .isInstanceOf(Refused.class).hasMessage("That offer is no longer on the price list.");
        // The same name may be used again once the old offer is off the list.
        assertThat(offers.addGiftCard(owner(), "Birthday card", money("60.00"), today).name()).isEqualTo("Birthday card");
    }

    @Test
    void aPackageOfAServiceNoLongerOfferedIsNotSold() {
        ServicePrice swedish = swedish60();
        offers.addPackage(owner(), swedish.id(), 3, "", money("220.00"), today);
        new EditModalities(stores.catalog(), stores.clinic(), clock).retireDuration(owner(), swedish.id());

        assertThat(stores.catalog().priceListOn(today).prepaid()).isEmpty();
        assertThat(stores.catalog().sheet(today).prepaid()).extracting(p -> p.offer().name())
                .as("still on the owner's sheet, to be taken off").containsExactly("3 × Swedish 60 min");
    }

    @Test
    void badOffersAreRefusedInOneSentenceAndNothingIsAdded() {
        ServicePrice swedish = swedish60();
        assertThatThrownBy(() -> offers.addPackage(owner(), swedish.id(), 1, "", money("80.00"), today))
                .isInstanceOf(Refused.class).hasMessage("A package holds between 2 and 99 visits.");
        assertThatThrownBy(() -> offers.addPackage(owner(), swedish.id(), 100, "", money("80.00"), today))
                .isInstanceOf(Refused.class).hasMessage("A package holds between 2 and 99 visits.");
        assertThatThrownBy(() -> offers.addPackage(owner(), java.util.UUID.randomUUID(), 5, "", money("80.00"), today))
                .isInstanceOf(Refused.class).hasMessage("Choose the service the package holds.");
        assertThatThrownBy(() -> offers.addPackage(owner(), swedish.id(), 5, "", money("0.00"), today))
                .isInstanceOf(Refused.class).hasMessage("Type a price above zero.");
        assertThatThrownBy(() -> offers.addGiftCard(owner(), "", money("0.00"), today))
                .isInstanceOf(Refused.class).hasMessage("Type a price above zero.");
        assertThatThrownBy(() -> offers.addGiftCard(owner(), "", money("50.00"), today.minusDays(1)))
                .isInstanceOf(Refused.class).hasMessageContaining("has passed");
        assertThatThrownBy(() -> offers.addGiftCard(owner(), "x".repeat(81), money("50.00"), today))
                .isInstanceOf(Refused.class).hasMessage("Keep the name under 80 letters.");
        assertThatThrownBy(() -> offers.addGiftCard(riley(), "", money("50.00"), today))
                .isInstanceOf(Refused.class).hasMessage("Riley Brooks (cashier) may not change prices; ask a manager or the owner.");
        assertThat(stores.catalog().sheet(today).prepaid()).isEmpty();

        offers.addGiftCard(owner(), "Gift card 50", money("50.00"), today);
        assertThatThrownBy(() -> offers.addGiftCard(owner(), "gift card 50", money("55.00"), today))
                .isInstanceOf(Refused.class)
                .hasMessage("\"gift card 50\" is already on the price list; give the new one another name.");
        assertThat(stores.catalog().sheet(today).prepaid()).hasSize(1);
    }

    @Test
    void offersSurviveReopeningTheDataFolder() {
        offers.addPackage(owner(), swedish60().id(), 10, "", money("700.00"), today);
        stores.close();
        stores = DemoFolder.open(folder);
        assertThat(offered(stores.catalog().priceListOn(today), "10 × Swedish 60 min"))
                .map(PrepaidOffer.Priced::price).contains(money("700.00"));
    }
}
