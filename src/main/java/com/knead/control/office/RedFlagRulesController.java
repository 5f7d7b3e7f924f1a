package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.RedFlagSetting;
import com.knead.domain.StaffMember;
import com.knead.usecase.RedFlagRules;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The office's red-flag rules: the list, a preview of a rule on sample answers, keeping a rule and
 * retiring one, as the person who unlocked the office. What is typed stays; the sentence says what
 * happened or what is wrong.
 */
public final class RedFlagRulesController extends ListEditor<RedFlagSetting> {

    private final RedFlagRules redFlags;
    private final Supplier<StaffMember> who;

    public RedFlagRulesController(RedFlagRules redFlags, Tasks tasks, Supplier<StaffMember> who,
                                  Consumer<State<RedFlagSetting>> view) {
        super(tasks, redFlags::rules, "The red-flag rules could not be read", view);
        this.redFlags = redFlags;
        this.who = who;
    }

    public void preview(String whenAll, String sampleAnswers) {
        tell(() -> redFlags.preview(whenAll, sampleAnswers), "The rule could not be tried");
    }

    public void keep(String code, String reason, String whenAll) {
        write(() -> redFlags.keep(who.get(), code, reason, whenAll), "Kept. The kiosk uses it from its next visitor on.",
                "The rule could not be kept");
    }

    public void use(String code, boolean inUse) {
        write(() -> redFlags.use(who.get(), code, inUse),
                inUse ? "The rule is in use again." : "The rule is retired; intakes it flagged keep their flag.",
                "The rule could not be changed");
    }
}
