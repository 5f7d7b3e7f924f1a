package com.knead.domain;

/**
 * A business rule said no. The message is a plain sentence meant for the person at the screen,
 * e.g. "The cash handed over is less than the total.", never a technical detail.
 */
public class Refused extends RuntimeException {
    public Refused(String plainSentence) {
        super(plainSentence);
    }
}
