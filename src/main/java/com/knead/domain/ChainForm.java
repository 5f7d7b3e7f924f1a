package com.knead.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The fixed canonical form of one chained record (a sale with its lines and tenders, a void or refund
 * with what it gave back, a drawer opening or movement, a Z), and its SHA-256 link hash.
 *
 * <p>The hashed text is UTF-8, one item a line, each line ending in {@code \n}:
 * <pre>
 * knead-chain 1
 * kind=sale                 the kind tag
 * record=0192…              the record's key
 * previous=9f86…            the previous link's hash, 64 lower-case hex digits (64 zeros for the first)
 * id=0192…                  then the record's fields, in the order its kind lists them
 * …
 * [tender 1]                then each part row (a line, a tender), in its kind's order, numbered from 1
 * kind=CASH
 * …
 * </pre>
 * A field is {@code name=value}, or {@code name~} when it is null. Values: text as it is, with
 * {@code \} written {@code \\}, a line feed {@code \n} and a carriage return {@code \r}; whole numbers
 * in decimal; amounts (every decimal column) as plain decimals at four places, the scale every money
 * column keeps ({@code 85.0000}, never {@code 8.5E+1}); instants as ISO UTC to the microsecond
 * ({@code 2026-03-10T15:00:00.000000Z}); dates as ISO ({@code 2026-03-10}); keys as lower-case UUIDs;
 * booleans as {@code true}/{@code false}. The link hash is the lower-case hex SHA-256 of the whole text.
 * Changing the form changes every hash: a new form needs a new first line, never an edit of this one.
 * Form 2 ({@code knead-chain 2}, every link made since schema 29) is form 1 with a kind's later fields
 * (a sale's tax rate, a Z's receipt mark) after its first ones; each link says which form it hashed, and
 * since the first line names it, a link's form edited no longer hashes to the link.
 */
public final class ChainForm {

    /** The form every new link hashes. */
    public static final int CURRENT = 2;

    /** The previous hash of the first link. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final int AMOUNT_SCALE = 4;

    private final StringBuilder body = new StringBuilder(256);

    /** Adds the next field of the record (or of the part row begun last). */
    public ChainForm field(String name, Object value) {
        body.append(name);
        if (value == null) {
            body.append("~\n");
            return this;
        }
        body.append('=');
        if (value instanceof String text) {
            escape(text);
        } else if (value instanceof BigDecimal amount) {
            body.append(amount(amount));
        } else if (value instanceof Instant instant) {
            body.append(INSTANT.format(instant));
        } else if (value instanceof UUID || value instanceof LocalDate || value instanceof Integer
                || value instanceof Long || value instanceof Short || value instanceof Boolean) {
            body.append(value.toString().toLowerCase(java.util.Locale.ROOT));
        } else {
            throw new IllegalArgumentException("No canonical form for " + value.getClass().getSimpleName()
                    + " (field " + name + ")");
        }
        body.append('\n');
        return this;
    }

    /** Begins part row {@code number} (from 1) of {@code part}, such as the first tender of a sale. */
    public ChainForm part(String part, int number) {
        body.append('[').append(part).append(' ').append(number).append("]\n");
        return this;
    }

    /** The fields and part rows added so far, as they are hashed. */
    public String body() {
        return body.toString();
    }

    /** The link hash in form 1 (the links made before schema 29). */
    public static String hash(String kind, UUID record, String previous, String body) {
        return hash(1, kind, record, previous, body);
    }

    /**
     * The link hash, in {@code form}, of a record of {@code kind} with key {@code record} and {@code body},
     * following {@code previous}.
     */
    public static String hash(int form, String kind, UUID record, String previous, String body) {
        String text = "knead-chain " + form + "\nkind=" + kind + "\nrecord=" + record + "\nprevious=" + previous + "\n" + body;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }

    private static String amount(BigDecimal amount) {
        try {
            return amount.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY).toPlainString();
        } catch (ArithmeticException finer) {
            // More places than any money column keeps: written in full, so it still differs from any rounding of it.
            return amount.toPlainString();
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> body.append("\\\\");
                case '\n' -> body.append("\\n");
                case '\r' -> body.append("\\r");
                default -> body.append(ch);
            }
        }
    }
}
