package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static List<String> problems(String name, String phone, String email, String d, String m, String y) {
        return ClientDetails.check(name, phone, email, d, m, y, TODAY).stream()
                .map(p -> p.field() + ": " + p.sentence()).toList();
    }

    @Test
    void goodDetailsPass() {
        assertThat(problems("Ada Lovelace", "555 123 4567", "", "10", "12", "1975")).isEmpty();
        ClientDetails details = ClientDetails.of(" Ada  Lovelace ", "555 123-4567", " ada@example.com ", "10", "12",
                "1975", TODAY);
        assertThat(details.contact()).isEqualTo(new ContactDetails("Ada Lovelace", "5551234567"));
        assertThat(details.email()).isEqualTo("ada@example.com");
        assertThat(details.dateOfBirth()).isEqualTo(LocalDate.of(1975, 12, 10));
    }

    @Test
    void everyFieldSaysWhatIsWrongInPlainWords() {
        assertThat(problems("", "12", "not an email", "31", "2", "1980")).containsExactly(
                "NAME: Please type your name.",
                "PHONE: That does not look like a phone number; use 7 to 15 digits.",
                "EMAIL: That does not look like an email address. You can leave it empty.",
                "BIRTH_DATE: That is not a date. Please type the day (1-31), the month (1-12) and the year, like 1971.");
    }

    @Test
    void dateOfBirthInTheFutureOrOver120YearsAgoIsRefused() {
        assertThat(problems("Ada", "5551234567", "", "21", "11", "2026"))
                .containsExactly("BIRTH_DATE: That date of birth is in the future.");
        assertThat(problems("Ada", "5551234567", "", "19", "11", "1906"))
                .containsExactly("BIRTH_DATE: That date of birth is more than 120 years ago.");
        assertThat(problems("Ada", "5551234567", "", "20", "11", "1906")).isEmpty();
        assertThat(problems("Ada", "5551234567", "", "", "", ""))
                .containsExactly("BIRTH_DATE: Please type your date of birth.");
    }

    @Test
    void overLongTextIsRefusedButEmojiAndSqlLookingTextAreJustText() {
        assertThat(problems("Ada \uD83D\uDE00", "5551234567", "", "1", "1", "1970")).isEmpty();
        assertThat(problems("Ada", "5551234567", "a@b." + "c".repeat(260), "1", "1", "1970"))
                .containsExactly("EMAIL: That email is too long; 254 letters at most.");
        assertThat(problems("a".repeat(81), "5551234567", "", "1", "1", "1970"))
                .containsExactly("NAME: That name is too long; 80 letters at most.");
        assertThat(problems("Robert'); DROP TABLE client;--", "5551234567", "", "1", "1", "1970")).isEmpty();
        assertThat(problems("Zoë O'Brien-Łukasz 李", "5551234567", "", "1", "1", "1970")).isEmpty();
    }

    @Test
    void anEmailMayBeAsLongAsTheStandardAllowsButNoLonger() {
        String longest = "a".repeat(ClientDetails.MAX_EMAIL - "@example.com".length()) + "@example.com";
        assertThat(problems("Ada Lovelace", "555 123 4567", longest, "10", "12", "1975")).isEmpty();
        assertThat(problems("Ada Lovelace", "555 123 4567", "a" + longest, "10", "12", "1975"))
                .containsExactly("EMAIL: That email is too long; 254 letters at most.");
    }
}
