package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.IntakeQuestion;
import com.knead.domain.IntakeQuestionSetting;
import com.knead.domain.Ids;
import com.knead.domain.Refused;
import com.knead.domain.Visit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On real H2: each answer keeps the wording its question was asked in, so a question reworded (or hidden) later
 * leaves an old intake reading what its visitor was asked, after a restart too; an answer from before wordings
 * were kept reads the question as it stands.
 */
class AskedWordingTest {

    @TempDir
    Path folder;

    private static AuditStore.Entry audit(Instant at) {
        return new AuditStore.Entry(Ids.next(), "office", "settings", "changed", Optional.empty(), Optional.empty(),
                "intake question pressure", at);
    }

    private static String asked(Stores stores, Visit visit, String code) {
        var intake = stores.intakes().forVisit(visit.businessDay(), visit.queueNumber()).orElseThrow().intake();
        return stores.intakes().askedIn(intake.id()).questions().stream().filter(q -> q.code().equals(code))
                .map(IntakeQuestion::prompt).findFirst().orElse("(not asked)");
    }

    @Test
    void anOldIntakeStillReadsTheWordingItWasAskedIn() throws Exception {
        Instant at = Instant.now();
        Visit before;
        Visit after;
        try (Stores stores = Stores.open(folder)) {
            before = TestClinic.kioskCheckIn(stores, "Ada Before", "555 100 0001", at);
            stores.intakes().keepQuestion("pressure", "How firm should the massage be?", true, at, audit(at));
            assertThat(stores.intakes().form().questions()).extracting(IntakeQuestion::prompt)
                    .contains("How firm should the massage be?").doesNotContain("What pressure do you like?");
            after = TestClinic.kioskCheckIn(stores, "Bea After", "555 100 0002", at.plusSeconds(60));
            assertThat(asked(stores, before, "pressure")).isEqualTo("What pressure do you like?");
            assertThat(asked(stores, after, "pressure")).isEqualTo("How firm should the massage be?");

            stores.intakes().keepQuestion("pressure", "How firm should the massage be?", false, at, audit(at));
            assertThat(stores.intakes().form().questions()).extracting(IntakeQuestion::code).doesNotContain("pressure");
            assertThat(stores.intakes().questions()).filteredOn(q -> q.question().code().equals("pressure"))
                    .singleElement().extracting(IntakeQuestionSetting::shown).isEqualTo(false);
            assertThat(asked(stores, before, "pressure")).as("a hidden question still shows in the intakes that answered it")
                    .isEqualTo("What pressure do you like?");
        }
        try (Stores stores = Stores.open(folder)) {
            assertThat(asked(stores, before, "pressure")).isEqualTo("What pressure do you like?");
            assertThat(asked(stores, after, "pressure")).isEqualTo("How firm should the massage be?");
            assertThat(stores.audit().latest(2)).extracting(AuditStore.Entry::action).containsOnly("settings");
        }
        // An answer written before the wording was kept with it reads its question as the question stands.
        try (Connection c = TestClinic.jdbc(folder); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE intake_answer SET asked_prompt = NULL, asked_choices = NULL");
        }
        try (Stores stores = Stores.open(folder)) {
            assertThat(asked(stores, before, "pressure")).isEqualTo("How firm should the massage be?");
        }
    }

    @Test
    void aQuestionAddedGoesLastOfItsScreenAndChoicesRelabelledLeaveOldIntakesWithTheirLabels() throws Exception {
        Instant at = Instant.now();
        try (Stores stores = Stores.open(folder)) {
            Visit before = TestClinic.kioskCheckIn(stores, "Ada Before", "555 100 0001", at);
            int audited = stores.audit().latest(1000).size();
            IntakeQuestion music = new IntakeQuestion("music", IntakeQuestion.Section.PAIN, "Music?", IntakeQuestion.Kind.ONE,
                    List.of(new IntakeQuestion.Choice("yes", "Yes please"), new IntakeQuestion.Choice("no", "Silence")), 0);
            stores.intakes().addQuestion(music, at, audit(at));
            assertThat(stores.intakes().form().questions(IntakeQuestion.Section.PAIN)).extracting(IntakeQuestion::code)
                    .containsExactly("how_long", "worse_with", "pressure", "music");
            assertThat(stores.intakes().form().questions(IntakeQuestion.Section.PAIN)).last()
                    .isEqualTo(new IntakeQuestion("music", IntakeQuestion.Section.PAIN, "Music?", IntakeQuestion.Kind.ONE,
                            music.choices(), 4));

            // A code the form has already is refused, and its audit entry is not written either.
            assertThatThrownBy(() -> stores.intakes().addQuestion(music, at, audit(at))).isInstanceOf(Refused.class)
                    .hasMessage("The form already has a question \"music\".");
            assertThatThrownBy(() -> stores.intakes().keepChoices("nothing", music.choices(), at, audit(at)))
                    .isInstanceOf(Refused.class).hasMessage("The form has no question \"nothing\".");
            assertThat(stores.audit().latest(1000)).hasSize(audited + 1);

            stores.intakes().keepChoices("pressure", List.of(new IntakeQuestion.Choice("light", "Gentle"),
                    new IntakeQuestion.Choice("medium", "Medium"), new IntakeQuestion.Choice("firm", "Strong")), at, audit(at));
            Visit after = TestClinic.kioskCheckIn(stores, "Bea After", "555 100 0002", at.plusSeconds(60));
            assertThat(choices(stores, before, "pressure")).isEqualTo("light=Light|medium=Medium|firm=Firm");
            assertThat(choices(stores, after, "pressure")).isEqualTo("light=Gentle|medium=Medium|firm=Strong");
            assertThat(stores.audit().latest(1000)).hasSize(audited + 2);
        }
    }

    private static String choices(Stores stores, Visit visit, String code) {
        var intake = stores.intakes().forVisit(visit.businessDay(), visit.queueNumber()).orElseThrow().intake();
        return stores.intakes().askedIn(intake.id()).questions().stream().filter(q -> q.code().equals(code))
                .map(q -> IntakeQuestion.storedChoices(q.choices())).findFirst().orElse("(not asked)");
    }
}
