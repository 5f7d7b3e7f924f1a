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
import java.util.Optional;

/**
 * The owner rewords the kiosk's intake questions and hides or shows them. Each answer keeps the wording it
 * was asked in, so an old intake still reads what its visitor was asked. A question a red-flag rule in use
 * reads cannot be hidden (the rule would never flag again). Each change is audited with the question's old
 * and new wording; the kiosk asks the new wording from its next start.
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
        String detail = "intake question " + code + ": " + String.join(", ", changed);
        stores.intakes().keepQuestion(code, prompt, shown, now, new AuditStore.Entry(Ids.next(), "office", "settings",
                "changed", Optional.empty(), Optional.of(actor.id()),
                detail.length() <= 400 ? detail : detail.substring(0, 399) + "…", now));
        return questions();
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
