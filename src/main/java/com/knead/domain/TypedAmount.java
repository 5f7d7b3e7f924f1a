package com.knead.domain;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Reads an amount a person typed at the desk ("100", "100.00", "1,250.50") into exact money, or
 * says in one plain sentence why it cannot: letters, a minus sign, more decimals than the currency
 * has, or a figure too large to be a real payment at a clinic.
 */
public final class TypedAmount {

    /** Nothing a clinic takes in one payment comes near this; larger is a typing slip. */
    public static final BigDecimal LIMIT = new BigDecimal("100000");

    private TypedAmount() {
    }

    public static Money parse(String typed, Currency currency) {
        String text = typed == null ? "" : typed.strip().replace(",", "");
        if (text.isEmpty()) {
            throw new Refused("Type an amount, like 100 or 100.00.");
        }
        if (text.startsWith("-")) {
            throw new Refused("An amount cannot be negative.");
        }
        if (!text.matches("[0-9]*\\.?[0-9]*") || text.equals(".")) {
            throw new Refused("\"" + typed.strip() + "\" is not an amount; type digits, like 100 or 100.00.");
        }
        BigDecimal value = new BigDecimal(text);
        int decimals = currency.getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > decimals) {
            throw new Refused(decimals == 0 ? "Type a whole amount, without cents."
                    : "Type at most " + decimals + " digits after the point.");
        }
        if (value.compareTo(LIMIT) >= 0) {
            throw new Refused(text + " is far more than any payment here; please check the amount.");
        }
        return Money.of(value.setScale(decimals), currency);
    }
}
