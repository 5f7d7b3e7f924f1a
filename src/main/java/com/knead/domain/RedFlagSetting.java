package com.knead.domain;

import java.util.Objects;

/** A red-flag rule as the clinic keeps it: in use, or retired (kept for the intakes it flagged). */
public record RedFlagSetting(RedFlagRule rule, boolean inUse) {
    public RedFlagSetting {
        Objects.requireNonNull(rule, "rule");
    }
}
