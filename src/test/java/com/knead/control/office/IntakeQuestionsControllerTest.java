package com.knead.control.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.IntakeQuestionSetting;
import com.knead.domain.StaffMember;
import com.knead.store.DemoSeed;
import com.knead.store.Stores;
import com.knead.usecase.IntakeQuestions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's intake questions on real H2: listed, reworded, hidden and shown, refusals said in a sentence. */
class IntakeQuestionsControllerTest {

    @TempDir
    Path dir;

    private Stores stores;
    private final AtomicReference<StaffMember> who = new AtomicReference<>();
    private IntakeQuestionsController questions;

    @BeforeEach
    void open() {
        stores = Stores.open(dir);
        who.set(stores.staff().active().stream().filter(m -> m.name().equals(DemoSeed.DEMO_OWNER)).findFirst().orElseThrow());
        questions = new IntakeQuestionsController(new IntakeQuestions(stores, Clock.systemUTC()), new ImmediateTasks(),
                who::get, state -> { });
        questions.load();
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private IntakeQuestionSetting listed(String code) {
        return questions.state().items().stream().filter(q -> q.question().code().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void aQuestionIsRewordedHiddenAndShownAgain() {
        assertThat(questions.state().items()).extracting(q -> q.question().code()).startsWith("how_long");
        assertThat(listed("pressure").question().prompt()).isEqualTo("What pressure do you like?");

        questions.keep("pressure", "How firm do you like it?", true);
        assertThat(questions.state().problem()).isFalse();
        assertThat(questions.state().sentence()).startsWith("Kept. The kiosk asks it this way from its next visitor on.");
        assertThat(listed("pressure").question().prompt()).isEqualTo("How firm do you like it?");
        assertThat(stores.intakes().form().questions()).extracting(IntakeQuestion::prompt).contains("How firm do you like it?");

        questions.keep("pressure", "How firm do you like it?", false);
        assertThat(questions.state().sentence()).startsWith("Hidden; intakes that answered it still show it.");
        assertThat(listed("pressure").shown()).isFalse();
        questions.keep("pressure", "How firm do you like it?", true);
        assertThat(listed("pressure").shown()).isTrue();
    }

    @Test
    void refusalsAreSaidAndTheListStays() {
        int listed = questions.state().items().size();
        questions.keep(null, "Anything", true);
        assertThat(questions.state().problem()).isTrue();
        assertThat(questions.state().sentence()).isEqualTo("Choose a question in the list first.");
        questions.keep("pressure", "", true);
        assertThat(questions.state().sentence()).isEqualTo("Type the question as the visitor should read it.");
        questions.keep("fever", "Fever", false);
        assertThat(questions.state().sentence()).contains("reads this question; retire that rule");
        assertThat(listed("fever").shown()).isTrue();
        who.set(stores.staff().active().stream().filter(m -> m.name().equals(DemoSeed.DEMO_CASHIER)).findFirst().orElseThrow());
        questions.keep("pressure", "Pressure?", true);
        assertThat(questions.state().sentence()).startsWith("Riley Brooks (cashier) may not");
        assertThat(questions.state().items()).hasSize(listed);
        assertThat(listed("pressure").question().prompt()).isEqualTo("What pressure do you like?");
    }

    @Test
    void aQuestionIsAddedAndItsChoicesRelabelledWithTheSentenceOfEach() {
        int listed = questions.state().items().size();
        questions.add(IntakeQuestion.Section.PREFERENCES, IntakeQuestion.Kind.ONE, "Music during the massage?", "Yes please\nSilence");
        assertThat(questions.state().problem()).isFalse();
        assertThat(questions.state().sentence()).isEqualTo("Added. The kiosk asks it from its next visitor on.");
        assertThat(questions.state().items()).hasSize(listed + 1);
        assertThat(stores.intakes().form().questions(IntakeQuestion.Section.PREFERENCES)).last()
                .satisfies(q -> assertThat(q.prompt()).isEqualTo("Music during the massage?"));

        questions.changeChoices("music_during_the_massage", "yes_please = Some music\nsilence = Silence");
        assertThat(questions.state().sentence()).isEqualTo("Kept. The kiosk offers these choices from its next visitor on."
                + " Past intakes keep the wording they were asked with.");
        assertThat(listed("music_during_the_massage").question().readable("yes_please")).isEqualTo("Some music");

        questions.add(IntakeQuestion.Section.PREFERENCES, IntakeQuestion.Kind.ONE, "Music?", "Yes\nyes");
        assertThat(questions.state().problem()).isTrue();
        assertThat(questions.state().sentence()).isEqualTo("The choice \"yes\" is there twice; each choice needs words of its own.");
        questions.changeChoices(null, "a\nb");
        assertThat(questions.state().sentence()).isEqualTo("Choose a question in the list first.");
        assertThat(questions.state().items()).as("the list stays").hasSize(listed + 1);
    }
}
