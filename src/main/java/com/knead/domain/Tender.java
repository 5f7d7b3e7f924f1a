package com.knead.domain;

import java.util.Objects;

/**
 * One payment toward a sale. For cash, {@code amount} is what the customer handed over; the change
 * is worked out on the sale. {@code reference} holds a card approval code and last four digits or a
 * gift card number, never a full card number.
 */
public record Tender(TenderKind kind, Money amount, String reference) {
    public Tender {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment must be more than zero.");
        }
        reference = reference == null ? "" : reference;
    }

    public static Tender cash(Money handedOver) {
        return new Tender(TenderKind.CASH, handedOver, "");
    }
}
