package com.knead.domain;

import static com.knead.domain.Fixtures.DEEP_TISSUE;
import static com.knead.domain.Fixtures.NOON;
import static com.knead.domain.Fixtures.cash;
import static com.knead.domain.Fixtures.clinic;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Discounts, tips and the tenders beyond cash, on a draft sale of the demo-like test clinic (5% included). */
class CheckoutRulesTest {

    private static final UUID SALE_ID = UUID.fromString("00000000-0000-7000-8000-0000000000bb");
    private static final UUID MAYA = UUID.fromString("00000000-0000-7000-8000-0000000000cc");

    private static SaleDraft deepTissue() {
        Visit visit = Fixtures.visit(VisitStatus.DONE);
        return SaleDraft.forVisit(clinic(), visit).therapist(MAYA, "Maya Chen");
    }

    @Test
    void percentDiscountComesOffBeforeTaxAndIsRounded() {
        SaleDraft draft = deepTissue().discount(Discount.percent(new BigDecimal("10"), "regular client"));
        SaleTotals totals = draft.totals();
        assertThat(totals.subtotal()).isEqualTo(usd("85.00"));
        assertThat(totals.discount()).isEqualTo(usd("8.50"));
        assertThat(totals.total()).isEqualTo(usd("76.50"));
        assertThat(totals.tax()).isEqualTo(usd("3.64")); // 76.50 * 5 / 105 = 3.642…
        assertThat(draft.discountNeedsApproval()).isFalse();
    }

    @Test
    void amountDiscountAboveTheThresholdNeedsTheOwner() {
        SaleDraft draft = deepTissue().discount(Discount.amount(usd("20.00"), "complaint")).addTender(cash("65.00"));
        assertThat(draft.discountNeedsApproval()).isTrue();
        assertThatThrownBy(() -> draft.complete(SALE_ID, ReceiptNumber.FIRST, NOON))
                .isInstanceOf(Refused.class).hasMessage("A discount above 20% needs a manager's or the owner's PIN.");
        Sale sale = draft.approveDiscount(new Approval(UUID.randomUUID(), "Olivia Park"))
                .complete(SALE_ID, ReceiptNumber.FIRST, NOON);
        assertThat(sale.totals().total()).isEqualTo(usd("65.00"));
        assertThat(sale.discountApproval().staffName()).isEqualTo("Olivia Park");
    }

    @Test
    void aLargeDiscountStaysLargeOnceApprovedAndTheDraftKnowsWhoApprovedAndWhoTakesIt() {
        SaleDraft small = deepTissue().discount(Discount.percent(new BigDecimal("10"), "regular client"));
        assertThat(small.discountIsLarge()).isFalse();
        assertThat(deepTissue().discountIsLarge()).as("no discount").isFalse();
        Approval olivia = new Approval(UUID.randomUUID(), "Olivia Park");
        SaleDraft large = deepTissue().discount(Discount.amount(usd("20.00"), "complaint")).approveDiscount(olivia);
        assertThat(large.discountIsLarge()).isTrue();
        assertThat(large.discountNeedsApproval()).isFalse();
        assertThat(large.discountApproval()).isEqualTo(olivia);
        UUID riley = UUID.randomUUID();
        Sale sale = large.cashier(riley, "Riley Brooks").addTender(cash("65.00")).complete(SALE_ID, ReceiptNumber.FIRST, NOON);
        assertThat(large.cashierId()).isEqualTo(riley);
        assertThat(sale.cashierFirstName()).isEqualTo("Riley");
    }

    @Test
    void aNewDiscountNeedsANewApproval() {
        SaleDraft draft = deepTissue().discount(Discount.percent(new BigDecimal("50"), "staff"))
                .approveDiscount(new Approval(UUID.randomUUID(), "Olivia Park"));
        assertThat(draft.discountNeedsApproval()).isFalse();
        draft.discount(Discount.percent(new BigDecimal("60"), "staff"));
        assertThat(draft.discountNeedsApproval()).isTrue();
    }

    @Test
    void discountsWithoutReasonOrAboveTheServicesAreRefused() {
        assertThatThrownBy(() -> Discount.amount(usd("5.00"), " ")).isInstanceOf(Refused.class)
                .hasMessageStartingWith("Say why the discount is given");
        assertThatThrownBy(() -> deepTissue().discount(Discount.amount(usd("90.00"), "oops")))
                .isInstanceOf(Refused.class).hasMessage("A discount of 90.00 is more than the services come to (85.00).");
        assertThatThrownBy(() -> Discount.percent(new BigDecimal("101"), "oops")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> Discount.percent(new BigDecimal("-5"), "oops")).isInstanceOf(Refused.class);
    }

    @Test
    void tipGoesOnTopOfTheTotalAndToTheTherapist() {
        SaleDraft draft = deepTissue().tipPercent(15);
        assertThat(draft.totals().tip()).isEqualTo(usd("12.75"));
        assertThat(draft.totals().amountDue()).isEqualTo(usd("97.75"));
        Sale sale = draft.addTender(cash("100.00")).complete(SALE_ID, ReceiptNumber.FIRST, NOON);
        assertThat(sale.changeDue()).isEqualTo(usd("2.25"));
        assertThat(sale.therapistId()).isEqualTo(MAYA);
        assertThat(sale.totals().tax()).as("tips are not taxed").isEqualTo(usd("4.05"));
    }

    @Test
    void tipNeedsATherapistAndCannotExceedTheSale() {
        SaleDraft nobody = SaleDraft.forVisit(clinic(), Fixtures.visit(VisitStatus.DONE));
        assertThatThrownBy(() -> nobody.tip(usd("5.00"))).isInstanceOf(Refused.class)
                .hasMessageStartingWith("Assign a therapist to the visit first");
        assertThatThrownBy(() -> deepTissue().tip(usd("500.00"))).isInstanceOf(Refused.class)
                .hasMessage("A tip of 500.00 is more than the sale itself; please check it.");
    }

    @Test
    void threeWaySplitSettlesExactly() {
        SaleDraft draft = deepTissue().tip(usd("15.00"))
                .addTender(Tender.card(usd("50.00"), new CardReference("a1b2c3", "4242")))
                .addTender(Tender.giftCard(usd("30.00"), new PrepaidCode("gc-1001")))
                .addTender(cash("40.00"));
        Sale sale = draft.complete(SALE_ID, ReceiptNumber.FIRST, NOON);
        assertThat(sale.changeDue()).isEqualTo(usd("20.00"));
        assertThat(sale.tenders()).extracting(Tender::reference)
                .containsExactly("Approval A1B2C3 · card ending 4242", "GC-1001", "");
    }

    @Test
    void cardAboveTheAmountDueIsRefused() {
        SaleDraft draft = deepTissue().addTender(Tender.card(usd("90.00"), new CardReference("777", "1111")));
        assertThatThrownBy(draft::settlement).isInstanceOf(Refused.class)
                .hasMessageStartingWith("Card, gift card and package payments come to more than the amount due");
    }

    @Test
    void fullCardNumbersAreRefusedEverywhere() {
        for (String pan : new String[] {"4242424242424242", "4242 4242 4242 4242", "4242-4242-4242-4242", "371449635398431"}) {
            assertThatThrownBy(() -> new CardReference("123456", pan)).isInstanceOf(Refused.class)
                    .hasMessageStartingWith("That looks like a full card number.");
            assertThatThrownBy(() -> new CardReference(pan, "4242")).isInstanceOf(Refused.class);
            assertThatThrownBy(() -> new Tender(TenderKind.CARD, usd("1.00"), "note " + pan)).isInstanceOf(Refused.class);
            assertThatThrownBy(() -> new PrepaidCode(pan)).isInstanceOf(Refused.class);
        }
        assertThatThrownBy(() -> new CardReference("123456", "42")).isInstanceOf(Refused.class)
                .hasMessage("Type the last four digits of the card, as printed on the terminal's slip.");
        assertThatThrownBy(() -> new CardReference("", "4242")).isInstanceOf(Refused.class);
        assertThat(new CardReference("ok12", "0042").toString()).isEqualTo("Approval OK12 · card ending 0042");
    }

    @Test
    void giftCardsAndPackagesAreSoldUntaxedAndCannotBeDiscounted() {
        Modality deep = new Modality(DEEP_TISSUE, "DEEP_TISSUE", "Deep tissue", "", Pressure.FIRM, true, 1);
        SaleDraft draft = new SaleDraft(clinic(), null, "Ana")
                .addLine(SaleLine.giftCard(new PrepaidCode("GC-2000"), usd("50.00")))
                .addLine(SaleLine.packageOf(new PrepaidCode("PK-1"), deep, 60, 5, usd("380.00")));
        assertThat(draft.totals().tax().isZero()).isTrue();
        assertThat(draft.totals().total()).isEqualTo(usd("430.00"));
        assertThatThrownBy(() -> draft.discount(Discount.amount(usd("1.00"), "why not")))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> SaleLine.giftCard(new PrepaidCode("GC-2001"), usd("0.00"))).isInstanceOf(Refused.class);
    }

    @Test
    void onePackageVisitPerSale() {
        SaleDraft draft = deepTissue()
                .addTender(Tender.packageCredit(usd("40.00"), new PrepaidCode("PK-1")))
                .addTender(Tender.packageCredit(usd("45.00"), new PrepaidCode("PK-1")));
        assertThatThrownBy(() -> draft.complete(SALE_ID, ReceiptNumber.FIRST, NOON)).isInstanceOf(Refused.class)
                .hasMessage("Package PK-1 pays for one visit at a time.");
    }

    @Test
    void approvalChecksThePersonTheirRoleAndPin() {
        StaffMember owner = new StaffMember(UUID.randomUUID(), "Olivia Park", StaffRole.OWNER, PinHash.of("1234"));
        StaffMember cashier = new StaffMember(UUID.randomUUID(), "Riley Brooks", StaffRole.CASHIER, PinHash.of("1234"));
        EnumSet<StaffRole> owners = EnumSet.of(StaffRole.OWNER);
        assertThat(Approval.check(owner, "1234", owners, "a discount this large").staffName()).isEqualTo("Olivia Park");
        assertThatThrownBy(() -> Approval.check(owner, "9999", owners, "a discount this large"))
                .isInstanceOf(Refused.class).hasMessage("That PIN is not right for Olivia Park. Please try again.");
        assertThatThrownBy(() -> Approval.check(cashier, "1234", owners, "a discount this large"))
                .isInstanceOf(Refused.class).hasMessage("Riley Brooks cannot approve a discount this large; ask the owner.");
        assertThatThrownBy(() -> Approval.check(null, "1234", owners, "a void"))
                .isInstanceOf(Refused.class).hasMessage("Choose who is approving a void.");
    }

    @Test
    void exclusiveTaxWithDiscountStillAddsUp() {
        Clinic exclusive = clinic(false, RoundingMode.HALF_EVEN);
        SaleDraft draft = SaleDraft.forVisit(exclusive, Fixtures.visit(VisitStatus.DONE))
                .discount(Discount.percent(new BigDecimal("15"), "first visit"));
        SaleTotals totals = draft.totals();
        assertThat(totals.discount()).isEqualTo(usd("12.75"));
        assertThat(totals.net()).isEqualTo(usd("72.25"));
        assertThat(totals.tax()).isEqualTo(usd("3.61")); // 3.6125 half-even
        assertThat(totals.total()).isEqualTo(usd("75.86"));
    }
}
