package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.StaffMember;
import com.knead.domain.RedFlagSetting;
import com.knead.usecase.RedFlagRules;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The office's red-flag rules: the list, a preview of a rule on sample answers, keeping a rule and
 * retiring one, as the person who unlocked the office. What is typed stays; the sentence says what
 * happened or what is wrong.
 */
public final class RedFlagRulesController {

    /** The rules, and the sentence of the last preview or save (with whether it is a problem). */
    public record State(List<RedFlagSetting> rules, String sentence, boolean problem) {
        public State {
            rules = List.copyOf(rules);
        }
    }

    private final RedFlagRules redFlags;
    private final Tasks tasks;
    private final Supplier<StaffMember> who;
    private final Consumer<State> view;
    private State state = new State(List.of(), "", false);

    public RedFlagRulesController(RedFlagRules redFlags, Tasks tasks, Supplier<StaffMember> who, Consumer<State> view) {
        this.redFlags = redFlags;
        this.tasks = tasks;
        this.who = who;
        this.view = view;
    }

    public State state() {
        return state;
    }

    public void load() {
        tasks.read(redFlags::rules, rules -> publish(new State(rules, "", false)), this::problem,
                "The red-flag rules could not be read");
    }

    public void preview(String whenAll, String sampleAnswers) {
        tasks.read(() -> redFlags.preview(whenAll, sampleAnswers), said -> publish(new State(state.rules(), said, false)),
                this::problem, "The rule could not be tried");
    }

    public void keep(String code, String reason, String whenAll) {
        tasks.write(() -> redFlags.keep(who.get(), code, reason, whenAll),
                rules -> publish(new State(rules, "Kept. The kiosk uses it from its next start.", false)), this::problem,
                "The rule could not be kept");
    }

    public void use(String code, boolean inUse) {
        tasks.write(() -> redFlags.use(who.get(), code, inUse), rules -> publish(new State(rules,
                inUse ? "The rule is in use again." : "The rule is retired; intakes it flagged keep their flag.", false)),
                this::problem, "The rule could not be changed");
    }

    private void problem(String sentence) {
        publish(new State(state.rules(), sentence, true));
    }

    private void publish(State next) {
        state = next;
        view.accept(next);
    }
}
