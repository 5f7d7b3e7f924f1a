package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.CashDrawer;
import com.knead.domain.Refused;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Today's drawer on real H2: its float and hand movements are recorded whatever the drawer itself does. */
class DrawerSessionTest extends OpenClinic {

    private final AtomicInteger kicks = new AtomicInteger();

    private DrawerSession opensFine() {
        return new DrawerSession(stores, () -> {
            kicks.incrementAndGet();
            return Optional.empty();
        });
    }

    @Test
    void noDrawerUntilItIsOpenedThenItHoldsTheFloatAndEachMovement() {
        DrawerSession drawer = opensFine();
        assertThat(drawer.current()).isEmpty();
        assertThat(drawer.clinic()).isEqualTo(stores.clinic());

        DrawerSession.Count opened = drawer.open(stores.clinic().money("100.00"), riley());
        assertThat(opened.expected().plain()).isEqualTo("100.00");
        assertThat(opened.problem()).isEmpty();
        assertThat(drawer.current()).hasValueSatisfying(c -> assertThat(c.expected().plain()).isEqualTo("100.00"));

        DrawerSession.Count in = drawer.move(new CashDrawer.Movement(CashDrawer.Kind.PAY_IN,
                stores.clinic().money("20.00"), "coins from the bank", Instant.now()), riley());
        assertThat(in.expected().plain()).isEqualTo("120.00");
        assertThat(in.problem()).isEmpty();
        assertThat(kicks).as("the drawer is opened for the movement").hasValue(1);
        DrawerSession.Count out = drawer.move(new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT,
                stores.clinic().money("30.00"), "window cleaner", Instant.now()), riley());
        assertThat(out.expected().plain()).isEqualTo("90.00");
        assertThat(stores.drawer().ofDay(today()).orElseThrow().movements())
                .extracting(m -> m.kind() + " " + m.amount().plain() + " " + m.reason())
                .containsExactly("PAY_IN 20.00 coins from the bank", "PAY_OUT 30.00 window cleaner");
        assertThat(drawer.current()).hasValueSatisfying(c -> assertThat(c.drawer().movements()).hasSize(2));
    }

    @Test
    void aPayOutAboveTheCashIsRefusedAndNotRecorded() {
        DrawerSession drawer = opensFine();
        drawer.open(stores.clinic().money("50.00"), riley());
        assertThatThrownBy(() -> drawer.move(new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT,
                stores.clinic().money("500.00"), "rent", Instant.now()), riley())).isInstanceOf(Refused.class);
        assertThat(stores.drawer().ofDay(today()).orElseThrow().movements()).isEmpty();
        assertThat(kicks).hasValue(0);
    }

    @Test
    void aDrawerThatDoesNotOpenIsToldAndTheMovementStaysRecorded() {
        DrawerSession told = new DrawerSession(stores, () -> Optional.of("The printer is offline."));
        told.open(stores.clinic().money("10.00"), riley());
        DrawerSession.Count count = told.move(new CashDrawer.Movement(CashDrawer.Kind.NO_SALE,
                stores.clinic().money("0.00"), "change for a 50", Instant.now()), riley());
        assertThat(count.problem()).hasValue("The printer is offline.");

        DrawerSession failing = new DrawerSession(stores, () -> {
            throw new IllegalStateException("no such queue");
        });
        DrawerSession.Count failed = failing.move(new CashDrawer.Movement(CashDrawer.Kind.PAY_IN,
                stores.clinic().money("5.00"), "float top-up", Instant.now()), riley());
        assertThat(failed.problem()).hasValue("The pay-in is recorded, but the drawer did not open. Open it with its key.");
        assertThat(failed.expected().plain()).isEqualTo("15.00");
        assertThat(stores.drawer().ofDay(today()).orElseThrow().movements()).hasSize(2);
    }
}
