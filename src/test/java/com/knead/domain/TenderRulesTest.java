package com.knead.domain;

import static com.knead.domain.Fixtures.DEEP_TISSUE;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules for taking each kind of payment, and the one wording of "more than is due". */
class TenderRulesTest {

    private static final CardReference SLIP = new CardReference("A1B2C3", "4242");
    private static final PrepaidCode GIFT = new PrepaidCode("GC-1001");

    @Test
    void aCardPaysWhatIsDueWhenNoAmountIsTypedAndNeverMore() {
        assertThat(TenderRules.card(null, SLIP, usd("85.00")).amount()).isEqualTo(usd("85.00"));
        assertThat(TenderRules.card(usd("50.00"), SLIP, usd("85.00")).amount()).isEqualTo(usd("50.00"));
        assertThatThrownBy(() -> TenderRules.card(usd("90.00"), SLIP, usd("85.00")))
                .isInstanceOf(Refused.class)
                .hasMessage("The card amount 90.00 is more than what is still due, 85.00. " + TenderRules.ONLY_CASH_GIVES_CHANGE);
        assertThatThrownBy(() -> TenderRules.card(null, SLIP, usd("0.00")))
                .hasMessage("Nothing is left to pay by card.");
    }

    @Test
    void theSumOfCardsAboveTheTotalIsRefusedInTheSameWords() {
        assertThatThrownBy(() -> Settlement.of(usd("85.00"), List.of(Fixtures.card("90.00"))))
                .hasMessageEndingWith(TenderRules.ONLY_CASH_GIVES_CHANGE);
    }

    @Test
    void aGiftCardPaysUpToItsBalance() {
        assertThat(TenderRules.giftCard(GIFT, null, usd("100.00"), usd("85.00")).amount()).isEqualTo(usd("85.00"));
        assertThat(TenderRules.giftCard(GIFT, null, usd("15.00"), usd("85.00")).amount()).isEqualTo(usd("15.00"));
        assertThatThrownBy(() -> TenderRules.giftCard(GIFT, usd("20.00"), usd("15.00"), usd("85.00")))
                .hasMessage("Gift card GC-1001 has 15.00 left, less than 20.00.");
        assertThatThrownBy(() -> TenderRules.giftCard(GIFT, null, usd("0.00"), usd("85.00")))
                .hasMessage("Gift card GC-1001 has nothing left on it.");
        assertThatThrownBy(() -> TenderRules.giftCard(GIFT, usd("50.00"), usd("100.00"), usd("20.00")))
                .hasMessageStartingWith("The gift card amount 50.00 is more than what is still due, 20.00.");
    }

    @Test
    void aPackageVisitIsMatchedToItsOwnSession() {
        SaleLine session = Fixtures.line("Deep tissue, 60 min", DEEP_TISSUE, "85.00");
        ServicePackage pack = new ServicePackage(new PrepaidCode("PK-2001"), DEEP_TISSUE, "Deep tissue", session.minutes(), 5);
        assertThat(TenderRules.packageVisit(pack, List.of(session), usd("85.00")).amount()).isEqualTo(usd("85.00"));
        assertThat(TenderRules.packageVisit(pack, List.of(session), usd("60.00")).amount()).isEqualTo(usd("60.00"));
        ServicePackage other = new ServicePackage(new PrepaidCode("PK-2002"), Fixtures.SWEDISH, "Swedish", 90, 5);
        assertThatThrownBy(() -> TenderRules.packageVisit(other, List.of(session), usd("85.00")))
                .hasMessage("Package PK-2002 is for Swedish, 90 min; this sale has no such session.");
        ServicePackage lastVisit = new ServicePackage(new PrepaidCode("PK-2004"), DEEP_TISSUE, "Deep tissue", session.minutes(), 1);
        assertThat(TenderRules.packageVisit(lastVisit, List.of(session), usd("85.00")).amount()).as("its last visit").isEqualTo(usd("85.00"));
        ServicePackage used = new ServicePackage(new PrepaidCode("PK-2003"), DEEP_TISSUE, "Deep tissue", session.minutes(), 0);
        assertThatThrownBy(() -> TenderRules.packageVisit(used, List.of(session), usd("85.00")))
                .hasMessage("Package PK-2003 has no visits left.");
    }

    @Test
    void quickCashOffersTheNextRoundAmountsAboveWhatIsDue() {
        assertThat(TenderRules.quickCash(usd("37.00"), 3)).containsExactly(usd("40.00"), usd("50.00"), usd("100.00"));
        assertThat(TenderRules.quickCash(usd("85.00"), 3)).containsExactly(usd("90.00"), usd("100.00"));
        assertThat(TenderRules.quickCash(usd("95.50"), 3)).containsExactly(usd("100.00"));
        // A round amount due is paid with Exact (F4); nothing above it is offered.
        assertThat(TenderRules.quickCash(usd("100.00"), 3)).isEmpty();
        assertThat(TenderRules.quickCash(usd("0.00"), 3)).isEmpty();
    }

    @Test
    void theDraftKeepsCashApartFromTheOtherPayments() {
        SaleDraft draft = new SaleDraft(Fixtures.clinic(), null, "").addLine(Fixtures.line("Oil", null, "40.00"));
        draft.addTender(TenderRules.card(usd("25.00"), SLIP, draft.dueBeforeCash()));
        draft.cashHandedOver(usd("20.00")).cashHandedOver(usd("50.00"));
        assertThat(draft.payments()).hasSize(1);
        assertThat(draft.tenders()).hasSize(2);
        assertThat(draft.dueBeforeCash()).isEqualTo(usd("15.00"));
        assertThat(draft.settlement().changeDue()).isEqualTo(usd("35.00"));
        draft.removePayment(0).cashHandedOver(null);
        assertThat(draft.tenders()).isEmpty();
        assertThatThrownBy(() -> draft.removePayment(0)).hasMessage("Choose the payment to take off first.");
    }
}
