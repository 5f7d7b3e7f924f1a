package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.knead.domain.Fixtures.DEEP_TISSUE;
import static com.knead.domain.Fixtures.SWEDISH;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The price list as the kiosk and the desk read it: modalities in order, each with its durations and prices. */
class PriceListTest {

    private static final UUID THAI = UUID.fromString("00000000-0000-7000-8000-000000000003");
    private static final Modality DEEP = new Modality(DEEP_TISSUE, "DEEP_TISSUE", "Deep tissue",
            "Slow strokes with deep finger pressure", Pressure.FIRM, true, 2);
    private static final Modality SWEDISH_WORK = new Modality(SWEDISH, "SWEDISH", "Swedish",
            "Long gliding strokes", Pressure.LIGHT_MEDIUM, false, 1);
    private static final Modality THAI_WORK = new Modality(THAI, "THAI", "Thai", "Assisted stretches",
            Pressure.MEDIUM_FIRM, false, 3);

    private static ServicePrice price(UUID modality, int minutes, String amount) {
        return new ServicePrice(Ids.next(), modality, minutes, usd(amount));
    }

    private static PriceList list() {
        return new PriceList(List.of(DEEP, THAI_WORK, SWEDISH_WORK),
                List.of(price(DEEP_TISSUE, 90, "115.00"), price(SWEDISH, 60, "75.00"), price(DEEP_TISSUE, 60, "85.00"),
                        price(SWEDISH, 30, "50.00")),
                List.of(new AddOn(Ids.next(), "HOT_STONES", "Hot stones", usd("15.00"), 0)));
    }

    @Test
    void aServiceIsFoundByItsOwnKeyAndSetOffersComeWithTheList() {
        PriceList list = list();
        ServicePrice sixty = list.price(DEEP_TISSUE, 60).orElseThrow();
        assertThat(list.service(sixty.id())).contains(sixty);
        assertThat(list.service(DEEP_TISSUE)).as("a modality's key is not a service's").isEmpty();
        assertThat(list.prepaid()).isEmpty();
        PrepaidOffer card = new PrepaidOffer(Ids.next(), PricedKind.GIFT_CARD, "Gift card", java.util.Optional.empty(), 0);
        PriceList withCard = new PriceList(list.modalities(), list.prices(), list.addOns(),
                List.of(new PrepaidOffer.Priced(card, usd("50.00"))));
        assertThat(withCard.prepaid()).extracting(p -> p.offer().name()).containsExactly("Gift card");
    }

    @Test
    void modalitiesComeInTheClinicsOrderAndDurationsShortestFirst() {
        PriceList list = list();
        assertThat(list.modalities()).containsExactly(SWEDISH_WORK, DEEP, THAI_WORK);
        assertThat(list.pricesOf(DEEP_TISSUE)).extracting(ServicePrice::minutes, ServicePrice::price)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(60, usd("85.00")),
                        org.assertj.core.groups.Tuple.tuple(90, usd("115.00")));
        assertThat(list.pricesOf(SWEDISH)).extracting(ServicePrice::minutes).containsExactly(30, 60);
        assertThat(list.pricesOf(THAI)).isEmpty();
        assertThat(list.addOns()).extracting(AddOn::name).containsExactly("Hot stones");
    }

    @Test
    void aPriceIsFoundByModalityAndDurationTogether() {
        PriceList list = list();
        assertThat(list.price(DEEP_TISSUE, 60)).map(ServicePrice::price).contains(usd("85.00"));
        assertThat(list.price(DEEP_TISSUE, 90)).map(ServicePrice::price).contains(usd("115.00"));
        assertThat(list.price(DEEP_TISSUE, 30)).as("30 minutes is a Swedish duration only").isEmpty();
        assertThat(list.price(SWEDISH, 90)).as("90 minutes is a deep tissue duration only").isEmpty();
    }

    @Test
    void aModalityIsFoundByItsId() {
        assertThat(list().modality(THAI)).contains(THAI_WORK);
        assertThat(list().modality(UUID.fromString("00000000-0000-7000-8000-000000000099"))).isEmpty();
    }

    @Test
    void onlyModalitiesWithAPriceCanBeBooked() {
        assertThat(list().bookable()).containsExactly(SWEDISH_WORK, DEEP);
    }

    @Test
    void aPriceIsForSomeMinutesAndNeverNegative() {
        assertThat(price(SWEDISH, 1, "0.00").minutes()).isEqualTo(1);
        assertThatThrownBy(() -> price(SWEDISH, 0, "50.00")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A service lasts some minutes: 0");
        assertThatThrownBy(() -> price(SWEDISH, 30, "-0.01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A price cannot be negative: USD -0.01");
    }
}
