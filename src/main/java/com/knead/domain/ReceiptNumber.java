package com.knead.domain;

/**
 * Receipt numbers run 1, 2, 3 … without gaps for the life of the clinic's database and are shown
 * with six digits at least ({@code 000042}). A number is handed out only inside the transaction
 * that records the sale, so a sale that fails leaves no hole.
 */
public record ReceiptNumber(long value) implements Comparable<ReceiptNumber> {

    public static final ReceiptNumber FIRST = new ReceiptNumber(1);

    public ReceiptNumber {
        if (value < 1) {
            throw new IllegalArgumentException("Receipt numbers start at 1: " + value);
        }
    }

    public ReceiptNumber next() {
        return new ReceiptNumber(Math.addExact(value, 1));
    }

    /** Reads what a person typed: "42", "000042" or "#42". */
    public static ReceiptNumber parse(String text) {
        String digits = text == null ? "" : text.strip();
        if (digits.startsWith("#")) {
            digits = digits.substring(1);
        }
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            throw new Refused("\"" + text + "\" is not a receipt number; a receipt number is digits only, like 000042.");
        }
        long value = Long.parseLong(digits);
        if (value < 1) {
            throw new Refused("Receipt numbers start at 000001.");
        }
        return new ReceiptNumber(value);
    }

    @Override
    public String toString() {
        return String.format("%06d", value);
    }

    @Override
    public int compareTo(ReceiptNumber other) {
        return Long.compare(value, other.value);
    }
}
