package com.knead.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A kind of massage the clinic offers (Swedish, deep tissue, …). {@code intense} marks the work
 * that can hurt, which intake rules keep away from fragile or red-flagged clients.
 */
public record Modality(UUID id, String code, String name, String description,
                       Pressure pressure, boolean intense, int sortOrder) {
    public Modality {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pressure, "pressure");
    }
}
