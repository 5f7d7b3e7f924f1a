package com.knead.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A package or a gift card the clinic sells at a set price: "5 × Swedish 60 min" for 400.00 (the
 * service it holds and how many visits), or "Gift card 100.00" (its price is the value it loads).
 *
 * @param service a package's service (a modality at one duration); empty for a gift card
 * @param visits  a package's visits; 0 for a gift card
 */
public record PrepaidOffer(UUID id, PricedKind kind, String name, Optional<UUID> service, int visits) {

    /** The most visits one package may hold (as typed at the desk). */
    public static final int MOST_VISITS = 99;

    public PrepaidOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
        if (kind != PricedKind.PACKAGE && kind != PricedKind.GIFT_CARD) {
            throw new IllegalArgumentException("A prepaid offer is a package or a gift card: " + kind);
        }
        if (kind == PricedKind.PACKAGE && (service.isEmpty() || visits < 1 || visits > MOST_VISITS)) {
            throw new IllegalArgumentException("A package holds 1 to " + MOST_VISITS + " visits of one service");
        }
        if (kind == PricedKind.GIFT_CARD && (service.isPresent() || visits != 0)) {
            throw new IllegalArgumentException("A gift card holds a value, not visits");
        }
    }

    public boolean giftCard() {
        return kind == PricedKind.GIFT_CARD;
    }

    /**
     * The name an offer gets when none is typed: "5 × Swedish 60 min" or "Gift card".
     *
     * @param serviceName "Swedish 60 min", for a package
     */
    public static String defaultName(PricedKind kind, String serviceName, int visits) {
        return kind == PricedKind.GIFT_CARD ? "Gift card" : visits + " × " + serviceName;
    }

    /** An offer with its price in effect on a day. */
    public record Priced(PrepaidOffer offer, Money price) {
        public Priced {
            Objects.requireNonNull(offer, "offer");
            Objects.requireNonNull(price, "price");
        }
    }
}
