package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

    private static final String PHONE = "555 123 4567";

    private static List<ContactDetails.Field> fieldsWithProblems(String name, String phone) {
        return ContactDetails.check(name, phone).stream().map(ContactDetails.Problem::field).toList();
    }

    @Test
    void acceptsOrdinaryDetailsAndTidiesThem() {
        assertThat(ContactDetails.check("Ana Silva", PHONE)).isEmpty();
        ContactDetails details = ContactDetails.of("  Ana   Silva ", " +1 (555) 123-4567 ");
        assertThat(details.name()).isEqualTo("Ana Silva");
        assertThat(details.phone()).isEqualTo("+15551234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void emptyNameIsAProblemOfTheName(String name) {
        assertThat(ContactDetails.check(name, PHONE))
                .containsExactly(new ContactDetails.Problem(ContactDetails.Field.NAME, "Please type your name."));
        assertThat(fieldsWithProblems(null, PHONE)).containsExactly(ContactDetails.Field.NAME);
        assertThatThrownBy(() -> ContactDetails.of(name, PHONE))
                .isInstanceOf(Refused.class)
                .hasMessage("Please type your name.");
    }

    @Test
    void nameOfEightyLettersIsFineAndEightyOneIsTooLong() {
        assertThat(ContactDetails.check("a".repeat(80), PHONE)).isEmpty();
        assertThat(ContactDetails.check("a".repeat(81), PHONE)).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo(ContactDetails.Field.NAME);
                    assertThat(p.sentence()).contains("80");
                });
    }

    @Test
    void lengthCountsLettersNotJavaChars() {
        String eightyEmoji = "😀".repeat(80);
        assertThat(eightyEmoji.length()).isEqualTo(160);
        assertThat(ContactDetails.check(eightyEmoji, PHONE)).isEmpty();
        assertThat(fieldsWithProblems("😀".repeat(81), PHONE)).containsExactly(ContactDetails.Field.NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë 😀 Núñez", "Robert'); DROP TABLE client;--", "O'Brien", "李小龍", "<b>Bold</b>",
            "% _ \\ \" ;"})
    void unusualNamesAreTakenAsText(String name) {
        assertThat(ContactDetails.check(name, PHONE)).isEmpty();
        assertThat(ContactDetails.of(name, PHONE).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "12 34 56", "1234567890123456", "+1 234 567 890 123 456"})
    void phoneWithTooFewOrTooManyDigitsIsAProblem(String phone) {
        assertThat(ContactDetails.check("Ana Silva", phone))
                .containsExactly(new ContactDetails.Problem(ContactDetails.Field.PHONE,
                        "That does not look like a phone number; use 7 to 15 digits."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789012345", "+44 20 7946 0958", "(555) 123-4567", "555.123.4567"})
    void phoneWithSevenToFifteenDigitsIsFine(String phone) {
        assertThat(ContactDetails.check("Ana Silva", phone)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"555-CALL-NOW", "555 123 456x", "call me", "5551234567 ext 2", "++5551234567", "555+1234567"})
    void lettersOrStraySignsInAPhoneAreAProblem(String phone) {
        assertThat(fieldsWithProblems("Ana Silva", phone)).containsExactly(ContactDetails.Field.PHONE);
    }

    @Test
    void emptyPhoneAsksForOne() {
        assertThat(ContactDetails.check("Ana Silva", " ")).containsExactly(
                new ContactDetails.Problem(ContactDetails.Field.PHONE, "Please type your phone number."));
        assertThat(fieldsWithProblems("", null))
                .containsExactly(ContactDetails.Field.NAME, ContactDetails.Field.PHONE);
    }

    @Test
    void normalisePhoneKeepsDigitsAndALeadingPlus() {
        assertThat(ContactDetails.normalisePhone("555 123-4567")).isEqualTo("5551234567");
        assertThat(ContactDetails.normalisePhone("5551234567")).isEqualTo("5551234567");
        assertThat(ContactDetails.normalisePhone("(555) 123.4567")).isEqualTo("5551234567");
        assertThat(ContactDetails.normalisePhone(" +44 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(ContactDetails.normalisePhone(null)).isEmpty();
    }
}
