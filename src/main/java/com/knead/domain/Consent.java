package com.knead.domain;

/** The consent a visitor signs at the kiosk, as it is shown there and printed on the intake summary. */
public final class Consent {

    public static final String TEXT = "The answers I gave are true as far as I know. Massage is not medical care: "
            + "I will tell my therapist about any discomfort during the session, and I will see a doctor if my "
            + "symptoms get worse. I agree to receive massage.";

    private Consent() {
    }
}
