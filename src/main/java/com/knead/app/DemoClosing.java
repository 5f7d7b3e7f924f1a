package com.knead.app;

import com.knead.domain.DrawerCount;
import com.knead.domain.Money;
import com.knead.domain.StaffMember;
import com.knead.store.DemoSeed;
import com.knead.store.Stores;
import com.knead.usecase.CloseDay;
import com.knead.usecase.PinCheck;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;

/**
 * Closes each demo day the way the owner does in the office: the drawer counted (now and then a few
 * dollars over or short, with the reason), then {@link CloseDay} with the owner's PIN, which gives the
 * day its Z, its place in the tamper-evidence chain and its perpetual grand total.
 */
final class DemoClosing {

    private static final LocalTime CLOSING = LocalTime.of(19, 45);

    private final Stores stores;
    private final Random random;
    private final StaffMember owner;
    private final Evening evening = new Evening();
    private final CloseDay closeDay;
    private int overOrShort;

    DemoClosing(Stores stores, Random random, StaffMember owner) {
        this.stores = stores;
        this.random = random;
        this.owner = owner;
        PinCheck pins = new PinCheck(stores.staff(), stores.audit(), evening, stores.clinic().zone());
        this.closeDay = new CloseDay(stores, pins, evening);
    }

    /** Whether the demo can close days: only with the demo owner and the PIN the README gives. */
    boolean possible() {
        return owner.unlocks(DemoSeed.DEMO_OWNER_PIN);
    }

    /** Closes {@code day} at a quarter to eight in the evening. */
    void close(LocalDate day) {
        evening.now = day.atTime(CLOSING).atZone(stores.clinic().zone()).toInstant();
        Money expected = closeDay.expected(day);
        Money counted = expected;
        String reason = "";
        int luck = random.nextInt(12);
        if (luck == 0 && expected.compareTo(money("5.00")) >= 0) {
            counted = expected.minus(money("5.00"));
            reason = "A five given twice as change";
        } else if (luck == 1) {
            counted = expected.plus(money("2.50"));
            reason = "Change not taken by a client";
        } else if (luck == 2 && expected.compareTo(money("20.00")) >= 0) {
            counted = expected.minus(money("20.00"));
            reason = "A twenty paid out for towels, slip in the drawer";
        }
        if (!reason.isEmpty()) {
            overOrShort++;
        }
        closeDay.close(owner, DemoSeed.DEMO_OWNER_PIN, day, DrawerCount.ofTotal(counted), reason);
    }

    /** How many of the days closed had a drawer over or short. */
    int overOrShort() {
        return overOrShort;
    }

    private Money money(String amount) {
        return Money.of(amount, stores.clinic().currency());
    }

    /** The demo's clock at each close: the evening of the day being closed. */
    private static final class Evening extends Clock {
        private Instant now = Instant.EPOCH;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the demo's evening clock has one zone");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
