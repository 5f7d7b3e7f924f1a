package com.knead.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The end-of-day summary of one business day, built only from what was recorded, so printing it
 * twice gives the same figures.
 *
 * <p>A voided sale is listed but counts for nothing: it was taken back whole the same day. Refunds
 * count on the day they were given, whatever day their sale was. So:
 * <ul>
 *   <li>{@code total}: the sales kept (voids left out), tax included, tips not;</li>
 *   <li>{@code tips}: the tips on the sales kept, also {@code tipsByTherapist};</li>
 *   <li>{@code refunded}: the refunds given this day;</li>
 *   <li>{@code netTaken = total + tips - refunded}, and it is also the sum of {@code byTender};</li>
 *   <li>{@code tax}: the tax in the sales kept less the tax share of the refunds;</li>
 *   <li>{@code byModality} adds up to {@code total}: each modality's lines, "Other" for lines without
 *       one, then the discounts (negative) and the tax added on top of prices, when there are any;</li>
 *   <li>{@code cashExpected}: what the drawer should hold (its float, cash in and out since it was
 *       opened), or the day's net cash when no drawer session was opened.</li>
 * </ul>
 */
public record EndOfDay(LocalDate day, Clinic clinic, int visits, List<Sale> sales, Set<UUID> voided,
                       List<Refund> refunds, Money total, Money tips, Money refunded, Money voidedTotal,
                       Money netTaken, Money tax, Map<String, Money> byModality, Map<TenderKind, Money> byTender,
                       Map<String, Money> tipsByTherapist, Money averageTicket, CashDrawer drawer,
                       Money cashExpected) {

    /** The row of {@link #byModality} holding the discounts given. */
    public static final String DISCOUNTS = "Discounts";
    /** The row of {@link #byModality} holding tax added on top of prices. */
    public static final String TAX_ADDED = "Tax added";

    public EndOfDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(clinic, "clinic");
        sales = List.copyOf(sales);
        voided = Set.copyOf(voided);
        refunds = List.copyOf(refunds);
        byModality = Collections.unmodifiableMap(new LinkedHashMap<>(byModality));
        EnumMap<TenderKind, Money> tenders = new EnumMap<>(TenderKind.class);
        tenders.putAll(byTender);
        byTender = Collections.unmodifiableMap(tenders);
        tipsByTherapist = Collections.unmodifiableMap(new LinkedHashMap<>(tipsByTherapist));
    }

    /** A day of sales with no refunds and no drawer session. */
    public static EndOfDay of(LocalDate day, Clinic clinic, int visits, List<Sale> sales,
                              Function<UUID, String> modalityName) {
        return of(day, clinic, visits, sales, List.of(), Map.of(), null, modalityName);
    }

    /**
     * Summarises a day.
     *
     * @param sales         the sales made on the day, voided ones included
     * @param refunds       the voids and refunds given on the day
     * @param refundedSales the sales those refunds point at, by id (earlier days' too)
     * @param drawer        the day's drawer session as it was left, or null when none was opened
     * @param modalityName  names a line's modality (lines without one are "Other")
     */
    public static EndOfDay of(LocalDate day, Clinic clinic, int visits, List<Sale> sales, List<Refund> refunds,
                              Map<UUID, Sale> refundedSales, CashDrawer drawer,
                              Function<UUID, String> modalityName) {
        Money zero = Money.zero(clinic.currency());
        Set<UUID> voided = new HashSet<>();
        for (Refund refund : refunds) {
            if (refund.kind() == Refund.Kind.VOID) {
                voided.add(refund.saleId());
            }
        }
        Money total = zero;
        Money tips = zero;
        Money tax = zero;
        Money voidedTotal = zero;
        int kept = 0;
        Map<String, Money> byModality = new LinkedHashMap<>();
        Money discounts = zero;
        Money taxAdded = zero;
        Map<TenderKind, Money> byTender = new EnumMap<>(TenderKind.class);
        Map<String, Money> tipsByTherapist = new LinkedHashMap<>();
        for (Sale sale : sales) {
            if (voided.contains(sale.id())) {
                voidedTotal = voidedTotal.plus(RefundRules.paid(sale));
                continue;
            }
            kept++;
            SaleTotals totals = sale.totals();
            total = total.plus(totals.total());
            tips = tips.plus(totals.tip());
            tax = tax.plus(totals.tax());
            discounts = discounts.plus(totals.discount());
            if (!clinic.tax().inclusive()) {
                taxAdded = taxAdded.plus(totals.tax());
            }
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
            if (totals.tip().isPositive()) {
                String who = sale.therapistName().isBlank() ? "No therapist named" : sale.therapistName();
                tipsByTherapist.merge(who, totals.tip(), Money::plus);
            }
        }
        if (discounts.isPositive()) {
            byModality.put(DISCOUNTS, discounts.negate());
        }
        if (taxAdded.isPositive()) {
            byModality.put(TAX_ADDED, taxAdded);
        }
        Money refunded = zero;
        for (Refund refund : refunds) {
            if (refund.kind() != Refund.Kind.REFUND) {
                continue;
            }
            refunded = refunded.plus(refund.amount());
            for (Tender back : refund.paidBack()) {
                byTender.merge(back.kind(), back.amount().negate(), Money::plus);
            }
            Sale original = refundedSales.get(refund.saleId());
            if (original == null) {
                throw new IllegalArgumentException("Refund " + refund.receiptNumber() + " points at a sale not given");
            }
            tax = tax.minus(RefundRules.taxShare(original, refund.amount(), clinic));
        }
        byTender.values().removeIf(Money::isZero);
        Money average = kept == 0 ? zero
                : Money.rounded(total.amount().divide(BigDecimal.valueOf(kept), MathContext.DECIMAL128),
                        clinic.currency(), clinic.tax().rounding());
        Money netTaken = total.plus(tips).minus(refunded);
        Money cash = drawer == null ? byTender.getOrDefault(TenderKind.CASH, zero) : drawer.expected(sales, refunds);
        return new EndOfDay(day, clinic, visits, sales, voided, refunds, total, tips, refunded, voidedTotal, netTaken,
                tax, byModality, byTender, tipsByTherapist, average, drawer, cash);
    }

    /** The same figures with the visits counted at the day's close. */
    public EndOfDay withVisits(int countedVisits) {
        return new EndOfDay(day, clinic, countedVisits, sales, voided, refunds, total, tips, refunded, voidedTotal,
                netTaken, tax, byModality, byTender, tipsByTherapist, averageTicket, drawer, cashExpected);
    }

    /** The sales that count: every sale of the day but the voided ones. */
    public int salesKept() {
        return (int) sales.stream().filter(sale -> !voided.contains(sale.id())).count();
    }

    /** Whether this sale was voided. */
    public boolean isVoided(Sale sale) {
        return voided.contains(sale.id());
    }
}
