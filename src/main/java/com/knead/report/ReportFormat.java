package com.knead.report;

import com.knead.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How reports show money, times and tax: everything reaches a template as finished text, so the
 * templates do no arithmetic and never see a floating-point number. Times are shown in the
 * clinic's zone.
 */
final class ReportFormat {

    // English month names on purpose: Locale.UK spells September "Sept" in Java 17's CLDR data.
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private ReportFormat() {
    }

    /** An amount as printed in a column: {@code 85.00}, no symbol (the currency is shown once per report). */
    static String amount(Money money) {
        return money.plain();
    }

    /** {@code 20 Nov 2026 14:05} in the given zone. */
    static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }

    /** {@code 14:05} in the given zone. */
    static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** {@code Fri 20 Nov 2026}. */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** {@code Tax 5% (included)} when prices include tax, {@code Tax 5%} when it is added on top. */
    static String taxLabel(java.math.BigDecimal ratePercent, boolean inclusive) {
        return taxLabel(java.util.List.of(ratePercent), inclusive);
    }

    /** The same for sales taxed at one or more rates ({@code Tax 5%, 7.5% (included)}); none: {@code Tax}. */
    static String taxLabel(java.util.Collection<java.math.BigDecimal> ratesPercent, boolean inclusive) {
        String rates = ratesPercent.stream().map(r -> r.stripTrailingZeros()).distinct().sorted()
                .map(r -> " " + r.toPlainString() + "%").collect(java.util.stream.Collectors.joining(","));
        return "Tax" + rates + (inclusive ? " (included)" : "");
    }

    /**
     * One row for a template's label/detail/amount columns. The detail (a quantity, a card
     * reference) is printed under the label and may be empty.
     */
    static Map<String, ?> row(String label, String detail, Money amount) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("detail", detail == null ? "" : detail);
        row.put("amount", amount(amount));
        return row;
    }
}
