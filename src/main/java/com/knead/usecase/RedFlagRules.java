package com.knead.usecase;

import com.knead.domain.IntakeAnswers;
import com.knead.domain.Permission;
import com.knead.domain.RedFlagPreview;
import com.knead.domain.RedFlagRule;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.domain.RedFlagSetting;
import com.knead.store.Stores;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The office edits which intake answers flag a visit: a rule is tried on sample answers first, one
 * that cannot be read is refused in a sentence, and each kept change is audited. The kiosk uses the
 * rules from its next start.
 */
public final class RedFlagRules {

    /** The widths of the rule table's code and conditions: longer is refused in words, not by the database. */
    private static final int LONGEST_CODE = 40;
    private static final int LONGEST_CONDITIONS = 300;

    private final Stores stores;
    private final Clock clock;

    public RedFlagRules(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** Every rule, in use or retired. */
    public List<RedFlagSetting> rules() {
        return stores.intakes().rules();
    }

    /** Whether the rule flags the sample answers, in a sentence; refused when the rule or the sample cannot be read. */
    public String preview(String whenAll, String sampleAnswers) {
        RedFlagPreview.problem(whenAll, stores.intakes().form()).ifPresent(sentence -> {
            throw new Refused(sentence);
        });
        IntakeAnswers sample = RedFlagPreview.sample(sampleAnswers);
        return RedFlagPreview.raises(whenAll, sample) ? "These answers raise the flag: the visitor is asked to speak "
                + "with the desk and the visit is flagged." : "These answers do not raise the flag.";
    }

    /** Keeps a rule under its code (a new code adds one), in use. */
    public List<RedFlagSetting> keep(StaffMember who, String code, String reason, String whenAll) {
        RoleRights.require(asStored(who), Permission.SETTINGS);
        String key = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        if (key.isEmpty()) {
            throw new Refused("Give the rule a short code, like fever_back_pain.");
        }
        if (key.length() > LONGEST_CODE) {
            throw new Refused("The code is too long; " + LONGEST_CODE + " characters at most.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 300) {
            throw new Refused(why.isEmpty() ? "Say in a few words why it is a red flag; the therapist reads it."
                    : "The reason is too long; 300 characters at most.");
        }
        RedFlagPreview.problem(whenAll, stores.intakes().form()).ifPresent(sentence -> {
            throw new Refused(sentence);
        });
        if (whenAll.strip().length() > LONGEST_CONDITIONS) {
            throw new Refused("The conditions are too long; " + LONGEST_CONDITIONS + " characters at most.");
        }
        RedFlagRule rule = new RedFlagRule(key, why, whenAll.strip());
        Optional<RedFlagSetting> before = find(key);
        stores.intakes().keepRule(rule, true, clock.instant());
        audit(who, "red flag " + key, before.map(b -> b.rule().whenAll() + (b.inUse() ? "" : " (retired)")).orElse("none"),
                rule.whenAll());
        return rules();
    }

    /** Takes a rule out of use (kept, for the intakes it flagged), or back into use. */
    public List<RedFlagSetting> use(StaffMember who, String code, boolean inUse) {
        RoleRights.require(asStored(who), Permission.SETTINGS);
        RedFlagSetting before = find(code).orElseThrow(() -> new Refused("There is no rule " + code + "."));
        if (before.inUse() != inUse) {
            stores.intakes().keepRule(before.rule(), inUse, clock.instant());
            audit(who, "red flag " + code, before.inUse() ? "in use" : "retired", inUse ? "in use" : "retired");
        }
        return rules();
    }

    private Optional<RedFlagSetting> find(String code) {
        return rules().stream().filter(r -> r.rule().code().equals(code)).findFirst();
    }

    private void audit(StaffMember who, String setting, String before, String after) {
        String detail = setting + ": " + before + " → " + after;
        stores.audit().append("office", "settings", "changed", Optional.empty(), Optional.of(who.id()),
                detail.length() <= 400 ? detail : detail.substring(0, 399) + "…", clock.instant());
    }

    private StaffMember asStored(StaffMember who) {
        return OfficeActor.asStored(stores, who);
    }
}
