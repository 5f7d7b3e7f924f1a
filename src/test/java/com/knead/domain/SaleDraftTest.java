package com.knead.domain;

import static com.knead.domain.Fixtures.DEEP_TISSUE;
import static com.knead.domain.Fixtures.NOON;
import static com.knead.domain.Fixtures.SWEDISH;
import static com.knead.domain.Fixtures.card;
import static com.knead.domain.Fixtures.cash;
import static com.knead.domain.Fixtures.clinic;
import static com.knead.domain.Fixtures.line;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SaleDraftTest {

    private static final UUID SALE_ID = UUID.fromString("00000000-0000-7000-8000-0000000000aa");

    private static SaleDraft threeLines() {
        return new SaleDraft(clinic(), null, "Ana Silva")
                .addLine(line("Deep tissue, 60 min", DEEP_TISSUE, "85.00"))
                .addLine(line("Swedish, 30 min", SWEDISH, "50.00"))
                .addLine(new SaleLine("Aromatherapy", null, 0, usd("10.00"), 2));
    }

    @Test
    void totalsOfSeveralLines() {
        SaleTotals totals = threeLines().totals();
        assertThat(totals.subtotal()).isEqualTo(usd("155.00"));
        assertThat(totals.total()).isEqualTo(usd("155.00"));
        assertThat(totals.tax()).isEqualTo(usd("7.38")); // 155 * 5 / 105 = 7.380952…
        assertThat(totals.net()).isEqualTo(usd("147.62"));
    }

    @Test
    void anItemAddedByMistakeComesOffButTheVisitsServiceStays() {
        SaleDraft draft = SaleDraft.forVisit(clinic(), Fixtures.visit(VisitStatus.CHECKED_IN))
                .addLine(line("Massage oil", null, "12.50"));
        assertThat(draft.totals().total()).isEqualTo(usd("97.50"));
        assertThatThrownBy(() -> draft.removeLine(0)).isInstanceOf(Refused.class)
                .hasMessage("The visit's own service stays on the sale; cancel the visit instead.");
        assertThatThrownBy(() -> draft.removeLine(2)).isInstanceOf(Refused.class);
        draft.removeLine(1);
        assertThat(draft.lines()).extracting(SaleLine::description).containsExactly("Deep tissue, 60 min");
        assertThat(draft.totals().total()).isEqualTo(usd("85.00"));
    }

    @Test
    void exclusiveTaxIsAddedToTheTotal() {
        SaleDraft draft = new SaleDraft(clinic(false, RoundingMode.HALF_UP), null, "").addLine(line("Deep tissue, 60 min", DEEP_TISSUE, "85.00"));
        assertThat(draft.totals().total()).isEqualTo(usd("89.25"));
        assertThat(draft.addTender(cash("89.25")).complete(SALE_ID, ReceiptNumber.FIRST, NOON).changeDue().isZero()).isTrue();
    }

    @Test
    void completeSaleCarriesChangeDue() {
        Visit visit = Fixtures.visit(VisitStatus.DONE);
        Sale sale = SaleDraft.forVisit(clinic(), visit).addTender(cash("100.00"))
                .complete(SALE_ID, ReceiptNumber.FIRST, NOON);
        assertThat(sale.changeDue()).isEqualTo(usd("15.00"));
        assertThat(sale.totals().total()).isEqualTo(usd("85.00"));
        assertThat(sale.visitId()).isEqualTo(visit.id());
        assertThat(sale.clientName()).isEqualTo("Ana Silva");
        assertThat(sale.lines()).singleElement()
                .satisfies(l -> assertThat(l.description()).isEqualTo("Deep tissue, 60 min"));
        assertThat(sale.businessDay()).isEqualTo(visit.businessDay());
        assertThat(sale.taken(TenderKind.CASH)).isEqualTo(usd("85.00"));
    }

    @Test
    void shortPaymentIsRefusedWithAPlainSentence() {
        SaleDraft draft = threeLines().addTender(cash("100.00"));
        assertThatThrownBy(() -> draft.complete(SALE_ID, ReceiptNumber.FIRST, NOON))
                .isInstanceOf(Refused.class)
                .hasMessage("The payment is 55.00 short of the total 155.00.");
    }

    @Test
    void cardAboveTheTotalIsRefused() {
        SaleDraft draft = threeLines().addTender(card("200.00"));
        assertThatThrownBy(() -> draft.complete(SALE_ID, ReceiptNumber.FIRST, NOON)).isInstanceOf(Refused.class);
    }

    @Test
    void cardAndCashSplitTakesChangeFromCash() {
        Sale sale = threeLines().addTender(card("100.00")).addTender(cash("60.00"))
                .complete(SALE_ID, ReceiptNumber.FIRST, NOON);
        assertThat(sale.changeDue()).isEqualTo(usd("5.00"));
        assertThat(sale.taken(TenderKind.CARD)).isEqualTo(usd("100.00"));
        assertThat(sale.taken(TenderKind.CASH)).isEqualTo(usd("55.00"));
    }

    @Test
    void tendersCanBeStartedOver() {
        SaleDraft draft = threeLines().addTender(cash("1.00")).clearTenders().addTender(cash("155.00"));
        assertThat(draft.tenders()).hasSize(1);
        assertThat(draft.settlement().complete()).isTrue();
    }

    @Test
    void emptySaleIsRefused() {
        SaleDraft draft = new SaleDraft(clinic(), null, "").addTender(cash("10.00"));
        assertThatThrownBy(() -> draft.complete(SALE_ID, ReceiptNumber.FIRST, NOON))
                .isInstanceOf(Refused.class)
                .hasMessage("There is nothing to sell yet: add a service first.");
    }

    @Test
    void lineInAForeignCurrencyIsRefused() {
        SaleDraft draft = new SaleDraft(clinic(), null, "");
        SaleLine euros = new SaleLine("Swedish, 60 min", SWEDISH, 60, Money.of("80.00", Currency.getInstance("EUR")), 1);
        assertThatThrownBy(() -> draft.addLine(euros))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("the clinic charges in USD");
        assertThat(draft.lines()).isEmpty();
    }
}
