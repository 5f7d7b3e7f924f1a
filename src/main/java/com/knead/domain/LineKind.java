package com.knead.domain;

/**
 * What a sale line sells. Services and items are taxed and can be discounted; gift cards and
 * packages are prepayments sold at face value, taxed when the service is given.
 */
public enum LineKind {
    SERVICE, ITEM, GIFT_CARD, PACKAGE;

    public boolean taxable() {
        return this == SERVICE || this == ITEM;
    }
}
