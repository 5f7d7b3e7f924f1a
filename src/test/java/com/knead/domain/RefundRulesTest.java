package com.knead.domain;

import static com.knead.domain.Fixtures.DEEP_TISSUE;
import static com.knead.domain.Fixtures.NOON;
import static com.knead.domain.Fixtures.SWEDISH;
import static com.knead.domain.Fixtures.cash;
import static com.knead.domain.Fixtures.clinic;
import static com.knead.domain.Fixtures.line;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Voids and refunds on a recorded sale, worked out by hand. The usual sale: deep tissue 85.00 and
 * Swedish 50.00 with 10% off (13.50), and a gift card of 50.00 sold with them, at the test clinic
 * (5% included, half up): total 171.50, tax 121.50 x 5 / 105 = 5.79; paid 80.00 in cash (8.50
 * change, 71.50 kept) and 100.00 by card.
 */
class RefundRulesTest {

    private static final UUID SALE_ID = UUID.fromString("00000000-0000-7000-8000-0000000000a1");
    private static final Approval MANAGER = new Approval(UUID.fromString("00000000-0000-7000-8000-0000000000a2"), "Sam Lee");
    private static final LocalDate SALE_DAY = LocalDate.of(2026, 3, 10);
    private static final Instant LATER = Instant.parse("2026-03-12T15:00:00Z");
    private static final LocalDate LATER_DAY = LocalDate.of(2026, 3, 12);
    private static final String CARD_REFERENCE = "Approval A1B2 · card ending 4242";

    private static SaleDraft usualDraft(Clinic clinic) {
        return new SaleDraft(clinic, null, "Ana Silva")
                .addLine(line("Deep tissue, 60 min", DEEP_TISSUE, "85.00"))
                .addLine(line("Swedish, 30 min", SWEDISH, "50.00"))
                .addLine(SaleLine.giftCard(new PrepaidCode("GC-3000"), usd("50.00")))
                .discount(Discount.percent(new BigDecimal("10"), "regular client"));
    }

    private static Sale usualSale() {
        return usualDraft(clinic()).addTender(cash("80.00"))
                .addTender(Tender.card(usd("100.00"), new CardReference("a1b2", "4242")))
                .complete(SALE_ID, ReceiptNumber.FIRST, NOON);
    }

    private static Refund refund(Sale sale, List<Tender> alreadyBack, String amount, TenderKind to) {
        return RefundRules.refund(sale, alreadyBack, usd(amount), to, "", "client felt unwell", MANAGER, Ids.next(),
                new ReceiptNumber(2), LATER, LATER_DAY);
    }

    @Test
    void theUsualSaleIsWhatTheStoryOfThisTestSays() {
        Sale sale = usualSale();
        assertThat(sale.totals().total()).isEqualTo(usd("171.50"));
        assertThat(sale.totals().tax()).isEqualTo(usd("5.79"));
        assertThat(sale.changeDue()).isEqualTo(usd("8.50"));
        assertThat(RefundRules.paid(sale)).isEqualTo(usd("171.50"));
    }

    @Test
    void aServiceLinesShareCarriesItsPartOfTheDiscountAndAGiftCardCountsAsSold() {
        Sale sale = usualSale();
        // the services were paid 121.50 for 135.00 of prices: 0.9 of each
        assertThat(RefundRules.lineShare(sale, 0, clinic())).isEqualTo(usd("76.50"));
        assertThat(RefundRules.lineShare(sale, 1, clinic())).isEqualTo(usd("45.00"));
        assertThat(RefundRules.lineShare(sale, 2, clinic())).isEqualTo(usd("50.00"));
    }

    @Test
    void withTaxOnTopALinesShareCarriesItsPartOfTheTax() {
        Clinic exclusive = clinic(false, RoundingMode.HALF_UP);
        Sale sale = usualDraft(exclusive).addTender(cash("200.00")).complete(SALE_ID, ReceiptNumber.FIRST, NOON);
        // 121.50 + 6.08 tax (6.075 half up) = 127.58 for the services, + 50.00 gift card
        assertThat(sale.totals().total()).isEqualTo(usd("177.58"));
        assertThat(RefundRules.lineShare(sale, 0, exclusive)).isEqualTo(usd("80.33")); // 85 x 127.58 / 135 = 80.328…
        assertThat(RefundRules.lineShare(sale, 1, exclusive)).isEqualTo(usd("47.25")); // 50 x 127.58 / 135 = 47.251…
        assertThat(RefundRules.lineShare(sale, 2, exclusive)).isEqualTo(usd("50.00"));
    }

    @Test
    void aFreeServiceSharesNothing() {
        Sale sale = new SaleDraft(clinic(), null, "Ana")
                .addLine(line("Foot soak (on the house)", null, "0.00"))
                .addLine(SaleLine.giftCard(new PrepaidCode("GC-3001"), usd("50.00")))
                .addTender(cash("50.00"))
                .complete(SALE_ID, ReceiptNumber.FIRST, NOON);
        assertThat(RefundRules.lineShare(sale, 0, clinic())).isEqualTo(usd("0.00"));
        assertThat(RefundRules.lineShare(sale, 1, clinic())).isEqualTo(usd("50.00"));
    }

    @Test
    void theTaxGivenBackIsTheSalesTaxInProportionRoundedAsTheClinicRoundsTax() {
        Sale sale = usualSale();
        assertThat(RefundRules.taxShare(sale, usd("171.50"), clinic())).isEqualTo(usd("5.79"));
        // half of what was paid: 5.79 / 2 = 2.895
        assertThat(RefundRules.taxShare(sale, usd("85.75"), clinic())).isEqualTo(usd("2.90"));
        assertThat(RefundRules.taxShare(sale, usd("85.75"), clinic(true, RoundingMode.DOWN))).isEqualTo(usd("2.89"));
    }

    @Test
    void nothingPaidMeansNoTaxToGiveBackAndNothingToVoid() {
        Sale free = new SaleDraft(clinic(), null, "Ana").addLine(line("Consultation", null, "0.00"))
                .complete(SALE_ID, ReceiptNumber.FIRST, NOON);
        assertThat(RefundRules.paid(free)).isEqualTo(usd("0.00"));
        assertThat(RefundRules.taxShare(free, usd("0.00"), clinic())).isEqualTo(usd("0.00"));
        assertThatThrownBy(() -> RefundRules.voidSale(free, List.of(), SALE_DAY, "mistake", MANAGER, Ids.next(),
                new ReceiptNumber(2), NOON)).isInstanceOf(Refused.class)
                .hasMessage("Nothing was paid on receipt 000001, so there is nothing to void.");
    }

    @Test
    void aVoidGivesBackTheCashKeptFirstThenEveryOtherTender() {
        Refund done = RefundRules.voidSale(usualSale(), List.of(), SALE_DAY, "  rang up the wrong client ", MANAGER,
                Ids.next(), new ReceiptNumber(2), NOON);
        assertThat(done.kind()).isEqualTo(Refund.Kind.VOID);
        assertThat(done.what()).isEqualTo("Whole sale");
        assertThat(done.reason()).isEqualTo("rang up the wrong client");
        assertThat(done.paidBack()).containsExactly(new Tender(TenderKind.CASH, usd("71.50"), ""),
                new Tender(TenderKind.CARD, usd("100.00"), CARD_REFERENCE));
        assertThat(done.amount()).isEqualTo(usd("171.50"));
    }

    @Test
    void aVoidIsOnlyForTheSalesOwnDayAndOnlyBeforeAnyRefund() {
        Sale sale = usualSale();
        assertThatThrownBy(() -> RefundRules.voidSale(sale, List.of(), SALE_DAY.plusDays(1), "mistake", MANAGER,
                Ids.next(), new ReceiptNumber(2), NOON)).isInstanceOf(Refused.class)
                .hasMessage("Receipt 000001 is from 2026-03-10; a sale can only be voided on its own day. Refund it instead.");
        assertThatThrownBy(() -> RefundRules.voidSale(sale, List.of(cash("10.00")), SALE_DAY, "mistake", MANAGER,
                Ids.next(), new ReceiptNumber(2), NOON)).isInstanceOf(Refused.class)
                .hasMessage("Part of receipt 000001 was already refunded; refund the rest instead of voiding it.");
    }

    @Test
    void aRefundToTheCardCarriesTheCardsReferenceAndTheTidiedWords() {
        Refund back = RefundRules.refund(usualSale(), List.of(), usd("45.00"), TenderKind.CARD, "  Swedish, 30 min ",
                "  client felt unwell ", MANAGER, Ids.next(), new ReceiptNumber(2), LATER, LATER_DAY);
        assertThat(back.kind()).isEqualTo(Refund.Kind.REFUND);
        assertThat(back.saleId()).isEqualTo(SALE_ID);
        assertThat(back.saleReceipt()).isEqualTo(ReceiptNumber.FIRST);
        assertThat(back.businessDay()).isEqualTo(LATER_DAY);
        assertThat(back.what()).isEqualTo("Swedish, 30 min");
        assertThat(back.reason()).isEqualTo("client felt unwell");
        assertThat(back.paidBack()).containsExactly(new Tender(TenderKind.CARD, usd("45.00"), CARD_REFERENCE));
    }

    @Test
    void aRefundInCashCarriesNoReferenceAndSaysPartOfTheSaleWhenNotTold() {
        Refund back = refund(usualSale(), List.of(), "20.00", TenderKind.CASH);
        assertThat(back.what()).isEqualTo("Part of the sale");
        assertThat(back.paidBack()).containsExactly(new Tender(TenderKind.CASH, usd("20.00"), ""));
        Refund unnamed = RefundRules.refund(usualSale(), List.of(), usd("20.00"), TenderKind.CASH, null,
                "client felt unwell", MANAGER, Ids.next(), new ReceiptNumber(2), LATER, LATER_DAY);
        assertThat(unnamed.what()).isEqualTo("Part of the sale");
    }

    @Test
    void everythingLeftCanBeRefundedButNotACentMore() {
        Sale sale = usualSale();
        List<Tender> already = List.of(new Tender(TenderKind.CARD, usd("30.00"), CARD_REFERENCE));
        assertThat(refund(sale, already, "141.50", TenderKind.CASH).amount()).isEqualTo(usd("141.50"));
        assertThatThrownBy(() -> refund(sale, already, "141.51", TenderKind.CASH)).isInstanceOf(Refused.class)
                .hasMessage("A refund can never be more than what was paid: 171.50 was paid on receipt 000001 and "
                        + "30.00 already given back, so at most 141.50 can be refunded.");
        assertThatThrownBy(() -> refund(sale, List.of(), "0.00", TenderKind.CASH)).isInstanceOf(Refused.class)
                .hasMessage("A refund must be more than zero.");
    }

    @Test
    void aTenderGivesBackNoMoreThanItTookCountingOnlyWhatWentBackThatWay() {
        Sale sale = usualSale();
        // 30.00 went back to the card and 20.00 in cash: 70.00 of the card's 100.00 is left on it
        List<Tender> already = List.of(new Tender(TenderKind.CARD, usd("30.00"), CARD_REFERENCE), cash("20.00"));
        assertThat(refund(sale, already, "70.00", TenderKind.CARD).amount()).isEqualTo(usd("70.00"));
        assertThatThrownBy(() -> refund(sale, already, "70.01", TenderKind.CARD)).isInstanceOf(Refused.class)
                .hasMessage("Only 70.00 of what was paid by card is left to give back that way; give the rest back in cash.");
        assertThatThrownBy(() -> refund(sale, List.of(), "10.00", TenderKind.GIFT_CARD)).isInstanceOf(Refused.class)
                .hasMessage("Receipt 000001 was not paid by gift card; refund in cash or to how it was paid.");
    }

    @Test
    void aPackageGetsItsVisitBackWholeOrNotAtAll() {
        Sale sale = SaleDraft.forVisit(clinic(), Fixtures.visit(VisitStatus.DONE))
                .addTender(Tender.packageCredit(usd("85.00"), new PrepaidCode("PK-1")))
                .complete(SALE_ID, ReceiptNumber.FIRST, NOON);
        assertThatThrownBy(() -> refund(sale, List.of(), "40.00", TenderKind.PACKAGE_CREDIT)).isInstanceOf(Refused.class)
                .hasMessage("A package visit comes back whole: refund 85.00 to the package, or give part of it back in cash.");
        assertThat(refund(sale, List.of(), "85.00", TenderKind.PACKAGE_CREDIT).paidBack())
                .containsExactly(new Tender(TenderKind.PACKAGE_CREDIT, usd("85.00"), "PK-1"));
        assertThat(refund(sale, List.of(), "40.00", TenderKind.CASH).amount()).isEqualTo(usd("40.00"));
    }

    @Test
    void moneyGoesBackOnlyWithAReason() {
        assertThatThrownBy(() -> RefundRules.refund(usualSale(), List.of(), usd("5.00"), TenderKind.CASH, "", "  ",
                MANAGER, Ids.next(), new ReceiptNumber(2), LATER, LATER_DAY)).isInstanceOf(Refused.class)
                .hasMessage("Say why the money is given back, for example \"client felt unwell\".");
    }
}
