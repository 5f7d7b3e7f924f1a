package com.knead.domain;

/** What a price change prices: a modality at one duration, an add-on, a package offer or a gift-card offer. */
public enum PricedKind {
    SERVICE,
    ADD_ON,
    PACKAGE,
    GIFT_CARD
}
