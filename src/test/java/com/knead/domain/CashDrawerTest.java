package com.knead.domain;

import static com.knead.domain.Fixtures.NOON;
import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.CashDrawer.Kind;
import com.knead.domain.CashDrawer.Movement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cash put in and taken out of the drawer by hand, each with a reason, and a pay-out never beyond what is there. */
class CashDrawerTest {

    private static CashDrawer drawer() {
        return new CashDrawer(Ids.next(), LocalDate.of(2026, 3, 10), NOON, usd("100.00"), List.of(
                new Movement(Kind.PAY_IN, usd("20.00"), "change from the bank", NOON),
                new Movement(Kind.PAY_OUT, usd("12.50"), "milk for the kitchen", NOON),
                new Movement(Kind.NO_SALE, usd("0.00"), "customer wanted change", NOON),
                new Movement(Kind.PAY_OUT, usd("5.00"), "window cleaner", NOON)));
    }

    @Test
    void movementsByHandAddUp() {
        CashDrawer drawer = drawer();
        assertThat(drawer.paidIn()).isEqualTo(usd("20.00"));
        assertThat(drawer.paidOut()).isEqualTo(usd("17.50"));
        assertThat(drawer.noSaleOpenings()).isEqualTo(1);
        // 100.00 float + 40.00 cash sales - 10.00 cash refund + 20.00 in - 17.50 out
        assertThat(drawer.expected(usd("40.00"), usd("10.00"))).isEqualTo(usd("132.50"));
    }

    @Test
    void aPayOutCanTakeWhatIsThereButNoMore() {
        CashDrawer drawer = drawer();
        drawer.requireCashFor(new Movement(Kind.PAY_OUT, usd("102.50"), "to the bank", NOON), usd("102.50"));
        assertThatThrownBy(() -> drawer.requireCashFor(new Movement(Kind.PAY_OUT, usd("102.51"), "to the bank", NOON),
                usd("102.50"))).isInstanceOf(Refused.class)
                .hasMessage("Only 102.50 should be in the drawer; a pay-out of 102.51 is more than that.");
        drawer.requireCashFor(new Movement(Kind.PAY_IN, usd("500.00"), "float top-up", NOON), usd("102.50"));
    }

    @Test
    void everyMovementSaysWhyAndMovesTheRightMoney() {
        assertThatThrownBy(() -> new Movement(Kind.PAY_IN, usd("5.00"), " ", NOON)).isInstanceOf(Refused.class)
                .hasMessage("Say what the pay-in is for.");
        assertThatThrownBy(() -> new Movement(Kind.PAY_OUT, usd("5.00"), null, NOON)).isInstanceOf(Refused.class)
                .hasMessage("Say what the pay-out is for.");
        assertThatThrownBy(() -> new Movement(Kind.NO_SALE, usd("0.00"), "", NOON)).isInstanceOf(Refused.class)
                .hasMessage("Say why the drawer is opened without a sale.");
        assertThatThrownBy(() -> new Movement(Kind.NO_SALE, usd("1.00"), "change", NOON)).isInstanceOf(Refused.class)
                .hasMessage("A \"no sale\" moves no money.");
        assertThatThrownBy(() -> new Movement(Kind.PAY_OUT, usd("0.00"), "nothing", NOON)).isInstanceOf(Refused.class)
                .hasMessage("A pay-out must be more than zero.");
        assertThat(new Movement(Kind.PAY_IN, usd("5.00"), "  coins ", NOON).reason()).isEqualTo("coins");
        assertThatThrownBy(() -> new CashDrawer(Ids.next(), LocalDate.of(2026, 3, 10), NOON, usd("-1.00"), List.of()))
                .isInstanceOf(Refused.class).hasMessage("The opening float cannot be negative.");
    }

    @Test
    void movementsReadAsTheDeskNamesThem() {
        assertThat(List.of(Kind.values())).extracting(Kind::label).containsExactly("Pay-in", "Pay-out", "No sale");
    }
}
