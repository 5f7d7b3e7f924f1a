package com.knead.domain;

/** The ways a customer can pay. Only cash can be over-tendered and give change. */
public enum TenderKind {
    CASH("Cash"),
    CARD("Card"),
    GIFT_CARD("Gift card"),
    PACKAGE_CREDIT("Package credit");

    private final String label;

    TenderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
