package com.knead.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the owner types in the first-run setup, as typed: the clinic's name, address and phone, its
 * currency, tax and rounding, when its business day ends, the owner's name and PIN (twice) and the
 * receipt printer. {@link #problems()} says in plain sentences, field by field, what is not right yet;
 * a setup without problems becomes a {@link Clinic} and its first owner.
 */
public record ClinicSetup(String name, String address, String phone, String currency, String taxRate,
                          boolean taxInclusive, RoundingMode rounding, String dayEnds, String ownerName,
                          String pin, String pinAgain, Optional<String> printer) {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 400;
    public static final int MAX_PHONE = 60;
    public static final int MAX_OWNER = 80;

    /** The parts of the setup a problem can be about. */
    public enum Field { NAME, ADDRESS, PHONE, CURRENCY, TAX_RATE, DAY_ENDS, OWNER_NAME, PIN, PIN_AGAIN }

    /** One thing not right yet, next to the field it is about. */
    public record Problem(Field field, String sentence) {
    }

    public ClinicSetup {
        name = strip(name);
        address = strip(address);
        phone = strip(phone);
        currency = strip(currency).toUpperCase(Locale.ROOT);
        taxRate = strip(taxRate);
        rounding = rounding == null ? RoundingMode.HALF_UP : rounding;
        dayEnds = strip(dayEnds);
        ownerName = strip(ownerName);
        pin = pin == null ? "" : pin;
        pinAgain = pinAgain == null ? "" : pinAgain;
        printer = printer == null ? Optional.empty() : printer.filter(p -> !p.isBlank());
    }

    private static String strip(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** Everything not right yet, in the order of the form; empty when the clinic can be made. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        text(problems, Field.NAME, name, MAX_NAME, "Type the clinic's name, as it should read on receipts.");
        text(problems, Field.ADDRESS, address, MAX_ADDRESS, "Type the clinic's address, as it should read on receipts.");
        if (phone.length() > MAX_PHONE) {
            problems.add(new Problem(Field.PHONE, "The phone number is too long; " + MAX_PHONE + " characters at most."));
        }
        if (currencyOf(currency).isEmpty()) {
            problems.add(new Problem(Field.CURRENCY, currency.isEmpty() ? "Choose the clinic's currency."
                    : "\"" + currency + "\" is not a currency code; choose one from the list, like EUR or USD."));
        }
        taxProblem().ifPresent(sentence -> problems.add(new Problem(Field.TAX_RATE, sentence)));
        if (dayEndsAt().isEmpty()) {
            problems.add(new Problem(Field.DAY_ENDS, "Type the time the business day ends as hours and minutes, "
                    + "like 00:00 for midnight or 04:00 for a clinic open past midnight."));
        }
        text(problems, Field.OWNER_NAME, ownerName, MAX_OWNER, "Type the owner's name.");
        try {
            PinRules.requireGoodChoice(pin);
            if (!pin.equals(pinAgain)) {
                problems.add(new Problem(Field.PIN_AGAIN, "The two PINs are not the same; type the PIN again."));
            }
        } catch (Refused refused) {
            problems.add(new Problem(Field.PIN, refused.getMessage()));
        }
        return List.copyOf(problems);
    }

    private static void text(List<Problem> problems, Field field, String typed, int most, String whenEmpty) {
        if (typed.isEmpty()) {
            problems.add(new Problem(field, whenEmpty));
        } else if (typed.length() > most) {
            problems.add(new Problem(field, "That is too long; " + most + " characters at most."));
        }
    }

    private Optional<String> taxProblem() {
        try {
            TaxRateChange.parse(taxRate);
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.getMessage());
        }
    }

    private static Optional<Currency> currencyOf(String code) {
        try {
            return code.length() == 3 ? Optional.of(Currency.getInstance(code)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<LocalTime> dayEndsAt() {
        String typed = dayEnds.isEmpty() ? "00:00" : dayEnds;
        try {
            LocalTime at = LocalTime.parse(typed.length() == 4 ? "0" + typed : typed);
            return at.getSecond() == 0 ? Optional.of(at) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The clinic this setup makes; refuses a setup that still has problems. */
    public Clinic clinic(ZoneId zone) {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new Refused(problems.get(0).sentence());
        }
        BigDecimal rate = TaxRateChange.parse(taxRate);
        return new Clinic(name, address, phone, currencyOf(currency).orElseThrow(),
                new TaxPolicy(rate, taxInclusive, rounding), zone, dayEndsAt().orElseThrow(), false, "");
    }
}
