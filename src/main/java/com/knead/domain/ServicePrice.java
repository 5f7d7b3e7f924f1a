package com.knead.domain;

import java.util.Objects;
import java.util.UUID;

/** The price of one modality at one duration, for example deep tissue for 60 minutes at 85.00. */
public record ServicePrice(UUID id, UUID modalityId, int minutes, Money price) {
    public ServicePrice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(modalityId, "modalityId");
        Objects.requireNonNull(price, "price");
        if (minutes <= 0) {
            throw new IllegalArgumentException("A service lasts some minutes: " + minutes);
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("A price cannot be negative: " + price);
        }
    }
}
