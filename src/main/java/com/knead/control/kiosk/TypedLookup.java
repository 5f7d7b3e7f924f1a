package com.knead.control.kiosk;

/** What a returning visitor typed to be found: phone number and date of birth, as typed. */
public record TypedLookup(String phone, String day, String month, String year) {
}
