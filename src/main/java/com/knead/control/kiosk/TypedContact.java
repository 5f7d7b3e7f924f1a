package com.knead.control.kiosk;

import com.knead.domain.ClientDetails;

/** Who the visitor is, as typed on the contact screen (or put there for them), nothing checked yet. */
public record TypedContact(String name, String phone, String email, String day, String month, String year) {

    /** A returning visitor's details, as they would have typed them. */
    public static TypedContact of(ClientDetails details) {
        return new TypedContact(details.contact().name(), details.contact().phone(), details.email(),
                String.valueOf(details.dateOfBirth().getDayOfMonth()),
                String.valueOf(details.dateOfBirth().getMonthValue()), String.valueOf(details.dateOfBirth().getYear()));
    }

    /** What a visitor who was not found typed, to start the contact step with. */
    static TypedContact of(TypedLookup typed) {
        return new TypedContact("", typed.phone(), "", typed.day(), typed.month(), typed.year());
    }
}
