package com.knead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One change of one price, never edited: the new price of {@code item} (a duration of a modality or
 * an add-on, named in {@code what}, like "Swedish 60 min"), the business day it takes effect from,
 * and who made it when. {@code from} is empty for the prices a clinic had before prices were dated:
 * they are in effect from the start.
 */
public record PriceChange(UUID id, PricedKind kind, UUID item, String what, Money price, Optional<LocalDate> from,
                          String madeBy, Instant madeAt) implements DatedChange {

    public PriceChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeAt, "madeAt");
        if (price.isNegative()) {
            throw new IllegalArgumentException("A price cannot be negative: " + price);
        }
    }

    /**
     * Refuses a day a new price cannot start on: one already past. A price changed today applies to
     * check-ins from now on; visits already checked in keep theirs.
     */
    public static void requireFrom(LocalDate from, LocalDate today) {
        if (from.isBefore(today)) {
            throw new Refused(from + " has passed; a new price takes effect today or on a later day.");
        }
    }

    /**
     * The price in effect on {@code day} among the changes of one item: the latest change effective on
     * or before that day (of two from the same day, the one made last).
     */
    public static Optional<PriceChange> inEffect(Iterable<PriceChange> ofOneItem, LocalDate day) {
        return DatedChange.inEffect(ofOneItem, day);
    }

    /**
     * The next price waiting to take effect after {@code today}: of the changes effective after it,
     * the one that starts first.
     */
    public static Optional<PriceChange> pending(Iterable<PriceChange> ofOneItem, LocalDate today) {
        return DatedChange.pending(ofOneItem, today);
    }
}
