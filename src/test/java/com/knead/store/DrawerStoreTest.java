package com.knead.store;

import static com.knead.store.TestClinic.checkIn;
import static com.knead.store.TestClinic.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Approval;
import com.knead.domain.CashDrawer;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.TenderKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The cash drawer: float, sales and refunds in cash, pay-ins and pay-outs with reasons, "no sale" logged. */
class DrawerStoreTest extends WithOpenStores {

    @Test
    void expectedCashFollowsFloatSalesRefundsAndHandMovements() {
        Instant now = Instant.now();
        assertThat(stores.drawer().current(now)).isEmpty();
        assertThatThrownBy(() -> stores.drawer().move(new CashDrawer.Movement(CashDrawer.Kind.PAY_IN,
                money(stores, "5.00"), "change", now))).isInstanceOf(Refused.class)
                .hasMessage("Open the drawer with its float first.");

        CashDrawer drawer = stores.drawer().open(money(stores, "150.00"), now);
        Sale sale = TestClinic.recordCashSale(stores, checkIn(stores, "Ana Silva", now), "100.00", now.plusSeconds(1));
        stores.refunds().refund(sale.receiptNumber(), money(stores, "10.00"), TenderKind.CASH, "", "late start",
                new Approval(stores.staff().active().get(0).id(), "Owner"), now.plusSeconds(2));
        stores.drawer().move(new CashDrawer.Movement(CashDrawer.Kind.PAY_IN, money(stores, "20.00"), "more coins", now));
        stores.drawer().move(new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT, money(stores, "12.50"), "milk for the tea room", now));
        CashDrawer after = stores.drawer().move(new CashDrawer.Movement(CashDrawer.Kind.NO_SALE,
                money(stores, "0.00"), "change for a 50", now));

        assertThat(after.id()).isEqualTo(drawer.id());
        assertThat(after.movements()).extracting(CashDrawer.Movement::kind)
                .containsExactly(CashDrawer.Kind.PAY_IN, CashDrawer.Kind.PAY_OUT, CashDrawer.Kind.NO_SALE);
        // 150 float + 85 cash kept - 10 refunded + 20 in - 12.50 out
        assertThat(stores.drawer().expected(after)).isEqualTo(money(stores, "232.50"));

        assertThatThrownBy(() -> stores.drawer().move(new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT,
                money(stores, "300.00"), "rent", now))).isInstanceOf(Refused.class)
                .hasMessage("Only 232.50 should be in the drawer; a pay-out of 300.00 is more than that.");
        assertThatThrownBy(() -> new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT, money(stores, "1.00"), " ", now))
                .isInstanceOf(Refused.class).hasMessage("Say what the pay-out is for.");
        assertThatThrownBy(() -> new CashDrawer.Movement(CashDrawer.Kind.NO_SALE, money(stores, "0.00"), "", now))
                .isInstanceOf(Refused.class).hasMessage("Say why the drawer is opened without a sale.");
    }
}
