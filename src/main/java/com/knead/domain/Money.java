package com.knead.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one currency, always held at the currency's minor-unit scale
 * (two decimals for USD and EUR, none for JPY). Arithmetic between different currencies is refused.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = currency.getDefaultFractionDigits();
        if (amount.scale() != scale) {
            // Widening the scale is exact; narrowing must not silently lose a fraction of a cent.
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Parses an exact amount such as {@code "85.00"}; more decimals than the currency has are refused. */
    public static Money of(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** An amount computed from a fraction (a tax, a percentage) rounded to the currency's scale. */
    public static Money rounded(BigDecimal exact, Currency currency, RoundingMode mode) {
        return new Money(exact.setScale(currency.getDefaultFractionDigits(), mode), currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** The plain amount without a symbol, e.g. {@code 85.00}; used on screens and receipts. */
    public String plain() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }
}
