package com.knead.domain;

import java.util.List;

/**
 * How the tenders offered meet a total: what was handed over, the change due back (only ever
 * from cash) and what is still owed. A settlement is complete when nothing is owed.
 */
public record Settlement(Money tendered, Money changeDue, Money balanceDue) {

    public boolean complete() {
        return balanceDue.isZero();
    }

    /**
     * Works out change and balance. Refuses non-cash tenders that together exceed the total: a card
     * or gift card is charged the exact amount, so it can never produce change.
     */
    public static Settlement of(Money total, List<Tender> tenders) {
        Money zero = Money.zero(total.currency());
        Money cash = zero;
        Money other = zero;
        for (Tender tender : tenders) {
            if (tender.kind() == TenderKind.CASH) {
                cash = cash.plus(tender.amount());
            } else {
                other = other.plus(tender.amount());
            }
        }
        if (other.compareTo(total) > 0) {
            // The rule for one payment is TenderRules'; this is the same rule for the sum, when the total
            // fell (a discount, an item taken off) after the payments were listed.
            throw new Refused("Card, gift card and package payments come to more than the amount due ("
                    + other.plain() + " against " + total.plain() + "). " + TenderRules.ONLY_CASH_GIVES_CHANGE);
        }
        Money tendered = cash.plus(other);
        Money difference = tendered.minus(total);
        if (difference.isNegative()) {
            return new Settlement(tendered, zero, difference.negate());
        }
        return new Settlement(tendered, difference, zero);
    }
}
