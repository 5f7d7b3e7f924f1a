package com.knead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Objects;

/**
 * The clinic this installation serves: its name and contact lines for receipts, its currency,
 * its tax policy, its time zone, the time its business day ends, and whether it is the demo clinic.
 * The zone is used only to show times and to cut business days; everything is stored in UTC.
 * A clinic open past midnight ends its day later: with {@code dayEnds} 04:00 a sale at 01:30 belongs
 * to the day before. A demo clinic's paper says so on every page.
 */
public record Clinic(String name, String address, String phone, Currency currency, TaxPolicy tax, ZoneId zone,
                     LocalTime dayEnds, boolean demo, String logo) {
    public Clinic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(zone, "zone");
        address = address == null ? "" : address;
        phone = phone == null ? "" : phone;
        dayEnds = dayEnds == null ? LocalTime.MIDNIGHT : dayEnds;
        logo = logo == null ? "" : logo;
    }

    /** A real (not demo) clinic whose day ends at midnight, with no logo. */
    public Clinic(String name, String address, String phone, Currency currency, TaxPolicy tax, ZoneId zone) {
        this(name, address, phone, currency, tax, zone, LocalTime.MIDNIGHT, false, "");
    }

    /** The business day an instant belongs to, in the clinic's zone: before {@link #dayEnds} it is still the day before. */
    public LocalDate businessDay(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.toLocalTime().isBefore(dayEnds) ? date.minusDays(1) : date;
    }

    public Money money(String amount) {
        return Money.of(amount, currency);
    }

    /** The same clinic with new contact lines for its receipts. */
    public Clinic withDetails(String newName, String newAddress, String newPhone) {
        return new Clinic(newName, newAddress, newPhone, currency, tax, zone, dayEnds, demo, logo);
    }

    /** The same clinic with another logo (the absolute path of an image file, blank for none). */
    public Clinic withLogo(String newLogo) {
        return new Clinic(name, address, phone, currency, tax, zone, dayEnds, demo, newLogo);
    }
}
