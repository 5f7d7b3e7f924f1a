package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.IntakeQuestionSetting;
import com.knead.domain.StaffMember;
import com.knead.usecase.IntakeQuestions;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The office's intake questions: the list (shown and hidden), and a question reworded, hidden or shown
 * again as the person who unlocked the office. What is typed stays; the sentence says what happened or
 * what is wrong.
 */
public final class IntakeQuestionsController {

    /** The questions, and the sentence of the last save (with whether it is a problem). */
    public record State(List<IntakeQuestionSetting> questions, String sentence, boolean problem) {
        public State {
            questions = List.copyOf(questions);
        }
    }

    private final IntakeQuestions questions;
    private final Tasks tasks;
    private final Supplier<StaffMember> who;
    private final Consumer<State> view;
    private State state = new State(List.of(), "", false);

    public IntakeQuestionsController(IntakeQuestions questions, Tasks tasks, Supplier<StaffMember> who,
                                     Consumer<State> view) {
        this.questions = questions;
        this.tasks = tasks;
        this.who = who;
        this.view = view;
    }

    public State state() {
        return state;
    }

    public void load() {
        tasks.read(questions::questions, read -> publish(new State(read, "", false)), this::problem,
                "The intake questions could not be read");
    }

    /** Keeps question {@code code} worded as typed, shown or hidden. */
    public void keep(String code, String prompt, boolean shown) {
        if (code == null) {
            problem("Choose a question in the list first.");
            return;
        }
        tasks.write(() -> questions.keep(who.get(), code, prompt, shown), kept -> publish(new State(kept,
                (shown ? "Kept." : "Hidden; intakes that answered it still show it.")
                        + " The kiosk asks it this way from its next start; past intakes keep the wording they were asked in.",
                false)), this::problem, "The question could not be kept");
    }

    private void problem(String sentence) {
        publish(new State(state.questions(), sentence, true));
    }

    private void publish(State next) {
        state = next;
        view.accept(next);
    }
}
