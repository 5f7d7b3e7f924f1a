package com.knead.domain;

import static com.knead.domain.Fixtures.card;
import static com.knead.domain.Fixtures.cash;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementTest {

    @Test
    void cashOverTheTotalGivesChange() {
        Settlement settlement = Settlement.of(usd("85.00"), List.of(cash("100.00")));
        assertThat(settlement.complete()).isTrue();
        assertThat(settlement.tendered()).isEqualTo(usd("100.00"));
        assertThat(settlement.changeDue()).isEqualTo(usd("15.00"));
        assertThat(settlement.balanceDue()).isEqualTo(usd("0.00"));
    }

    @Test
    void exactCashGivesNoChange() {
        Settlement settlement = Settlement.of(usd("85.00"), List.of(cash("50.00"), cash("35.00")));
        assertThat(settlement.complete()).isTrue();
        assertThat(settlement.changeDue().isZero()).isTrue();
    }

    @Test
    void shortPaymentLeavesABalance() {
        Settlement settlement = Settlement.of(usd("85.00"), List.of(cash("80.00")));
        assertThat(settlement.complete()).isFalse();
        assertThat(settlement.balanceDue()).isEqualTo(usd("5.00"));
        assertThat(settlement.changeDue().isZero()).isTrue();
        assertThat(Settlement.of(usd("85.00"), List.of()).balanceDue()).isEqualTo(usd("85.00"));
    }

    @Test
    void cardAboveTheAmountDueIsRefused() {
        assertThatThrownBy(() -> Settlement.of(usd("85.00"), List.of(card("85.01"))))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("only cash can be more");
        assertThatThrownBy(() -> Settlement.of(usd("85.00"), List.of(card("50.00"),
                new Tender(TenderKind.GIFT_CARD, usd("40.00"), "GC-77"))))
                .isInstanceOf(Refused.class);
    }

    @Test
    void cardAndCashSplitGivesChangeFromCashOnly() {
        Settlement settlement = Settlement.of(usd("85.00"), List.of(card("60.00"), cash("40.00")));
        assertThat(settlement.complete()).isTrue();
        assertThat(settlement.tendered()).isEqualTo(usd("100.00"));
        assertThat(settlement.changeDue()).isEqualTo(usd("15.00"));

        Settlement exactCard = Settlement.of(usd("85.00"), List.of(card("85.00"), cash("20.00")));
        assertThat(exactCard.changeDue()).isEqualTo(usd("20.00"));
    }
}
