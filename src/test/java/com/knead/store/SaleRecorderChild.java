package com.knead.store;

import com.knead.domain.CardReference;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * A busy front desk in its own process, to be killed mid-stride: checks a client in and records a
 * sale, over and over, printing each sale in full ({@link #describe}) only once {@code record} has
 * returned and the visit reads back as paid. The sales differ (cash alone with differing change, or card and cash),
 * so a sale read back with another's tender or total shows. Stops by itself after a few minutes,
 * or when nobody reads its output any more.
 */
public final class SaleRecorderChild {

    private static final Duration AT_MOST = Duration.ofMinutes(3);

    private SaleRecorderChild() {
    }

    public static void main(String[] args) {
        Instant stop = Instant.now().plus(AT_MOST);
        try (Stores stores = Stores.open(Path.of(args[0]))) {
            for (int i = 0; Instant.now().isBefore(stop); i++) {
                Instant now = Instant.now();
                Visit visit = TestClinic.checkIn(stores, "Dana Durable " + i, now);
                SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
                if (i % 2 == 1) {
                    draft.addTender(Tender.card(TestClinic.money(stores, "40.00"),
                            new CardReference(String.format("A%05d", i % 100000), String.format("%04d", i % 10000))));
                    draft.addTender(Tender.cash(TestClinic.money(stores, "60.00")));
                } else {
                    draft.addTender(Tender.cash(TestClinic.money(stores, (100 + i % 7) + ".00")));
                }
                Sale sale = stores.sales().record(draft, now);
                VisitStatus status = stores.visits().find(visit.id()).orElseThrow().status();
                System.out.println(describe(sale, status));
                System.out.flush();
                if (System.out.checkError()) {
                    break;
                }
            }
        }
    }

    /**
     * A sale on one line, as the desk was told it and as the store must give it back: receipt,
     * visit and its status, client, every line, the totals, every tender and the change.
     */
    static String describe(Sale sale, VisitStatus visitStatus) {
        String lines = sale.lines().stream()
                .map(l -> l.description() + " " + l.minutes() + "min " + l.unitPrice().plain() + "x" + l.quantity()
                        + " " + l.kind() + " " + l.code() + " " + l.credits())
                .collect(Collectors.joining("; "));
        String tenders = sale.tenders().stream()
                .map(t -> t.kind() + " " + t.amount().plain() + " " + t.reference())
                .collect(Collectors.joining("; "));
        return String.join("\t", sale.receiptNumber().toString(), String.valueOf(sale.visitId()),
                visitStatus.name(), sale.clientName(), "lines[" + lines + "]", "totals" + sale.totals(),
                "tenders[" + tenders + "]", "change " + sale.changeDue().plain());
    }
}
