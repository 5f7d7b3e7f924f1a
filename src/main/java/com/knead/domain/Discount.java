package com.knead.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Money taken off the services of a sale, as an amount or a percentage, always with a reason. It
 * applies to the taxable lines only (a gift card or a package is sold at face value), before tax.
 * A discount worth more than {@link #OWNER_APPROVAL_ABOVE_PERCENT} percent of those lines needs the
 * PIN of someone allowed to approve it (a manager or the owner, see {@link RoleRights}).
 */
public record Discount(Kind kind, BigDecimal value, String reason) {

    /** Discounts above this share of the discounted lines need the owner's approval. */
    public static final BigDecimal OWNER_APPROVAL_ABOVE_PERCENT = new BigDecimal("20");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An amount of money off, or a percentage off. */
    public enum Kind { AMOUNT, PERCENT }

    public Discount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        // One form per value (10, not 10.00 or 1E+1), so a discount read back equals the one recorded.
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        reason = reason == null ? "" : reason.strip();
        if (reason.isEmpty()) {
            throw new Refused("Say why the discount is given, for example \"regular client\".");
        }
        if (value.signum() <= 0) {
            throw new Refused("A discount must be more than zero.");
        }
        if (kind == Kind.PERCENT && value.compareTo(HUNDRED) > 0) {
            throw new Refused("A discount cannot be more than 100%.");
        }
    }

    /** Reads what the cashier typed: {@code 10%} is a percentage, {@code 5} or {@code 5.00} an amount. */
    public static Discount parse(String typed, String reason, java.util.Currency currency) {
        String text = typed == null ? "" : typed.strip();
        if (text.endsWith("%")) {
            String number = text.substring(0, text.length() - 1).strip();
            if (number.startsWith("-")) {
                throw new Refused("A discount must be more than zero.");
            }
            if (!number.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
                throw new Refused("\"" + text + "\" is not a percentage; type it like 10%.");
            }
            return percent(new BigDecimal(number), reason);
        }
        return amount(TypedAmount.parse(text, currency), reason);
    }

    public static Discount amount(Money off, String reason) {
        return new Discount(Kind.AMOUNT, off.amount(), reason);
    }

    public static Discount percent(BigDecimal percent, String reason) {
        return new Discount(Kind.PERCENT, percent, reason);
    }

    /** What comes off {@code base}, rounded as the clinic rounds; never more than {@code base}. */
    public Money amountOff(Money base, RoundingMode rounding) {
        Money off = kind == Kind.AMOUNT ? Money.of(value, base.currency())
                : Money.rounded(base.amount().multiply(value).divide(HUNDRED, MathContext.DECIMAL128),
                        base.currency(), rounding);
        return off.compareTo(base) > 0 ? base : off;
    }

    /** Refuses an amount discount larger than what it would come off. */
    public void requireFits(Money base) {
        if (kind == Kind.AMOUNT && Money.of(value, base.currency()).compareTo(base) > 0) {
            throw new Refused("A discount of " + Money.of(value, base.currency()).plain()
                    + " is more than the services come to (" + base.plain() + ").");
        }
    }

    /** True when this discount on {@code base} is large enough to need a manager's or the owner's PIN. */
    public boolean needsOwner(Money base, RoundingMode rounding) {
        BigDecimal limit = base.amount().multiply(OWNER_APPROVAL_ABOVE_PERCENT).divide(HUNDRED, MathContext.DECIMAL128);
        return amountOff(base, rounding).amount().compareTo(limit) > 0;
    }

    /** How the discount reads on a receipt: {@code Discount 10% (regular client)}. */
    public String label() {
        String how = kind == Kind.PERCENT ? " " + value.stripTrailingZeros().toPlainString() + "%" : "";
        return "Discount" + how + " (" + reason + ")";
    }
}
