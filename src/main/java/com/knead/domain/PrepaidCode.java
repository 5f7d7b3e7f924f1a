package com.knead.domain;

import java.util.regex.Pattern;

/**
 * The number printed on a gift card or a package card, typed at the desk to sell or redeem it:
 * 4 to 20 letters, digits or dashes, kept in capitals. Never a bank card number.
 */
public record PrepaidCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9-]{4,20}");

    public PrepaidCode {
        value = value == null ? "" : value.strip().toUpperCase();
        if (CardReference.looksLikeCardNumber(value)) {
            throw new Refused("That looks like a bank card number, not a gift card or package number.");
        }
        if (!FORM.matcher(value).matches()) {
            throw new Refused("A gift card or package number is 4 to 20 letters, digits or dashes, like GC-1001.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
