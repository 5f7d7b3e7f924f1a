package com.knead.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the Z (and the X) of a business day shows: the end of day's figures, plus new and
 * returning clients, takings by therapist, the discounts given with their reasons and approvers,
 * the adjustments (records made after an earlier day was closed, which count here), and the
 * perpetual grand total: every sale kept less every refund since the first sale, up to this day.
 */
public record DayFigures(EndOfDay endOfDay, int newClients, int returningClients,
                         List<TherapistTakings> byTherapist, List<DiscountGiven> discounts,
                         List<Adjustment> adjustments, Money grandTotal) {

    /** What one therapist's sales brought in that day: sales kept (tax included), tips, and visits. */
    public record TherapistTakings(String therapist, Money sales, Money tips, int visits) {
    }

    /** A discount given: on which receipt, how much, why, and who approved it ("" when none was needed). */
    public record DiscountGiven(ReceiptNumber receipt, Money amount, String reason, String approvedBy) {
    }

    /** A sale or refund made after the day it happened on was closed, counted on this day instead. */
    public record Adjustment(ReceiptNumber receipt, String what, LocalDate happenedOn, Money amount) {
    }

    public DayFigures {
        Objects.requireNonNull(endOfDay, "endOfDay");
        Objects.requireNonNull(grandTotal, "grandTotal");
        byTherapist = List.copyOf(byTherapist);
        discounts = List.copyOf(discounts);
        adjustments = List.copyOf(adjustments);
    }

    /** The figures of a day from its end of day, its clients and the grand total up to it. */
    public static DayFigures of(EndOfDay day, int newClients, int returningClients, Money grandTotal) {
        Clinic clinic = day.clinic();
        Money zero = Money.zero(clinic.currency());
        Map<String, TherapistTakings> byTherapist = new LinkedHashMap<>();
        List<DiscountGiven> discounts = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        for (Sale sale : day.sales()) {
            LocalDate happened = clinic.businessDay(sale.createdAt());
            if (happened.isBefore(day.day())) {
                adjustments.add(new Adjustment(sale.receiptNumber(), "Sale", happened, sale.totals().total()));
            }
            if (day.isVoided(sale)) {
                continue;
            }
            String who = sale.therapistName().isBlank() ? "No therapist named" : sale.therapistName();
            TherapistTakings before = byTherapist.getOrDefault(who, new TherapistTakings(who, zero, zero, 0));
            byTherapist.put(who, new TherapistTakings(who, before.sales().plus(sale.totals().total()),
                    before.tips().plus(sale.totals().tip()), before.visits() + (sale.visitId() == null ? 0 : 1)));
            if (sale.totals().discount().isPositive()) {
                discounts.add(new DiscountGiven(sale.receiptNumber(), sale.totals().discount(),
                        sale.discount() == null ? "" : sale.discount().reason(),
                        sale.discountApproval() == null ? "" : sale.discountApproval().staffName()));
            }
        }
        for (Refund refund : day.refunds()) {
            LocalDate happened = clinic.businessDay(refund.createdAt());
            if (happened.isBefore(day.day())) {
                adjustments.add(new Adjustment(refund.receiptNumber(), refund.kind().label() + " of receipt "
                        + refund.saleReceipt(), happened, refund.amount().negate()));
            }
        }
        return new DayFigures(day, newClients, returningClients, List.copyOf(byTherapist.values()), discounts,
                adjustments, grandTotal);
    }

    /** These figures with the visits and clients as the Z counted them at the close. */
    public DayFigures asClosed(ZReport z) {
        return new DayFigures(endOfDay.withVisits(z.visits()), z.newClients(), z.returningClients(), byTherapist,
                discounts, adjustments, grandTotal);
    }

    public LocalDate day() {
        return endOfDay.day();
    }

    /** The sales of each modality (discounts and tax added left out): the bars of the chart. */
    public Map<String, Money> salesByModality() {
        Map<String, Money> rows = new LinkedHashMap<>(endOfDay.byModality());
        rows.remove(EndOfDay.DISCOUNTS);
        rows.remove(EndOfDay.TAX_ADDED);
        return rows;
    }
}
