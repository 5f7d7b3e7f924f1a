package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.IntakeQuestionSetting;
import com.knead.domain.StaffMember;
import com.knead.usecase.IntakeQuestions;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The office's intake questions: the list (shown and hidden), a question added, reworded, hidden or shown
 * again, and a question's choices relabelled, as the person who unlocked the office. What is typed stays;
 * the sentence says what happened or what is wrong.
 */
public final class IntakeQuestionsController extends ListEditor<IntakeQuestionSetting> {

    private static final String PAST = " Past intakes keep the wording they were asked with.";

    private final IntakeQuestions questions;
    private final Supplier<StaffMember> who;

    public IntakeQuestionsController(IntakeQuestions questions, Tasks tasks, Supplier<StaffMember> who,
                                     Consumer<State<IntakeQuestionSetting>> view) {
        super(tasks, questions::questions, "The intake questions could not be read", view);
        this.questions = questions;
        this.who = who;
    }

    /** Keeps question {@code code} worded as typed, shown or hidden. */
    public void keep(String code, String prompt, boolean shown) {
        if (code == null) {
            problem("Choose a question in the list first.");
            return;
        }
        write(() -> questions.keep(who.get(), code, prompt, shown),
                (shown ? "Kept. The kiosk asks it this way from its next visitor on."
                        : "Hidden; intakes that answered it still show it.") + PAST, "The question could not be kept");
    }

    /** Adds a question to the end of {@code section}, answered as {@code kind}, with the choices typed one a line. */
    public void add(IntakeQuestion.Section section, IntakeQuestion.Kind kind, String prompt, String choices) {
        write(() -> questions.add(who.get(), section, kind, prompt, choices),
                "Added. The kiosk asks it from its next visitor on.", "The question could not be added");
    }

    /** Gives question {@code code} the choices typed, one a line ("code = Label" keeps a choice under its code). */
    public void changeChoices(String code, String choices) {
        if (code == null) {
            problem("Choose a question in the list first.");
            return;
        }
        write(() -> questions.changeChoices(who.get(), code, choices),
                "Kept. The kiosk offers these choices from its next visitor on." + PAST, "The choices could not be kept");
    }
}
