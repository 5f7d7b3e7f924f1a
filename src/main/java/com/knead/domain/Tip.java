package com.knead.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A tip on a sale, credited to the therapist who gave the session. It is not taxed and is paid on
 * top of the sale's total.
 */
public record Tip(Money amount, UUID therapistId, String therapistName) {

    /** The percentages the desk offers with one click. */
    public static final List<Integer> PRESET_PERCENTS = List.of(10, 15, 20);

    public Tip {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new Refused("A tip cannot be negative.");
        }
        if (amount.isPositive() && therapistId == null) {
            throw new Refused("Assign a therapist to the visit first, so the tip reaches the right person.");
        }
        therapistName = therapistName == null ? "" : therapistName;
    }

    /** {@code percent} of {@code base}, rounded as the clinic rounds. */
    public static Money percentOf(Money base, int percent, RoundingMode rounding) {
        return Money.rounded(base.amount().multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), MathContext.DECIMAL128), base.currency(), rounding);
    }
}
