package com.knead.domain;

import java.util.Objects;

/**
 * The drawer at the close: what should be in it, what was counted, and the difference (over when
 * positive, short when negative). A drawer that is over or short cannot be closed without a reason.
 */
public record CountedDrawer(Money expected, DrawerCount count, String reason) {

    public CountedDrawer {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(count, "count");
        reason = reason == null ? "" : reason.strip();
        if (!count.currency().equals(expected.currency())) {
            throw new IllegalArgumentException("the count is in " + count.currency() + ", the drawer in "
                    + expected.currency());
        }
    }

    /** The drawer as counted, refused when it is over or short and no reason is given. */
    public static CountedDrawer closing(Money expected, DrawerCount count, String reason) {
        CountedDrawer drawer = new CountedDrawer(expected, count, reason);
        if (!drawer.overShort().isZero() && drawer.reason().isEmpty()) {
            throw new Refused("The drawer is " + drawer.difference() + "; say why before closing the day.");
        }
        return drawer;
    }

    public Money counted() {
        return count.total();
    }

    /** Counted less expected: positive when the drawer is over, negative when it is short. */
    public Money overShort() {
        return counted().minus(expected);
    }

    /** "5.00 short", "2.50 over" or "exact". */
    public String difference() {
        Money diff = overShort();
        if (diff.isZero()) {
            return "exact";
        }
        return diff.isNegative() ? diff.negate().plain() + " short" : diff.plain() + " over";
    }
}
