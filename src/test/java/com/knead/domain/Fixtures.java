package com.knead.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;

/** A small demo clinic (USD, 5% tax included, half-up) and shorthands for the domain tests. */
final class Fixtures {

    static final Currency USD = Currency.getInstance("USD");
    static final Instant NOON = Instant.parse("2026-03-10T12:00:00Z");
    static final UUID DEEP_TISSUE = UUID.fromString("00000000-0000-7000-8000-000000000001");
    static final UUID SWEDISH = UUID.fromString("00000000-0000-7000-8000-000000000002");

    private Fixtures() {
    }

    static Clinic clinic() {
        return clinic(true, RoundingMode.HALF_UP);
    }

    /** The clinic with 5% tax, included in prices or added on top, rounded as given. */
    static Clinic clinic(boolean taxIncluded, RoundingMode rounding) {
        return new Clinic("Test Clinic", "1 Main St", "555-0100", USD,
                new TaxPolicy(new BigDecimal("5"), taxIncluded, rounding), ZoneOffset.UTC);
    }

    static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    static SaleLine line(String description, UUID modalityId, String price) {
        return new SaleLine(description, modalityId, 60, usd(price), 1);
    }

    static Tender cash(String amount) {
        return Tender.cash(usd(amount));
    }

    static Tender card(String amount) {
        return new Tender(TenderKind.CARD, usd(amount), "APPROVED 1234");
    }

    static Visit visit(VisitStatus status) {
        return new Visit(Ids.next(), NOON.atZone(ZoneOffset.UTC).toLocalDate(), 1, Ids.next(), "Ana Silva",
                DEEP_TISSUE, "Deep tissue", 60, usd("85.00"), status, NOON, null, null, null, false);
    }
}
