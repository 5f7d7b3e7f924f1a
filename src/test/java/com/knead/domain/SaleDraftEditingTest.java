package com.knead.domain;

import static com.knead.domain.Fixtures.DEEP_TISSUE;
import static com.knead.domain.Fixtures.NOON;
import static com.knead.domain.Fixtures.cash;
import static com.knead.domain.Fixtures.card;
import static com.knead.domain.Fixtures.clinic;
import static com.knead.domain.Fixtures.line;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A draft sale changed at the desk before it is paid: a discount or tip taken off again, a payment
 * taken back, the therapist set, and what is still to pay after each step (the test clinic, 5% included).
 */
class SaleDraftEditingTest {

    private static final UUID MAYA = UUID.fromString("00000000-0000-7000-8000-0000000000cc");

    private static SaleDraft deepTissue() {
        return SaleDraft.forVisit(clinic(), Fixtures.visit(VisitStatus.DONE)).therapist(MAYA, "Maya Chen");
    }

    @Test
    void aDraftKnowsItsVisitClinicAndTherapist() {
        Visit visit = Fixtures.visit(VisitStatus.DONE);
        SaleDraft draft = SaleDraft.forVisit(clinic(), visit);
        assertThat(draft.visitId()).isEqualTo(visit.id());
        assertThat(draft.clinic()).isEqualTo(clinic());
        assertThat(draft.therapistId()).isNull();
        assertThat(draft.therapist(MAYA, "Maya Chen").therapistId()).isEqualTo(MAYA);
        assertThat(draft.discount()).isNull();
    }

    @Test
    void theKeyIsBornWithTheDraftAndBelongsToItAlone() {
        SaleDraft one = deepTissue();
        assertThat(one.key()).isNotNull().isEqualTo(one.key());
        assertThat(one.key()).isNotEqualTo(deepTissue().key());
    }

    @Test
    void aDiscountTakenOffAgainLeavesTheFullPrice() {
        SaleDraft draft = deepTissue().discount(Discount.percent(new BigDecimal("10"), "regular client"));
        assertThat(draft.discount().label()).isEqualTo("Discount 10% (regular client)");
        assertThat(draft.totals().total()).isEqualTo(usd("76.50"));
        assertThat(draft.clearDiscount().totals().total()).isEqualTo(usd("85.00"));
        assertThat(draft.discount()).isNull();
        assertThat(draft.totals().discount()).isEqualTo(usd("0.00"));
    }

    @Test
    void aTipTakenOffAgainLeavesTheTotal() {
        SaleDraft draft = deepTissue().tip(usd("10.00"));
        assertThat(draft.balanceDue()).isEqualTo(usd("95.00"));
        assertThat(draft.clearTip().balanceDue()).isEqualTo(usd("85.00"));
        assertThat(draft.totals().tip()).isEqualTo(usd("0.00"));
    }

    @Test
    void aTipAlwaysHasSomeoneToGoTo() {
        SaleDraft draft = deepTissue().tip(usd("10.00"));
        UUID sam = UUID.fromString("00000000-0000-7000-8000-0000000000ce");
        assertThat(draft.therapist(sam, "Sam Lee").therapistId()).isEqualTo(sam);
        assertThat(draft.totals().tip()).isEqualTo(usd("10.00"));
        assertThatThrownBy(() -> draft.therapist(null, null)).isInstanceOf(Refused.class)
                .hasMessageStartingWith("Assign a therapist to the visit first");
    }

    @Test
    void aPaymentTakenBackIsOwedAgain() {
        SaleDraft draft = deepTissue().addTender(cash("50.00")).addTender(card("35.00"));
        assertThat(draft.balanceDue()).isEqualTo(usd("0.00"));
        assertThat(draft.removeTender(0).balanceDue()).isEqualTo(usd("50.00"));
        assertThat(draft.tenders()).containsExactly(card("35.00"));
        assertThat(draft.addTender(cash("60.00")).complete(Ids.next(), ReceiptNumber.FIRST, NOON).changeDue())
                .isEqualTo(usd("10.00"));
    }

    @Test
    void anItemTakenOffComesOffTheTotal() {
        SaleDraft draft = new SaleDraft(clinic(), null, "Ana")
                .addLine(line("Deep tissue, 60 min", DEEP_TISSUE, "85.00"))
                .addLine(line("Massage oil", null, "12.50"));
        assertThat(draft.removeLine(0).totals().total()).as("without a visit, any line may go").isEqualTo(usd("12.50"));
        assertThatThrownBy(() -> draft.removeLine(-1)).isInstanceOf(Refused.class)
                .hasMessage("Choose the item to take off first.");
    }

    @Test
    void linesAloneComeToTheSameAsADraftWithoutDiscountOrTip() {
        List<SaleLine> lines = List.of(line("Deep tissue, 60 min", DEEP_TISSUE, "85.00"),
                new SaleLine("Aromatherapy", null, 0, usd("10.00"), 2));
        SaleTotals totals = SaleTotals.of(lines, clinic().tax(), Fixtures.USD);
        assertThat(totals.total()).isEqualTo(usd("105.00"));
        assertThat(totals.tax()).isEqualTo(usd("5.00")); // 105 x 5 / 105
        assertThat(totals.tip()).isEqualTo(usd("0.00"));
    }
}
