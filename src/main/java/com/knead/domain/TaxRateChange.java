package com.knead.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One change of the clinic's tax rate, never edited: the new rate in percent, the business day it
 * takes effect from, and who made it when. Whether prices include tax, and how it is rounded, stay
 * as the clinic was set up; only the rate changes by date.
 */
public record TaxRateChange(UUID id, BigDecimal ratePercent, Optional<LocalDate> from, String madeBy, Instant madeAt)
        implements DatedChange {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TaxRateChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeAt, "madeAt");
        if (ratePercent.signum() < 0 || ratePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Tax rate must be between 0 and 100 percent: " + ratePercent);
        }
    }

    /** {@code 7.5%}. */
    public String words() {
        return percent(ratePercent);
    }

    /** A rate as people write it: {@code 5%}, {@code 7.25%}. */
    public static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * A tax rate as typed ("7.5", "7,5", "7.5 %"), or the sentence saying how to type one: a number
     * of percent from 0 to 100 with at most four decimals.
     */
    public static BigDecimal parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        BigDecimal rate;
        try {
            rate = new BigDecimal(text.replace(",", ".").replace("%", "").strip());
        } catch (NumberFormatException e) {
            throw new Refused(text.isEmpty() ? "Type the tax rate in percent; 0 when prices carry no tax."
                    : "\"" + text + "\" is not a number; type the tax rate in percent, like 5 or 7.5.");
        }
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            throw new Refused("The tax rate must be between 0 and 100 percent.");
        }
        if (rate.scale() > 4) {
            throw new Refused("The tax rate can have at most four decimals.");
        }
        return rate;
    }
}
