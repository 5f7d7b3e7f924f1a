package com.knead.domain;

import java.util.Objects;
import java.util.UUID;

/** An extra that can be added to a service (hot stones, aromatherapy, 15 more minutes). */
public record AddOn(UUID id, String code, String name, Money price, int extraMinutes) {
    public AddOn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
    }
}
