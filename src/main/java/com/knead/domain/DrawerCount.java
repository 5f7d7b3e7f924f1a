package com.knead.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cash counted in the drawer at the close: how many of each note and coin of the clinic's
 * currency ({@link #denominations}), or one total typed when the clinic counts that way (or its
 * currency has no denominations listed here).
 */
public record DrawerCount(Currency currency, Map<BigDecimal, Integer> pieces, Money typedTotal) {

    private static final Map<String, List<String>> DENOMINATIONS = Map.of(
            "USD", List.of("100", "50", "20", "10", "5", "2", "1", "0.25", "0.10", "0.05", "0.01"),
            "EUR", List.of("500", "200", "100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05",
                    "0.02", "0.01"),
            "GBP", List.of("50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05", "0.02", "0.01"),
            "CAD", List.of("100", "50", "20", "10", "5", "2", "1", "0.25", "0.10", "0.05"),
            "AUD", List.of("100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05"),
            "NZD", List.of("100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10"),
            "CHF", List.of("1000", "200", "100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05"));

    public DrawerCount {
        Objects.requireNonNull(currency, "currency");
        Map<BigDecimal, Integer> kept = new LinkedHashMap<>();
        for (Map.Entry<BigDecimal, Integer> piece : pieces.entrySet()) {
            if (piece.getValue() < 0) {
                throw new Refused("A count cannot be below zero (" + piece.getKey().toPlainString() + ").");
            }
            if (piece.getValue() > 0) {
                kept.put(piece.getKey(), piece.getValue());
            }
        }
        pieces = Collections.unmodifiableMap(kept);
        if (typedTotal != null && !pieces.isEmpty()) {
            throw new IllegalArgumentException("a drawer is counted by pieces or by one total, not both");
        }
        if (typedTotal != null && typedTotal.isNegative()) {
            throw new Refused("The cash counted cannot be below zero.");
        }
    }

    /** The notes and coins of a currency, largest first; empty when only a total can be typed. */
    public static List<BigDecimal> denominations(Currency currency) {
        List<BigDecimal> values = new ArrayList<>();
        for (String value : DENOMINATIONS.getOrDefault(currency.getCurrencyCode(), List.of())) {
            values.add(new BigDecimal(value));
        }
        return values;
    }

    /** A drawer counted as one total. */
    public static DrawerCount ofTotal(Money total) {
        return new DrawerCount(total.currency(), Map.of(), total);
    }

    /** A drawer counted note by note and coin by coin; a value the currency does not have is refused. */
    public static DrawerCount ofPieces(Currency currency, Map<BigDecimal, Integer> pieces) {
        List<BigDecimal> known = denominations(currency);
        Map<BigDecimal, Integer> ordered = new LinkedHashMap<>();
        for (BigDecimal value : known) {
            pieces.forEach((typed, count) -> {
                if (typed.compareTo(value) == 0) {
                    ordered.merge(value, count, Integer::sum);
                }
            });
        }
        for (BigDecimal typed : pieces.keySet()) {
            if (known.stream().noneMatch(value -> value.compareTo(typed) == 0)) {
                throw new Refused(currency.getCurrencyCode() + " has no " + typed.toPlainString() + " note or coin.");
            }
        }
        return new DrawerCount(currency, ordered, null);
    }

    /** Whether it was counted by notes and coins. */
    public boolean byPieces() {
        return typedTotal == null;
    }

    /** The cash counted. */
    public Money total() {
        if (typedTotal != null) {
            return typedTotal;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<BigDecimal, Integer> piece : pieces.entrySet()) {
            sum = sum.add(piece.getKey().multiply(BigDecimal.valueOf(piece.getValue())));
        }
        return Money.of(sum, currency);
    }

    /** The count written as text to keep it ("20x3;0.25x4"); empty when counted as one total. */
    public String written() {
        StringBuilder text = new StringBuilder();
        pieces.forEach((value, count) -> text.append(text.isEmpty() ? "" : ";").append(value.toPlainString())
                .append('x').append(count));
        return text.toString();
    }

    /** Reads {@link #written()} back; a blank text is the one total given. */
    public static DrawerCount read(String written, Money total) {
        if (written == null || written.isBlank()) {
            return ofTotal(total);
        }
        Map<BigDecimal, Integer> pieces = new LinkedHashMap<>();
        for (String piece : written.split(";")) {
            String[] parts = piece.split("x");
            pieces.put(new BigDecimal(parts[0]), Integer.parseInt(parts[1]));
        }
        return new DrawerCount(total.currency(), pieces, null);
    }
}
