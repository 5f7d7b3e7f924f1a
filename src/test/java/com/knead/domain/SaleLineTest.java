package com.knead.domain;

import static com.knead.domain.Fixtures.DEEP_TISSUE;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One line of a sale: a service or item times its quantity, or a gift card or package with its number. */
class SaleLineTest {

    private static final Modality DEEP = new Modality(DEEP_TISSUE, "DEEP_TISSUE", "Deep tissue", "", Pressure.FIRM, true, 1);

    @Test
    void aLineIsItsPriceTimesItsQuantity() {
        assertThat(new SaleLine("Aromatherapy", null, 0, usd("10.00"), 3).amount()).isEqualTo(usd("30.00"));
        assertThat(new SaleLine("Aromatherapy", null, 0, usd("10.00"), 1).kind()).isEqualTo(LineKind.SERVICE);
        assertThatThrownBy(() -> new SaleLine("Aromatherapy", null, 0, usd("10.00"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A line needs a quantity of at least one.");
        assertThatThrownBy(() -> new SaleLine("Aromatherapy", null, 0, usd("-10.00"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A line price cannot be negative.");
    }

    @Test
    void aGiftCardLineNamesItsCard() {
        SaleLine card = SaleLine.giftCard(new PrepaidCode("gc-2000"), usd("50.00"));
        assertThat(card.description()).isEqualTo("Gift card GC-2000");
        assertThat(card.code()).isEqualTo("GC-2000");
        assertThat(card.kind()).isEqualTo(LineKind.GIFT_CARD);
        assertThat(card.kind().taxable()).isFalse();
    }

    @Test
    void aPackageHoldsTwoToFiftyVisits() {
        SaleLine five = SaleLine.packageOf(new PrepaidCode("PK-7"), DEEP, 60, 5, usd("380.00"));
        assertThat(five.description()).isEqualTo("Package PK-7: 5 x Deep tissue, 60 min");
        assertThat(five.credits()).isEqualTo(5);
        assertThat(five.modalityId()).isEqualTo(DEEP_TISSUE);
        assertThat(SaleLine.packageOf(new PrepaidCode("PK-8"), DEEP, 60, 2, usd("160.00")).credits()).isEqualTo(2);
        assertThat(SaleLine.packageOf(new PrepaidCode("PK-9"), DEEP, 60, 50, usd("3500.00")).credits()).isEqualTo(50);
        for (int visits : new int[] {1, 51}) {
            assertThatThrownBy(() -> SaleLine.packageOf(new PrepaidCode("PK-10"), DEEP, 60, visits, usd("100.00")))
                    .isInstanceOf(Refused.class).hasMessage("A package holds 2 to 50 visits.");
        }
    }
}
