package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.IntakeQuestion.Choice;
import com.knead.domain.IntakeQuestion.Kind;
import com.knead.domain.IntakeQuestion.Section;
import com.knead.domain.IntakeQuestionSetting;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.RedFlagRule;
import com.knead.domain.Signature;
import com.knead.domain.Refused;
import com.knead.domain.Visit;
import com.knead.report.ReportTemplates;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The owner rewords and hides intake questions: audited, refused plainly (a cashier, an empty wording, a question a
 * red-flag rule reads), and an old intake's summary still prints the wording its visitor was asked.
 */
class IntakeQuestionsTest extends OpenClinic {

    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private IntakeQuestions questions() {
        return new IntakeQuestions(stores, Clock.fixed(now, ZoneOffset.UTC));
    }

    private IntakeQuestionSetting question(List<IntakeQuestionSetting> all, String code) {
        return all.stream().filter(q -> q.question().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aQuestionRewordedLeavesTheOldIntakesSummaryWithTheOldWording() throws Exception {
        Visit before = redFlagCheckIn("Ina Before");
        int audited = auditCount();
        List<IntakeQuestionSetting> kept = questions().keep(owner(), "blood_clots",
                "  Have you ever had a blood clot  (thrombosis)? ", true);
        assertThat(question(kept, "blood_clots").question().prompt()).isEqualTo("Have you ever had a blood clot (thrombosis)?");
        assertThat(officeChangesSince(audited, owner(), now)).singleElement().satisfies(e -> assertThat(e.detail())
                .isEqualTo("intake question blood_clots: \"Blood clots\" → \"Have you ever had a blood clot (thrombosis)?\""));
        Visit after = redFlagCheckIn("Ned After");

        assertThat(summaryText(before)).contains("Blood clots").doesNotContain("thrombosis");
        assertThat(summaryText(after)).contains("Have you ever had a blood clot (thrombosis)?");
    }

    private String summaryText(Visit visit) throws Exception {
        IntakeSummary summary = new IntakeSummary(stores.clinic(), stores.intakes(), stores.clearances(),
                new com.knead.report.IntakeReport(new ReportTemplates()), new com.knead.report.PdfCopies(folder),
                (pain, width, height) -> new java.awt.image.BufferedImage(width, height,
                        java.awt.image.BufferedImage.TYPE_INT_RGB));
        Path pdf = summary.writeCopy(visit.businessDay(), visit.queueNumber());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aQuestionIsHiddenUnlessARuleReadsItAndNothingIsKeptOnARefusal() {
        int audited = auditCount();
        assertThatThrownBy(() -> questions().keep(owner(), "blood_clots", "Blood clots", false)).isInstanceOf(Refused.class)
                .hasMessage("The red-flag rule \"Blood clots\" reads this question; retire that rule on the Red flags tab "
                        + "before hiding it.");
        assertThatThrownBy(() -> questions().keep(owner(), "pressure", "   ", true))
                .hasMessage("Type the question as the visitor should read it.");
        assertThatThrownBy(() -> questions().keep(owner(), "pressure", "x".repeat(201), true))
                .hasMessage("The question is too long; 200 characters at most.");
        assertThatThrownBy(() -> questions().keep(owner(), "pressure", "What pressure do you like?", true))
                .hasMessage("Nothing changed: that is how the question stands.");
        assertThatThrownBy(() -> questions().keep(riley(), "pressure", "Pressure?", true))
                .hasMessageStartingWith("Riley Brooks (cashier) may not");
        assertThatThrownBy(() -> questions().keep(null, "pressure", "Pressure?", true))
                .hasMessage("The office is locked; unlock it first.");
        assertThat(auditCount()).isEqualTo(audited);

        List<IntakeQuestionSetting> kept = questions().keep(owner(), "pressure", "What pressure do you like?", false);
        assertThat(question(kept, "pressure").shown()).isFalse();
        assertThat(stores.intakes().form().questions()).noneMatch(q -> q.code().equals("pressure"));
        assertThat(officeChangesSince(audited, owner(), now)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("intake question pressure: hidden"));
        assertThat(question(questions().keep(owner(), "pressure", "What pressure do you like?", true), "pressure").shown())
                .isTrue();
    }

    private Visit checkIn(String name, Map<String, String> answers) {
        Modality swedish = stores.catalog().priceListOn(today()).modalities().stream()
                .filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow();
        Instant at = Instant.now();
        ClientDetails client = new ClientDetails(ContactDetails.of(name, "555 123 4567"), "", LocalDate.of(1980, 1, 1));
        return stores.intakes().checkIn(new KioskCheckIn(client, Optional.empty(), new IntakeAnswers(answers, Map.of()),
                Optional.of(Signature.typed(name, at)), swedish,
                stores.catalog().priceListOn(today()).price(swedish.id(), 60).orElseThrow(), List.of()),
                stores.intakes().form(), at);
    }

    @Test
    void aQuestionAddedIsAskedLastOfItsScreenWithItsChoicesAuditedAndInTheSummary() throws Exception {
        int audited = auditCount();
        List<IntakeQuestionSetting> all = questions().add(owner(), Section.PREFERENCES, Kind.ONE,
                "  How did you  hear about us? ", "A friend\nThe web\n\n  A leaflet  ");

        IntakeQuestion added = question(all, "how_did_you_hear_about_us").question();
        assertThat(added.prompt()).isEqualTo("How did you hear about us?");
        assertThat(added.choices()).containsExactly(new Choice("a_friend", "A friend"), new Choice("the_web", "The web"),
                new Choice("a_leaflet", "A leaflet"));
        assertThat(stores.intakes().form().questions(Section.PREFERENCES)).last().isEqualTo(added);
        assertThat(officeChangesSince(audited, owner(), now)).singleElement().satisfies(e -> assertThat(e.detail())
                .isEqualTo("intake question how_did_you_hear_about_us: added, one on preferences, \"How did you hear "
                        + "about us?\" (a_friend=A friend|the_web=The web|a_leaflet=A leaflet)"));

        // The same words again get a code of their own; a tick needs no choices.
        assertThat(question(questions().add(owner(), Section.PREFERENCES, Kind.MANY, "How did you hear about us?",
                "Radio\nA sign"), "how_did_you_hear_about_us_2").question().kind()).isEqualTo(Kind.MANY);
        assertThat(question(questions().add(owner(), Section.HEALTH, Kind.YES_NO, "Diabetes", " "), "diabetes")
                .question().choices()).isEmpty();
        assertThat(officeChangesSince(audited, owner(), now).get(0).detail())
                .isEqualTo("intake question diabetes: added, yes_no on health, \"Diabetes\"");

        Visit visit = checkIn("Hal Heard", Map.of("how_did_you_hear_about_us", "the_web", "diabetes", "yes"));
        assertThat(summaryText(visit)).contains("How did you hear about us? The web", "Diabetes Yes");
    }

    @Test
    void choicesAreRelabelledAddedAndTakenAwayWhilePastIntakesKeepTheLabelsTheyWereOffered() throws Exception {
        Visit before = checkIn("Ola Old", Map.of("therapist", "woman"));
        int audited = auditCount();

        List<IntakeQuestionSetting> kept = questions().changeChoices(owner(), "therapist",
                "any = No preference\nwoman = A female therapist\nman=A male therapist\nEither is fine");

        assertThat(question(kept, "therapist").question().choices()).containsExactly(new Choice("any", "No preference"),
                new Choice("woman", "A female therapist"), new Choice("man", "A male therapist"),
                new Choice("either_is_fine", "Either is fine"));
        assertThat(officeChangesSince(audited, owner(), now)).singleElement().satisfies(e -> assertThat(e.detail())
                .isEqualTo("intake question therapist choices: any=No preference|woman=A woman|man=A man → "
                        + "any=No preference|woman=A female therapist|man=A male therapist|either_is_fine=Either is fine"));
        Visit after = checkIn("Nia New", Map.of("therapist", "woman"));
        assertThat(summaryText(before)).contains("A woman").doesNotContain("A female therapist");
        assertThat(summaryText(after)).contains("A female therapist");

        questions().changeChoices(owner(), "therapist", "any = No preference\nwoman = A female therapist");
        assertThat(question(questions().questions(), "therapist").question().choices()).extracting(Choice::code)
                .containsExactly("any", "woman");
        // A choice taken away and added again by its words gets a code no earlier answer holds.
        assertThat(question(questions().changeChoices(owner(), "therapist", "any = No preference\nA man"), "therapist")
                .question().choices()).extracting(Choice::code).containsExactly("any", "a_man");
    }

    @Test
    void badChoicesAndQuestionsAreRefusedInASentenceAndNothingIsKept() {
        stores.intakes().keepRule(new RedFlagRule("no_hands", "Hands to be avoided", "avoid_areas=feet"), true, now);
        int audited = auditCount();
        int listed = questions().questions().size();
        String five = "head = Head\nface = Face\nfeet = Feet\nabdomen = Abdomen\nglutes = Glutes";

        assertThatThrownBy(() -> questions().add(owner(), Section.PAIN, Kind.ONE, "  ", "A\nB")).isInstanceOf(Refused.class)
                .hasMessage("Type the question as the visitor should read it.");
        assertThatThrownBy(() -> questions().add(owner(), Section.PAIN, Kind.ONE, "Where?", "Here"))
                .hasMessage("Give at least two choices, one on each line.");
        assertThatThrownBy(() -> questions().add(owner(), Section.PAIN, Kind.MANY, "Where?", "Here\n here "))
                .hasMessage("The choice \"here\" is there twice; each choice needs words of its own.");
        assertThatThrownBy(() -> questions().add(owner(), Section.HEALTH, Kind.YES_NO, "Asthma", "Yes\nNo"))
                .hasMessage("A question answered by a tick or by typing has no choices; leave the choices empty.");
        assertThatThrownBy(() -> questions().add(owner(), Section.PAIN, Kind.ONE, "Where?", "Left|right\nUp"))
                .hasMessage("A choice cannot contain \"|\"; use other words for \"Left|right\".");
        assertThatThrownBy(() -> questions().add(owner(), Section.PAIN, Kind.ONE, "Where?", "x = \nUp"))
                .hasMessage("Each choice needs its words after \"=\", as the visitor should read them.");
        assertThatThrownBy(() -> questions().add(owner(), Section.PAIN, Kind.ONE, "Where?", "x = Up\nx = Down"))
                .hasMessage("Two choices have the code x; each needs its own.");
        assertThatThrownBy(() -> questions().add(owner(), Section.PAIN, Kind.ONE, "Where?", "U".repeat(61) + "\nDown"))
                .hasMessage("The choice \"" + "U".repeat(61) + "\" is too long; 60 characters at most.");
        assertThatThrownBy(() -> questions().add(owner(), null, Kind.ONE, "Where?", "Up\nDown"))
                .hasMessage("Choose the screen the question goes on.");
        assertThatThrownBy(() -> questions().add(owner(), Section.PAIN, null, "Where?", "Up\nDown"))
                .hasMessage("Choose how the visitor answers it.");
        assertThatThrownBy(() -> questions().add(riley(), Section.PAIN, Kind.TEXT, "Where?", ""))
                .hasMessageStartingWith("Riley Brooks (cashier) may not");
        assertThatThrownBy(() -> questions().changeChoices(owner(), "avoid_areas", "head = Head\nface = Face"))
                .hasMessage("The red-flag rule \"Hands to be avoided\" reads the choice \"Feet\"; retire that rule on the "
                        + "Red flags tab before taking the choice away.");
        assertThatThrownBy(() -> questions().changeChoices(owner(), "pressure", "medium = Medium\nfirm = Firm"))
                .hasMessage("Knead's massage suggestions read the choice \"Light\"; it can be reworded but not taken away.");
        assertThatThrownBy(() -> questions().changeChoices(owner(), "how_long", "acute = Under 6 weeks\nnone = No pain"))
                .hasMessage("Knead's massage suggestions read the choice \"Over 3 months\"; it can be reworded but not taken away.");
        assertThatThrownBy(() -> questions().changeChoices(owner(), "avoid_areas", five))
                .hasMessage("Nothing changed: those are the question's choices now.");
        assertThatThrownBy(() -> questions().changeChoices(owner(), "fever", "a\nb"))
                .hasMessage("\"Fever\" is not answered by choices; it has none to change.");
        assertThatThrownBy(() -> questions().changeChoices(owner(), "nothing_here", "a\nb"))
                .hasMessage("Choose a question in the list first.");
        assertThatThrownBy(() -> questions().changeChoices(riley(), "avoid_areas", five + "\nHands"))
                .hasMessageStartingWith("Riley Brooks (cashier) may not");
        String tooMany = String.join("\n", java.util.stream.IntStream.range(0, 12).mapToObj(i -> "Choice " + i + " " + "w".repeat(40)).toList());
        assertThatThrownBy(() -> questions().add(owner(), Section.PAIN, Kind.MANY, "Which?", tooMany))
                .hasMessage("The choices are too long together; 600 characters at most.");
        assertThat(auditCount()).isEqualTo(audited);
        assertThat(questions().questions()).hasSize(listed);

        // Relabelled, the choice the rule reads stays (and still means what it meant).
        questions().changeChoices(owner(), "avoid_areas", five.replace("feet = Feet", "feet = Feet and ankles"));
        assertThat(question(questions().questions(), "avoid_areas").question().readable("feet")).isEqualTo("Feet and ankles");
    }

    @Test
    void codesAreMadeFromTheWordsNeverTakenTwiceAndChoicesAreKeptAtTheirExactLimits() {
        questions().add(owner(), Section.PAIN, Kind.TEXT, "Sleep?", "");
        questions().add(owner(), Section.PAIN, Kind.TEXT, "Sleep?", "");
        assertThat(question(questions().add(owner(), Section.PAIN, Kind.TEXT, "Sleep!", ""), "sleep_3").question().prompt())
                .isEqualTo("Sleep!");
        assertThat(question(questions().add(owner(), Section.PAIN, Kind.TEXT, "a".repeat(36), ""), "a".repeat(36))
                .question().code()).hasSize(36);
        assertThat(question(questions().add(owner(), Section.PAIN, Kind.TEXT, "b".repeat(37), ""), "b".repeat(36))
                .question().code()).hasSize(36);

        // "=Up" has no code before its "="; a label of 60 characters is kept, and choices of 600 together.
        String sixty = "L".repeat(60);
        assertThat(question(questions().add(owner(), Section.PAIN, Kind.ONE, "Which way?", "=Up\n" + sixty), "which_way")
                .question().choices()).containsExactly(new Choice("up", "Up"), new Choice("l".repeat(36), sixty));
        String exactly = String.join("\n", java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> "c" + i + " = " + i + "w".repeat(i == 0 ? 56 : 55)).toList());
        assertThat(IntakeQuestion.storedChoices(question(questions().add(owner(), Section.PAIN, Kind.MANY, "Which?",
                exactly), "which").question().choices())).hasSize(600);

        // A choice taken away leaves its code to the answers that hold it: new words get another.
        assertThat(question(questions().changeChoices(owner(), "therapist", "any = No preference\nMan"), "therapist")
                .question().choices()).extracting(Choice::code).containsExactly("any", "man_2");
    }
}
