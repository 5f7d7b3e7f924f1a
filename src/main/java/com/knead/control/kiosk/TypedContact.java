package com.knead.control.kiosk;

import com.knead.domain.ClientDetails;

/** Who the visitor is, as typed on the contact screen (or put there for them), nothing checked yet. */
public record TypedContact(String name, String phone, String email, String day, String month, String year) {

    /**
     * A returning visitor's details as the contact screen shows them: phone and email masked (kept as
     * they were unless retyped), the date of birth they have just typed.
     */
    static TypedContact masked(ClientDetails details) {
        return new TypedContact(details.contact().name(), KioskWording.maskedPhone(details.contact().phone()),
                KioskWording.maskedEmail(details.email()),
                String.valueOf(details.dateOfBirth().getDayOfMonth()),
                String.valueOf(details.dateOfBirth().getMonthValue()), String.valueOf(details.dateOfBirth().getYear()));
    }

    /** What a visitor who was not found typed, to start the contact step with. */
    static TypedContact of(TypedLookup typed) {
        return new TypedContact("", typed.phone(), "", typed.day(), typed.month(), typed.year());
    }
}
