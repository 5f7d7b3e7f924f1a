package com.knead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

/**
 * The clinic this installation serves: its name and contact lines for receipts, its currency,
 * its tax policy and its time zone. The zone is used only to show times and to cut business days;
 * everything is stored in UTC.
 */
public record Clinic(String name, String address, String phone, Currency currency, TaxPolicy tax, ZoneId zone) {
    public Clinic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(zone, "zone");
        address = address == null ? "" : address;
        phone = phone == null ? "" : phone;
    }

    /** The business day an instant belongs to, in the clinic's zone. */
    public LocalDate businessDay(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    public Money money(String amount) {
        return Money.of(amount, currency);
    }
}
