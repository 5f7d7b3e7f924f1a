package com.knead.domain;

import java.util.Objects;

/**
 * One payment toward a sale. For cash, {@code amount} is what the customer handed over; the change
 * is worked out on the sale. {@code reference} holds a card's approval code and last four digits,
 * or a gift card or package number, never a full card number.
 */
public record Tender(TenderKind kind, Money amount, String reference) {
    public Tender {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment must be more than zero.");
        }
        reference = reference == null ? "" : reference;
        if (CardReference.looksLikeCardNumber(reference)) {
            throw new Refused("That looks like a full card number; Knead keeps only the approval code "
                    + "and the last four digits.");
        }
    }

    public static Tender cash(Money handedOver) {
        return new Tender(TenderKind.CASH, handedOver, "");
    }

    public static Tender card(Money charged, CardReference reference) {
        return new Tender(TenderKind.CARD, charged, reference.toString());
    }

    public static Tender giftCard(Money redeemed, PrepaidCode card) {
        return new Tender(TenderKind.GIFT_CARD, redeemed, card.value());
    }

    /** One visit of a package, covering {@code covered} of the sale. */
    public static Tender packageCredit(Money covered, PrepaidCode pack) {
        return new Tender(TenderKind.PACKAGE_CREDIT, covered, pack.value());
    }
}
