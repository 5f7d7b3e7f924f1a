package com.knead.domain;

/** What a price change prices: a modality at one duration, or an add-on. */
public enum PricedKind {
    SERVICE,
    ADD_ON
}
