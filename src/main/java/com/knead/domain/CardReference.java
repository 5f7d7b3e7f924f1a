package com.knead.domain;

import java.util.regex.Pattern;

/**
 * What Knead keeps of a card payment taken on the external terminal: the terminal's approval code
 * and the card's last four digits. Anything that looks like a full card number is refused, so a
 * card number can never end up in the database, a receipt or a log.
 */
public record CardReference(String approvalCode, String lastFour) {

    private static final Pattern APPROVAL = Pattern.compile("[A-Za-z0-9]{2,12}");
    private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{4}");
    private static final Pattern LONG_DIGITS = Pattern.compile("(?:[0-9][ -]?){12,}");

    public CardReference {
        approvalCode = approvalCode == null ? "" : approvalCode.strip();
        lastFour = lastFour == null ? "" : lastFour.strip();
        if (looksLikeCardNumber(approvalCode) || looksLikeCardNumber(lastFour)) {
            throw new Refused("That looks like a full card number. Type only the approval code and the "
                    + "last four digits from the terminal's slip.");
        }
        if (!APPROVAL.matcher(approvalCode).matches()) {
            throw new Refused("Type the approval code from the terminal's slip (letters and digits, up to 12).");
        }
        if (!LAST_FOUR.matcher(lastFour).matches()) {
            throw new Refused("Type the last four digits of the card, as printed on the terminal's slip.");
        }
    }

    /** True when the text holds 12 or more digits in a row (spaces and dashes allowed between them). */
    public static boolean looksLikeCardNumber(String text) {
        return text != null && LONG_DIGITS.matcher(text).find();
    }

    /** How it is stored and printed: {@code Approval A1B2C3 · card ending 4242}. */
    @Override
    public String toString() {
        return "Approval " + approvalCode.toUpperCase() + " · card ending " + lastFour;
    }
}
