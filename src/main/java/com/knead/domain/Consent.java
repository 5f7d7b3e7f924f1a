package com.knead.domain;

/** The consent a visitor signs at the kiosk, as it is shown there and printed on the intake summary. */
public final class Consent {

    public static final String TEXT = "The answers I gave are true as far as I know. Massage is not medical care: "
            + "I will tell my therapist about any discomfort during the session, and I will see a doctor if my "
            + "symptoms get worse. I agree to receive massage.";

    /** Said next to the typed name, so the clinic sees why there is no drawing. */
    public static final String NO_DRAWING = "no drawn signature was possible";

    private Consent() {
    }

    /** Which way the consent was given, in words for the intake summary, with when ({@code at}, as shown). */
    public static String howGiven(Signature signature, String at) {
        return signature.drawn() ? "Signed " + at + " by drawing on the kiosk screen."
                : "Agreed " + at + " by pressing \"I agree\" with the full name typed: " + signature.typedName()
                + " (" + NO_DRAWING + ").";
    }
}
