package com.knead.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clinic's tax over time: the policy it was set up with (its rate in effect from the start, whether
 * prices include tax, the rounding) and every dated change of the rate since. A visit is taxed as the
 * clinic stood at the moment it checked in: a change made later, even one for that same day, does not
 * reach it, so a visit checked in before a change keeps its tax at checkout.
 */
public record TaxRates(TaxPolicy asSetUp, List<TaxRateChange> changes) {

    public TaxRates {
        Objects.requireNonNull(asSetUp, "asSetUp");
        changes = List.copyOf(changes);
    }

    /** The tax in effect on {@code day}, as the rate changes stand now (the kiosk's and the office's "today"). */
    public TaxPolicy on(LocalDate day) {
        return policy(DatedChange.inEffect(changes, day));
    }

    /**
     * The tax as the clinic stood at {@code moment}, which falls in business day {@code day}: only the
     * changes made by then count.
     */
    public TaxPolicy at(Instant moment, LocalDate day) {
        List<TaxRateChange> madeBy = changes.stream().filter(c -> !c.madeAt().isAfter(moment)).toList();
        return policy(DatedChange.inEffect(madeBy, day));
    }

    /** The next rate waiting to take effect after {@code today}. */
    public Optional<TaxRateChange> pending(LocalDate today) {
        return DatedChange.pending(changes, today);
    }

    /** Every change, the newest first. */
    public List<TaxRateChange> newestFirst() {
        return changes.stream().sorted(Comparator.comparing(TaxRateChange::madeAt)
                .thenComparing(TaxRateChange::id).reversed()).toList();
    }

    private TaxPolicy policy(Optional<TaxRateChange> change) {
        BigDecimal rate = change.map(TaxRateChange::ratePercent).orElse(asSetUp.ratePercent());
        return asSetUp.withRate(rate);
    }
}
