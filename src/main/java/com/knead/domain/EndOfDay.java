package com.knead.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The end-of-day summary of one business day: how many visits and sales, what was taken in total,
 * by modality and by tender, the tax in it, the average ticket and the cash that should be in the
 * drawer. Built from the day's recorded sales only, so printing it twice gives the same figures.
 */
public record EndOfDay(LocalDate day, Clinic clinic, int visits, List<Sale> sales, Money total, Money tax,
                       Map<String, Money> byModality, Map<TenderKind, Money> byTender, Money averageTicket,
                       Money cashExpected) {

    public EndOfDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(clinic, "clinic");
        sales = List.copyOf(sales);
        byModality = Collections.unmodifiableMap(new LinkedHashMap<>(byModality));
        byTender = Collections.unmodifiableMap(new EnumMap<>(byTender));
    }

    /** Summarises a day's sales; {@code modalityName} names a line's modality (lines without one are "Other"). */
    public static EndOfDay of(LocalDate day, Clinic clinic, int visits, List<Sale> sales,
                              Function<UUID, String> modalityName) {
        Money zero = Money.zero(clinic.currency());
        Money total = zero;
        Money tax = zero;
        Map<String, Money> byModality = new LinkedHashMap<>();
        Map<TenderKind, Money> byTender = new EnumMap<>(TenderKind.class);
        for (Sale sale : sales) {
            total = total.plus(sale.totals().total());
            tax = tax.plus(sale.totals().tax());
            for (SaleLine line : sale.lines()) {
                String name = line.modalityId() == null ? "Other" : modalityName.apply(line.modalityId());
                byModality.merge(name, line.amount(), Money::plus);
            }
            for (TenderKind kind : TenderKind.values()) {
                Money taken = sale.taken(kind);
                if (!taken.isZero()) {
                    byTender.merge(kind, taken, Money::plus);
                }
            }
        }
        Money average = sales.isEmpty() ? zero
                : Money.rounded(total.amount().divide(BigDecimal.valueOf(sales.size()), java.math.MathContext.DECIMAL128),
                        clinic.currency(), clinic.tax().rounding());
        Money cash = byTender.getOrDefault(TenderKind.CASH, zero);
        return new EndOfDay(day, clinic, visits, sales, total, tax, byModality, byTender, average, cash);
    }
}
