package com.knead.report;

import com.knead.domain.Clinic;
import com.knead.domain.Ids;
import com.knead.domain.Money;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.TaxPolicy;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** A clinic in New York charging USD with 5% tax, and sales made the way the desk makes them. */
final class SampleSales {

    static final Currency USD = Currency.getInstance("USD");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 14:05 on Friday 20 Nov 2026 in New York. */
    static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-11-20T19:05:00Z");
    static final UUID DEEP_TISSUE = Ids.next();
    static final UUID SWEDISH = Ids.next();

    private SampleSales() {
    }

    static Clinic clinic(boolean taxIncluded) {
        return new Clinic("Knead & Co. Massage", "12 Harbour Street, Portland ME 04101", "+1 207 555 0142", USD,
                new TaxPolicy(new BigDecimal("5"), taxIncluded, RoundingMode.HALF_UP), NEW_YORK);
    }

    static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    static SaleLine line(String description, UUID modality, int minutes, String price, int quantity) {
        return new SaleLine(description, modality, minutes, usd(price), quantity);
    }

    static Tender cash(String amount) {
        return Tender.cash(usd(amount));
    }

    static Tender card(String amount, String reference) {
        return new Tender(TenderKind.CARD, usd(amount), reference);
    }

    static Sale sale(Clinic clinic, String client, long receipt, Instant at, List<SaleLine> lines,
                     List<Tender> tenders) {
        SaleDraft draft = new SaleDraft(clinic, null, client);
        lines.forEach(draft::addLine);
        tenders.forEach(draft::addTender);
        return draft.complete(Ids.next(), new ReceiptNumber(receipt), at);
    }

    /** Deep tissue, 60 min at 85.00 paid with 100.00 cash: receipt 000042. */
    static Sale deepTissuePaidInCash(Clinic clinic) {
        return sale(clinic, "Ada Client", 42, FRIDAY_AFTERNOON,
                List.of(line("Deep tissue, 60 min", DEEP_TISSUE, 60, "85.00", 1)), List.of(cash("100.00")));
    }
}
