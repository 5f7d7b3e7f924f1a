package com.knead.domain;

import static com.knead.domain.Fixtures.USD;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** A discount as the cashier types it, what it takes off, when it needs the owner, and how it reads. */
class DiscountTest {

    @Test
    void aPercentSignMakesAPercentageAndAPlainNumberAnAmount() {
        Discount tenPercent = Discount.parse(" 10% ", "regular client", USD);
        assertThat(tenPercent.kind()).isEqualTo(Discount.Kind.PERCENT);
        assertThat(tenPercent.amountOff(usd("85.00"), RoundingMode.HALF_UP)).isEqualTo(usd("8.50"));
        Discount fiveOff = Discount.parse("5", "complaint", USD);
        assertThat(fiveOff).isEqualTo(Discount.amount(usd("5.00"), "complaint"));
        assertThat(fiveOff.amountOff(usd("85.00"), RoundingMode.HALF_UP)).isEqualTo(usd("5.00"));
        assertThat(Discount.parse("12.5 %", "staff", USD).amountOff(usd("85.00"), RoundingMode.HALF_UP))
                .isEqualTo(usd("10.63")); // 10.625 half up
    }

    @Test
    void whatCannotBeADiscountIsRefusedInPlainWords() {
        assertThatThrownBy(() -> Discount.parse("-5%", "oops", USD)).isInstanceOf(Refused.class)
                .hasMessage("A discount must be more than zero.");
        assertThatThrownBy(() -> Discount.parse("ten%", "oops", USD)).isInstanceOf(Refused.class)
                .hasMessage("\"ten%\" is not a percentage; type it like 10%.");
        assertThatThrownBy(() -> Discount.parse("-5", "oops", USD)).isInstanceOf(Refused.class)
                .hasMessage("An amount cannot be negative.");
        assertThatThrownBy(() -> Discount.amount(usd("0.00"), "nothing")).isInstanceOf(Refused.class)
                .hasMessage("A discount must be more than zero.");
        assertThatThrownBy(() -> Discount.percent(BigDecimal.ZERO, "nothing")).isInstanceOf(Refused.class)
                .hasMessage("A discount must be more than zero.");
        assertThat(Discount.percent(new BigDecimal("100"), "free session").amountOff(usd("85.00"), RoundingMode.HALF_UP))
                .isEqualTo(usd("85.00"));
    }

    @Test
    void oneValueHasOneForm() {
        assertThat(Discount.percent(new BigDecimal("10.00"), "x")).isEqualTo(Discount.percent(new BigDecimal("1E+1"), "x"));
        assertThat(Discount.percent(new BigDecimal("1E+1"), "x").value().toPlainString()).isEqualTo("10");
        assertThat(Discount.amount(usd("5.50"), " staff ").value().toPlainString()).isEqualTo("5.5");
        assertThat(Discount.amount(usd("5.50"), " staff ").reason()).isEqualTo("staff");
    }

    @Test
    void neverMoreThanWhatItComesOff() {
        assertThat(Discount.amount(usd("90.00"), "x").amountOff(usd("85.00"), RoundingMode.HALF_UP)).isEqualTo(usd("85.00"));
        Discount.amount(usd("85.00"), "x").requireFits(usd("85.00"));
        assertThatThrownBy(() -> Discount.amount(usd("85.01"), "x").requireFits(usd("85.00"))).isInstanceOf(Refused.class)
                .hasMessage("A discount of 85.01 is more than the services come to (85.00).");
    }

    @Test
    void exactlyTwentyPercentIsTheCashiersToGiveAndACentMoreNeedsTheOwner() {
        Money services = usd("85.00"); // 20% is 17.00
        assertThat(Discount.percent(new BigDecimal("20"), "x").needsOwner(services, RoundingMode.HALF_UP)).isFalse();
        assertThat(Discount.amount(usd("17.00"), "x").needsOwner(services, RoundingMode.HALF_UP)).isFalse();
        assertThat(Discount.amount(usd("17.01"), "x").needsOwner(services, RoundingMode.HALF_UP)).isTrue();
        assertThat(Discount.percent(new BigDecimal("20.01"), "x").needsOwner(services, RoundingMode.HALF_UP)).isTrue();
    }

    @Test
    void itReadsOnTheReceiptWithItsReason() {
        assertThat(Discount.percent(new BigDecimal("10.00"), "regular client").label())
                .isEqualTo("Discount 10% (regular client)");
        assertThat(Discount.percent(new BigDecimal("12.5"), "staff").label()).isEqualTo("Discount 12.5% (staff)");
        assertThat(Discount.amount(usd("5.00"), "complaint").label()).isEqualTo("Discount (complaint)");
    }
}
