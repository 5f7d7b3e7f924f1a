package com.knead.usecase;

import com.knead.domain.IntakeForm;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.IntakeQuestionSetting;
import com.knead.domain.Ids;
import com.knead.domain.Permission;
import com.knead.domain.RedFlagPreview;
import com.knead.domain.RedFlagRule;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.Stores;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The owner adds questions to the kiosk's intake form, rewords them, relabels their choices and hides or
 * shows them. Each answer keeps the wording and choices it was asked with, so an old intake still reads what
 * its visitor was asked. A question a red-flag rule in use reads cannot be hidden (the rule would never flag
 * again), nor a choice it reads taken away. Each change is audited, old and new, with the change itself.
 */
public final class IntakeQuestions {

    private final Stores stores;
    private final Clock clock;

    public IntakeQuestions(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** Every question, shown or hidden, in the form's order. */
    public List<IntakeQuestionSetting> questions() {
        return stores.intakes().questions();
    }

    /** Keeps question {@code code} worded as {@code typedPrompt}, shown on the form or hidden. */
    public List<IntakeQuestionSetting> keep(StaffMember who, String code, String typedPrompt, boolean shown) {
        StaffMember actor = OfficeActor.asStored(stores, who);
        RoleRights.require(actor, Permission.SETTINGS);
        IntakeQuestionSetting before = questions().stream().filter(q -> q.question().code().equals(code)).findFirst()
                .orElseThrow(() -> new Refused("Choose a question in the list first."));
        String prompt = IntakeQuestionSetting.wording(typedPrompt);
        if (!shown && before.shown()) {
            requireNoRuleReads(before.question());
        }
        List<String> changed = new ArrayList<>();
        if (!prompt.equals(before.question().prompt())) {
            changed.add("\"" + before.question().prompt() + "\" → \"" + prompt + "\"");
        }
        if (shown != before.shown()) {
            changed.add(shown ? "shown" : "hidden");
        }
        if (changed.isEmpty()) {
            throw new Refused("Nothing changed: that is how the question stands.");
        }
        Instant now = clock.instant();
        stores.intakes().keepQuestion(code, prompt, shown, now,
                entry(actor, "intake question " + code + ": " + String.join(", ", changed), now));
        return questions();
    }

    /**
     * Adds a question to the end of its section of the kiosk's form, worded as typed, answered the way
     * {@code kind} says; a question of one or many choices takes them from {@code typedChoices}, one a line.
     * The next visitor is asked it.
     */
    public List<IntakeQuestionSetting> add(StaffMember who, IntakeQuestion.Section section, IntakeQuestion.Kind kind,
                                           String typedPrompt, String typedChoices) {
        StaffMember actor = OfficeActor.asStored(stores, who);
        RoleRights.require(actor, Permission.SETTINGS);
        if (section == null || kind == null) {
            throw new Refused(section == null ? "Choose the screen the question goes on."
                    : "Choose how the visitor answers it.");
        }
        String prompt = IntakeQuestionSetting.wording(typedPrompt);
        List<IntakeQuestion.Choice> choices = IntakeChoices.typed(kind, typedChoices, List.of());
        List<String> taken = questions().stream().map(q -> q.question().code()).toList();
        IntakeQuestion question = new IntakeQuestion(IntakeChoices.freeCode(prompt, taken), section, prompt, kind,
                choices, 0);
        Instant now = clock.instant();
        stores.intakes().addQuestion(question, now, entry(actor, "intake question " + question.code() + ": added, "
                + kind.name().toLowerCase(Locale.ROOT) + " on " + section.name().toLowerCase(Locale.ROOT) + ", \""
                + prompt + "\"" + (choices.isEmpty() ? "" : " (" + IntakeQuestion.storedChoices(choices) + ")"), now));
        return questions();
    }

    /**
     * Gives question {@code code} the choices typed, one a line: "code = Label" keeps a choice under its code
     * with that label, a line of words alone adds one. A choice a red-flag rule in use or Knead's suggestions
     * read cannot be taken away. Past intakes keep the choices they were offered.
     */
    public List<IntakeQuestionSetting> changeChoices(StaffMember who, String code, String typedChoices) {
        StaffMember actor = OfficeActor.asStored(stores, who);
        RoleRights.require(actor, Permission.SETTINGS);
        IntakeQuestion before = questions().stream().map(IntakeQuestionSetting::question)
                .filter(q -> q.code().equals(code)).findFirst()
                .orElseThrow(() -> new Refused("Choose a question in the list first."));
        if (before.kind() != IntakeQuestion.Kind.ONE && before.kind() != IntakeQuestion.Kind.MANY) {
            throw new Refused("\"" + before.prompt() + "\" is not answered by choices; it has none to change.");
        }
        List<IntakeQuestion.Choice> choices = IntakeChoices.typed(before.kind(), typedChoices, before.choices());
        IntakeChoices.requireNobodyReadsRemoved(before, choices, stores.intakes().form().rules());
        String was = IntakeQuestion.storedChoices(before.choices());
        String now = IntakeQuestion.storedChoices(choices);
        if (was.equals(now)) {
            throw new Refused("Nothing changed: those are the question's choices now.");
        }
        Instant at = clock.instant();
        stores.intakes().keepChoices(code, choices, at, entry(actor, "intake question " + code + " choices: " + was
                + " → " + now, at));
        return questions();
    }

    private static AuditStore.Entry entry(StaffMember actor, String detail, Instant at) {
        return new AuditStore.Entry(Ids.next(), "office", "settings", "changed", Optional.empty(), Optional.of(actor.id()),
                detail.length() <= 400 ? detail : detail.substring(0, 399) + "…", at);
    }

    private void requireNoRuleReads(IntakeQuestion hidden) {
        IntakeForm form = stores.intakes().form();
        IntakeForm without = new IntakeForm(form.questions().stream().filter(q -> !q.code().equals(hidden.code())).toList(),
                List.of());
        for (RedFlagRule rule : form.rules()) {
            if (RedFlagPreview.problem(rule.whenAll(), without).isPresent()) {
                throw new Refused("The red-flag rule \"" + rule.reason() + "\" reads this question; retire that rule "
                        + "on the Red flags tab before hiding it.");
            }
        }
    }
}
