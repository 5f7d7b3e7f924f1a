package com.knead.domain;

/** An answer on the intake that staff must see before the massage, with its reason for them. */
public record RedFlag(String code, String reason) {
}
