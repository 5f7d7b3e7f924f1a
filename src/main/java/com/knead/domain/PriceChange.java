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
                          String madeBy, Instant madeAt) {

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

    /** True when this change is in effect on {@code day} or was before it (it may since be replaced). */
    public boolean startedBy(LocalDate day) {
        return from.map(d -> !d.isAfter(day)).orElse(true);
    }

    /** {@code from 2026-12-02}, or {@code from the start}. */
    public String fromWords() {
        return from.map(d -> "from " + d).orElse("from the start");
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
        PriceChange found = null;
        for (PriceChange change : ofOneItem) {
            if (change.startedBy(day) && (found == null || change.laterThan(found))) {
                found = change;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The next price waiting to take effect after {@code today}: of the changes effective after it,
     * the one that starts first.
     */
    public static Optional<PriceChange> pending(Iterable<PriceChange> ofOneItem, LocalDate today) {
        PriceChange found = null;
        for (PriceChange change : ofOneItem) {
            if (!change.startedBy(today) && (found == null || change.from.get().isBefore(found.from.get())
                    || change.from.equals(found.from) && change.madeAt.isAfter(found.madeAt))) {
                found = change;
            }
        }
        return Optional.ofNullable(found);
    }

    private boolean laterThan(PriceChange other) {
        if (!from.equals(other.from)) {
            return other.from.isEmpty() || from.isPresent() && from.get().isAfter(other.from.get());
        }
        return madeAt.isAfter(other.madeAt) || madeAt.equals(other.madeAt) && id.compareTo(other.id) > 0;
    }
}
