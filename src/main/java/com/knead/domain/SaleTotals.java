package com.knead.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a sale comes to: the sum of its lines as priced, the discount off the taxable lines, the tax
 * in (or on top of) what remains, the total, and the tip paid on top. {@code net + tax == total}
 * and {@code subtotal - discount + added tax == total} always hold; the customer pays
 * {@link #amountDue()}. {@code taxRate} is the rate in percent the tax was worked out at.
 */
public record SaleTotals(Money subtotal, Money discount, Money net, Money tax, Money total, Money tip,
                         BigDecimal taxRate) {

    public SaleTotals {
        Objects.requireNonNull(subtotal);
        Objects.requireNonNull(discount);
        Objects.requireNonNull(net);
        Objects.requireNonNull(tax);
        Objects.requireNonNull(total);
        Objects.requireNonNull(tip);
        Objects.requireNonNull(taxRate);
        if (net.plus(tax).compareTo(total) != 0) {
            throw new IllegalArgumentException("net + tax must equal total");
        }
    }

    /** Lines only, no discount or tip. */
    public static SaleTotals of(List<SaleLine> lines, TaxPolicy tax, java.util.Currency currency) {
        return of(lines, null, Money.zero(currency), tax, currency);
    }

    /**
     * Totals for some lines under a tax policy: the discount comes off the taxable lines, tax is
     * computed once on what remains of them, untaxed lines (gift cards, packages) are added as they
     * are, and the tip goes on top.
     */
    public static SaleTotals of(List<SaleLine> lines, Discount discount, Money tip, TaxPolicy tax,
                                java.util.Currency currency) {
        Money taxable = Money.zero(currency);
        Money untaxed = Money.zero(currency);
        for (SaleLine line : lines) {
            if (line.kind().taxable()) {
                taxable = taxable.plus(line.amount());
            } else {
                untaxed = untaxed.plus(line.amount());
            }
        }
        Money off = discount == null ? Money.zero(currency) : discount.amountOff(taxable, tax.rounding());
        TaxPolicy.TaxSplit split = tax.split(taxable.minus(off));
        return new SaleTotals(taxable.plus(untaxed), off, split.net().plus(untaxed), split.tax(),
                split.gross().plus(untaxed), tip, tax.ratePercent());
    }

    /** What the customer pays: the total and the tip. */
    public Money amountDue() {
        return total.plus(tip);
    }
}
