package com.knead.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How the clinic charges tax: one rate, prices either including it (the shelf price is what the
 * customer pays) or excluding it (tax is added on top), and the rounding applied to the tax amount.
 * Tax is computed once on the taxable total of a sale, not per line, so no cent drifts across lines.
 */
public record TaxPolicy(BigDecimal ratePercent, boolean inclusive, RoundingMode rounding) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TaxPolicy {
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(rounding, "rounding");
        if (ratePercent.signum() < 0 || ratePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Tax rate must be between 0 and 100 percent: " + ratePercent);
        }
    }

    public static TaxPolicy none() {
        return new TaxPolicy(BigDecimal.ZERO, true, RoundingMode.HALF_UP);
    }

    /** The same policy at another rate (prices still including tax or not, rounded the same way). */
    public TaxPolicy withRate(BigDecimal rate) {
        return new TaxPolicy(rate, inclusive, rounding);
    }

    /** Splits a priced amount into net, tax and gross according to this policy. */
    public TaxSplit split(Money priced) {
        if (inclusive) {
            BigDecimal exactTax = priced.amount().multiply(ratePercent)
                    .divide(HUNDRED.add(ratePercent), MathContext.DECIMAL128);
            Money tax = Money.rounded(exactTax, priced.currency(), rounding);
            return new TaxSplit(priced.minus(tax), tax, priced);
        }
        BigDecimal exactTax = priced.amount().multiply(ratePercent).divide(HUNDRED, MathContext.DECIMAL128);
        Money tax = Money.rounded(exactTax, priced.currency(), rounding);
        return new TaxSplit(priced, tax, priced.plus(tax));
    }

    /** The result of applying tax: {@code net + tax == gross} always holds exactly. */
    public record TaxSplit(Money net, Money tax, Money gross) {
    }
}
