package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A package or gift card at a set price: what each may hold, and the names they get when none is typed. */
class PrepaidOfferTest {

    private static final UUID ID = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final Optional<UUID> SERVICE = Optional.of(UUID.fromString("00000000-0000-7000-8000-000000000002"));

    @Test
    void aPackageHoldsOneToNinetyNineVisitsOfOneService() {
        assertThat(new PrepaidOffer(ID, PricedKind.PACKAGE, "One", SERVICE, 1).visits()).isEqualTo(1);
        assertThat(new PrepaidOffer(ID, PricedKind.PACKAGE, "Many", SERVICE, 99).giftCard()).isFalse();
        assertThatThrownBy(() -> new PrepaidOffer(ID, PricedKind.PACKAGE, "None", SERVICE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrepaidOffer(ID, PricedKind.PACKAGE, "Too many", SERVICE, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrepaidOffer(ID, PricedKind.PACKAGE, "Of nothing", Optional.empty(), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGiftCardHoldsAValueNotVisits() {
        PrepaidOffer card = new PrepaidOffer(ID, PricedKind.GIFT_CARD, "Gift card 50.00", Optional.empty(), 0);
        assertThat(card.giftCard()).isTrue();
        assertThatThrownBy(() -> new PrepaidOffer(ID, PricedKind.GIFT_CARD, "With visits", Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrepaidOffer(ID, PricedKind.GIFT_CARD, "With a service", SERVICE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyPackagesAndGiftCardsAreOffersAndNothingIsMissing() {
        assertThatThrownBy(() -> new PrepaidOffer(ID, PricedKind.SERVICE, "Swedish", SERVICE, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrepaidOffer(ID, PricedKind.ADD_ON, "Hot stones", Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrepaidOffer(null, PricedKind.GIFT_CARD, "x", Optional.empty(), 0))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> new PrepaidOffer(ID, PricedKind.GIFT_CARD, null, Optional.empty(), 0))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> new PrepaidOffer(ID, PricedKind.GIFT_CARD, "x", null, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("service");
        PrepaidOffer card = new PrepaidOffer(ID, PricedKind.GIFT_CARD, "x", Optional.empty(), 0);
        Money ten = Money.of("10.00", Currency.getInstance("USD"));
        assertThat(new PrepaidOffer.Priced(card, ten).price()).isEqualTo(ten);
        assertThatThrownBy(() -> new PrepaidOffer.Priced(null, ten)).isInstanceOf(NullPointerException.class)
                .hasMessage("offer");
        assertThatThrownBy(() -> new PrepaidOffer.Priced(card, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("price");
    }

    @Test
    void anOfferWithoutANameIsNamedForWhatItHolds() {
        assertThat(PrepaidOffer.defaultName(PricedKind.PACKAGE, "Swedish 60 min", 5)).isEqualTo("5 × Swedish 60 min");
        assertThat(PrepaidOffer.defaultName(PricedKind.GIFT_CARD, "", 0)).isEqualTo("Gift card");
    }
}
