package com.knead.usecase;

import com.knead.domain.EndOfDay;
import com.knead.domain.Refund;
import com.knead.domain.Sale;
import com.knead.domain.VisitStatus;
import com.knead.store.Stores;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The end-of-day figures of one business day, from what is recorded (the office and {@code knead report eod}). */
public final class EndOfDayFigures {

    private final Stores stores;

    public EndOfDayFigures(Stores stores) {
        this.stores = stores;
    }

    /** The figures of {@code day}: its sales, its voids and refunds (and the sales they give back on), its drawer. */
    public EndOfDay of(LocalDate day) {
        long visitCount = stores.visits().forDay(day).stream().filter(v -> v.status() != VisitStatus.CANCELLED).count();
        Map<UUID, String> names = stores.catalog().modalityNames();
        List<Sale> daySales = stores.sales().forDay(day);
        List<Refund> dayRefunds = stores.refunds().forDay(day);
        Map<UUID, Sale> refundedSales = new HashMap<>();
        daySales.forEach(sale -> refundedSales.put(sale.id(), sale));
        for (Refund refund : dayRefunds) {
            if (!refundedSales.containsKey(refund.saleId())) {
                // A refund today of an earlier day's sale: the sale is read to show what it gave back on.
                Sale original = stores.sales().find(refund.saleReceipt()).orElseThrow(() -> new IllegalStateException(
                        "Receipt " + refund.saleReceipt() + ", refunded by " + refund.receiptNumber() + ", is missing."));
                refundedSales.put(original.id(), original);
            }
        }
        return EndOfDay.of(day, stores.clinic(), (int) visitCount, daySales, dayRefunds, refundedSales,
                stores.drawer().ofDay(day).orElse(null), id -> names.getOrDefault(id, "Other"));
    }
}
