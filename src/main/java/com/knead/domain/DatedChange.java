package com.knead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A change that takes effect from a business day and is never edited: a new price, or a new tax
 * rate. {@code from} is empty for what was in effect from the start. Of the changes of one thing, the
 * one in effect on a day is the latest started by then (of two from the same day, the one made last).
 */
public interface DatedChange {

    UUID id();

    Optional<LocalDate> from();

    Instant madeAt();

    /** True when this change is in effect on {@code day} or was before it (it may since be replaced). */
    default boolean startedBy(LocalDate day) {
        return from().map(d -> !d.isAfter(day)).orElse(true);
    }

    /** {@code from 2026-12-02}, or {@code from the start}. */
    default String fromWords() {
        return from().map(d -> "from " + d).orElse("from the start");
    }

    /** The change in effect on {@code day} among the changes of one thing, if any started by then. */
    static <T extends DatedChange> Optional<T> inEffect(Iterable<T> ofOneThing, LocalDate day) {
        T found = null;
        for (T change : ofOneThing) {
            if (change.startedBy(day) && (found == null || laterThan(change, found))) {
                found = change;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The next change waiting to take effect after {@code today}: of those effective after it, the one that starts first. */
    static <T extends DatedChange> Optional<T> pending(Iterable<T> ofOneThing, LocalDate today) {
        T found = null;
        for (T change : ofOneThing) {
            if (!change.startedBy(today) && (found == null || change.from().get().isBefore(found.from().get())
                    || change.from().equals(found.from()) && change.madeAt().isAfter(found.madeAt()))) {
                found = change;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean laterThan(DatedChange one, DatedChange other) {
        if (!one.from().equals(other.from())) {
            return other.from().isEmpty() || one.from().isPresent() && one.from().get().isAfter(other.from().get());
        }
        return one.madeAt().isAfter(other.madeAt())
                || one.madeAt().equals(other.madeAt()) && one.id().compareTo(other.id()) > 0;
    }
}
