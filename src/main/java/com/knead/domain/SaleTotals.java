package com.knead.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a sale comes to: the sum of its lines as priced, the tax in it (or on top of it), and the
 * total the customer pays. {@code net + tax == total} always holds.
 */
public record SaleTotals(Money subtotal, Money net, Money tax, Money total) {

    public SaleTotals {
        Objects.requireNonNull(subtotal);
        Objects.requireNonNull(net);
        Objects.requireNonNull(tax);
        Objects.requireNonNull(total);
        if (net.plus(tax).compareTo(total) != 0) {
            throw new IllegalArgumentException("net + tax must equal total");
        }
    }

    /** Totals for some lines under a tax policy; tax is computed once on their sum. */
    public static SaleTotals of(List<SaleLine> lines, TaxPolicy tax, java.util.Currency currency) {
        Money subtotal = Money.zero(currency);
        for (SaleLine line : lines) {
            subtotal = subtotal.plus(line.amount());
        }
        TaxPolicy.TaxSplit split = tax.split(subtotal);
        return new SaleTotals(subtotal, split.net(), split.tax(), split.gross());
    }
}
