package com.knead.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The sales of a range of business days, added up from each day's {@link EndOfDay}, so a range and
 * its days always agree: each day's figures, the takings by modality and by tender, the services and
 * tips of each therapist (tips for payroll), and how many clients came for the first time.
 *
 * <p>As on the end of day, voided sales count for nothing and refunds count on the day they were
 * given; a therapist's services are the totals of the sales kept that name them (refunds are not
 * taken off a therapist, since a refund names no therapist).
 */
public record SalesRange(LocalDate from, LocalDate to, Clinic clinic, List<Day> days, Map<String, Money> byModality,
                         Map<TenderKind, Money> byTender, Map<String, Therapist> byTherapist, Clients clients,
                         Day whole) {

    /** One day's line, or (as {@link #whole}) the range's. */
    public record Day(LocalDate day, int visits, int sales, int voided, Money total, Money tips, Money refunded,
                      Money tax, Money netTaken) {
    }

    /** What the sales kept that name a therapist add up to: how many, their totals (tax included), their tips. */
    public record Therapist(String name, int sales, Money services, Money tips) {
    }

    /**
     * The clients who came in the range (a visit not cancelled): those whose first such visit ever is in
     * the range are new, the others returning.
     */
    public record Clients(int fresh, int returning) {
        public int all() {
            return fresh + returning;
        }
    }

    public SalesRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        days = List.copyOf(days);
        byModality = Collections.unmodifiableMap(new LinkedHashMap<>(byModality));
        byTender = Collections.unmodifiableMap(new EnumMap<>(byTender));
        byTherapist = Collections.unmodifiableMap(new LinkedHashMap<>(byTherapist));
    }

    /** Adds up {@code endOfDays}, one for each day from {@code from} to {@code to}. */
    public static SalesRange of(LocalDate from, LocalDate to, Clinic clinic, List<EndOfDay> endOfDays, Clients clients) {
        Money zero = Money.zero(clinic.currency());
        Map<String, Money> byModality = new TreeMap<>();
        Map<TenderKind, Money> byTender = new EnumMap<>(TenderKind.class);
        Map<String, Therapist> byTherapist = new TreeMap<>();
        List<Day> days = endOfDays.stream().map(SalesRange::day).toList();
        for (EndOfDay day : endOfDays) {
            day.byModality().forEach((name, amount) -> byModality.merge(name, amount, Money::plus));
            day.byTender().forEach((kind, amount) -> byTender.merge(kind, amount, Money::plus));
            for (Sale sale : day.sales()) {
                if (day.isVoided(sale)) {
                    continue;
                }
                String who = sale.therapistName().isBlank() ? "No therapist named" : sale.therapistName();
                Therapist one = new Therapist(who, 1, sale.totals().total(), sale.totals().tip());
                byTherapist.merge(who, one, (a, b) -> new Therapist(who, a.sales() + b.sales(),
                        a.services().plus(b.services()), a.tips().plus(b.tips())));
            }
        }
        // Discounts and tax added on top read best after the modalities, as on the end of day.
        Map<String, Money> ordered = new LinkedHashMap<>();
        byModality.forEach((name, amount) -> {
            if (!name.equals(EndOfDay.DISCOUNTS) && !name.equals(EndOfDay.TAX_ADDED)) {
                ordered.put(name, amount);
            }
        });
        for (String last : List.of(EndOfDay.DISCOUNTS, EndOfDay.TAX_ADDED)) {
            if (byModality.containsKey(last)) {
                ordered.put(last, byModality.get(last));
            }
        }
        byTender.values().removeIf(Money::isZero);
        Day whole = new Day(null, days.stream().mapToInt(Day::visits).sum(), days.stream().mapToInt(Day::sales).sum(),
                days.stream().mapToInt(Day::voided).sum(), sum(days, Day::total, zero), sum(days, Day::tips, zero),
                sum(days, Day::refunded, zero), sum(days, Day::tax, zero), sum(days, Day::netTaken, zero));
        return new SalesRange(from, to, clinic, days, ordered, byTender, byTherapist, clients, whole);
    }

    private static Day day(EndOfDay day) {
        return new Day(day.day(), day.visits(), day.salesKept(), day.voided().size(), day.total(), day.tips(),
                day.refunded(), day.tax(), day.netTaken());
    }

    private static Money sum(List<Day> days, java.util.function.Function<Day, Money> figure, Money zero) {
        return days.stream().map(figure).reduce(zero, Money::plus);
    }
}
