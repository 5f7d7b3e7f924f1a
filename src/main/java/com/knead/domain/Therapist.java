package com.knead.domain;

import java.util.Objects;
import java.util.UUID;

/** A massage therapist who can be assigned to visits. */
public record Therapist(UUID id, String name) {
    public Therapist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
