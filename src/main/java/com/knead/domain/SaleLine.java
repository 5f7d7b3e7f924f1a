package com.knead.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One line of a sale: a service or an item, at its unit price, a number of times; or a gift card or
 * package being sold, with its {@code code}. A package line carries how many visits it holds in
 * {@code credits}.
 */
public record SaleLine(String description, UUID modalityId, int minutes, Money unitPrice, int quantity,
                       LineKind kind, String code, int credits) {
    public SaleLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(kind, "kind");
        code = code == null ? "" : code;
        if (quantity <= 0) {
            throw new IllegalArgumentException("A line needs a quantity of at least one.");
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("A line price cannot be negative.");
        }
        if ((kind == LineKind.GIFT_CARD || kind == LineKind.PACKAGE) && (code.isEmpty() || quantity != 1)) {
            throw new IllegalArgumentException("A gift card or package line is one card with its number.");
        }
    }

    /** A service or an item. */
    public SaleLine(String description, UUID modalityId, int minutes, Money unitPrice, int quantity) {
        this(description, modalityId, minutes, unitPrice, quantity, LineKind.SERVICE, "", 0);
    }

    public static SaleLine forVisit(Visit visit) {
        return new SaleLine(visit.serviceDescription(), visit.modalityId(), visit.minutes(), visit.price(), 1);
    }

    /** A new gift card loaded with {@code value}. */
    public static SaleLine giftCard(PrepaidCode code, Money value) {
        if (!value.isPositive()) {
            throw new Refused("A gift card must be worth more than zero.");
        }
        return new SaleLine("Gift card " + code, null, 0, value, 1, LineKind.GIFT_CARD, code.value(), 0);
    }

    /** A package of {@code visits} sessions of one service, for {@code price}. */
    public static SaleLine packageOf(PrepaidCode code, Modality modality, int minutes, int visits, Money price) {
        if (visits < 2 || visits > 50) {
            throw new Refused("A package holds 2 to 50 visits.");
        }
        return new SaleLine("Package " + code + ": " + visits + " x " + modality.name() + ", " + minutes + " min",
                modality.id(), minutes, price, 1, LineKind.PACKAGE, code.value(), visits);
    }

    public Money amount() {
        return unitPrice.times(quantity);
    }
}
