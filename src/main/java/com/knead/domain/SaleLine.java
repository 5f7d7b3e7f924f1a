package com.knead.domain;

import java.util.Objects;
import java.util.UUID;

/** One line of a sale: a service or an item, at its unit price, a number of times. */
public record SaleLine(String description, UUID modalityId, int minutes, Money unitPrice, int quantity) {
    public SaleLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity <= 0) {
            throw new IllegalArgumentException("A line needs a quantity of at least one.");
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("A line price cannot be negative.");
        }
    }

    public static SaleLine forVisit(Visit visit) {
        return new SaleLine(visit.serviceDescription(), visit.modalityId(), visit.minutes(), visit.price(), 1);
    }

    public Money amount() {
        return unitPrice.times(quantity);
    }
}
