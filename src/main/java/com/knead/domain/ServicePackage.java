package com.knead.domain;

import java.util.Objects;
import java.util.UUID;

/** A package of prepaid visits of one service, as it stands: how many visits are left on it. */
public record ServicePackage(PrepaidCode code, UUID modalityId, String modalityName, int minutes, int visitsLeft) {
    public ServicePackage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(modalityId, "modalityId");
    }

    /** {@code Deep tissue, 60 min: 4 visits left}. */
    public String describe() {
        return modalityName + ", " + minutes + " min: " + visitsLeft + (visitsLeft == 1 ? " visit" : " visits") + " left";
    }
}
