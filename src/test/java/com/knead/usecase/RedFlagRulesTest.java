package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.RedFlagRule;
import com.knead.domain.RedFlagSetting;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.AuditStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The office's red-flag rules on the demo clinic in real H2: previewed in a sentence, kept under a
 * cleaned-up code, retired and brought back, refused in words, and audited "red flag code: old → new".
 */
class RedFlagRulesTest extends OpenClinic {

    private static final String RAISED = "These answers raise the flag: the visitor is asked to speak with the desk "
            + "and the visit is flagged.";
    private static final String NOT_RAISED = "These answers do not raise the flag.";

    private SettableClock clock;
    private RedFlagRules rules;
    private int auditBefore;

    @BeforeEach
    void rules() {
        clock = new SettableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        rules = new RedFlagRules(stores, clock);
        auditBefore = auditCount();
    }

    /** The settings entries written since the test began, newest first, each the owner's at the office. */
    private List<String> audited() {
        List<AuditStore.Entry> added = officeChangesSince(auditBefore, owner(), clock.instant());
        assertThat(added).allSatisfy(e -> assertThat(e.action()).isEqualTo("settings"));
        return added.stream().map(AuditStore.Entry::detail).toList();
    }

    private RedFlagSetting rule(String code) {
        return rules.rules().stream().filter(r -> r.rule().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aPreviewSaysWhetherTheSampleRaisesTheFlagOrWhyItCannotBeTried() {
        assertThat(rules.preview("fever=yes; region=LOWER_BACK", "fever=yes; LOWER_BACK=6")).isEqualTo(RAISED);
        assertThat(rules.preview("fever=yes; region=LOWER_BACK", "fever=yes; NECK=6")).isEqualTo(NOT_RAISED);
        assertThatThrownBy(() -> rules.preview("temperature=high", "temperature=high")).isInstanceOf(Refused.class)
                .hasMessageStartingWith("The form has no question \"temperature\"; the questions are ");
        assertThatThrownBy(() -> rules.preview("  ", "fever=yes")).isInstanceOf(Refused.class)
                .hasMessage("Type the rule's conditions, like \"fever=yes; region=LOWER_BACK\".");
        assertThatThrownBy(() -> rules.preview("fever=yes", "fever")).isInstanceOf(Refused.class)
                .hasMessageStartingWith("Write each sample answer as question=answer");
        assertThat(audited()).isEmpty();
    }

    @Test
    void aNewRuleIsKeptUnderItsCleanedCodeInUseAndFlagsTheNextIntake() {
        List<RedFlagSetting> kept = rules.keep(owner(), "  Worst Pain! ", "  Pain at ten out of ten ", " pain>=10 ");

        RedFlagSetting worst = new RedFlagSetting(new RedFlagRule("worst_pain_", "Pain at ten out of ten", "pain>=10"), true);
        assertThat(kept).isEqualTo(rules.rules()).contains(worst);
        assertThat(kept).extracting(r -> r.rule().code()).containsExactly("bladder_bowel", "numbness_severe_pain",
                "fever_back_pain", "recent_surgery", "blood_clots", "worst_pain_");
        assertThat(audited()).containsExactly("red flag worst_pain_: none → pain>=10");
    }

    @Test
    void aRuleKeptAgainChangesInPlaceAndARetiredOneComesBackInUse() {
        rules.keep(owner(), "blood_clots", "Clots or thrombosis", "blood_clots=yes; pain>=3");
        assertThat(rule("blood_clots")).isEqualTo(new RedFlagSetting(
                new RedFlagRule("blood_clots", "Clots or thrombosis", "blood_clots=yes; pain>=3"), true));

        List<RedFlagSetting> retired = rules.use(owner(), "blood_clots", false);
        assertThat(retired).contains(new RedFlagSetting(
                new RedFlagRule("blood_clots", "Clots or thrombosis", "blood_clots=yes; pain>=3"), false));
        assertThat(rules.use(owner(), "blood_clots", false)).as("already retired: nothing to do").isEqualTo(retired);
        assertThat(rules.use(owner(), "bladder_bowel", true)).as("already in use").isEqualTo(retired);

        rules.keep(owner(), "blood_clots", "Clots or thrombosis", "blood_clots=yes");
        assertThat(rule("blood_clots").inUse()).as("kept again: in use").isTrue();
        rules.use(owner(), "blood_clots", false);
        assertThat(rules.use(owner(), "blood_clots", true)).contains(new RedFlagSetting(
                new RedFlagRule("blood_clots", "Clots or thrombosis", "blood_clots=yes"), true));
        assertThat(rules.rules()).hasSize(5);

        assertThatThrownBy(() -> rules.use(owner(), "no_such_rule", false)).isInstanceOf(Refused.class)
                .hasMessage("There is no rule no_such_rule.");
        assertThat(audited()).containsExactly("red flag blood_clots: retired → in use",
                "red flag blood_clots: in use → retired",
                "red flag blood_clots: blood_clots=yes; pain>=3 (retired) → blood_clots=yes",
                "red flag blood_clots: in use → retired",
                "red flag blood_clots: blood_clots=yes → blood_clots=yes; pain>=3");
    }

    @Test
    void aRuleWithoutACodeAReasonOrConditionsThatReadIsRefusedAndNothingIsKept() {
        List<RedFlagSetting> before = rules.rules();
        assertThatThrownBy(() -> rules.keep(owner(), null, "Why", "pain>=10")).isInstanceOf(Refused.class)
                .hasMessage("Give the rule a short code, like fever_back_pain.");
        assertThatThrownBy(() -> rules.keep(owner(), "   ", "Why", "pain>=10"))
                .hasMessage("Give the rule a short code, like fever_back_pain.");
        assertThatThrownBy(() -> rules.keep(owner(), "worst", null, "pain>=10"))
                .hasMessage("Say in a few words why it is a red flag; the therapist reads it.");
        assertThatThrownBy(() -> rules.keep(owner(), "worst", "  ", "pain>=10"))
                .hasMessage("Say in a few words why it is a red flag; the therapist reads it.");
        assertThatThrownBy(() -> rules.keep(owner(), "worst", "W".repeat(301), "pain>=10"))
                .hasMessage("The reason is too long; 300 characters at most.");
        assertThatThrownBy(() -> rules.keep(owner(), "worst", "Why", "pain>=lots"))
                .hasMessageStartingWith("That rule cannot be read.");
        assertThatThrownBy(() -> rules.keep(owner(), "worst", "Why", "temperature=high"))
                .hasMessageStartingWith("The form has no question \"temperature\"");
        assertThatThrownBy(() -> rules.keep(owner(), "c".repeat(41), "Why", "pain>=10"))
                .hasMessage("The code is too long; 40 characters at most.");
        String conditions = "notes=" + "x".repeat(294);
        assertThatThrownBy(() -> rules.keep(owner(), "worst", "Why", conditions + "x"))
                .hasMessage("The conditions are too long; 300 characters at most.");
        assertThat(rules.rules()).isEqualTo(before);
        assertThat(audited()).isEmpty();

        assertThat(rules.keep(owner(), "worst", "W".repeat(300), "pain>=10")).extracting(r -> r.rule().reason())
                .contains("W".repeat(300));
        assertThat(rules.keep(owner(), "c".repeat(40), "Why", " " + conditions + " "))
                .contains(new RedFlagSetting(new RedFlagRule("c".repeat(40), "Why", conditions), true));
    }

    @Test
    void onlyTheOwnerOnTheStaffListNowMayChangeTheRules() {
        StaffMember riley = riley();
        String refused = "Riley Brooks (cashier) may not change the clinic's settings; ask the owner.";
        assertThatThrownBy(() -> rules.keep(riley, "worst", "Why", "pain>=10")).isInstanceOf(Refused.class).hasMessage(refused);
        assertThatThrownBy(() -> rules.use(riley, "blood_clots", false)).hasMessage(refused);
        assertThatThrownBy(() -> rules.keep(null, "worst", "Why", "pain>=10")).hasMessage("The office is locked; unlock it first.");
        assertThatThrownBy(() -> rules.use(null, "blood_clots", false)).hasMessage("The office is locked; unlock it first.");
        StaffMember gone = new StaffMember(UUID.randomUUID(), "Nobody Here", StaffRole.OWNER, owner().pin());
        assertThatThrownBy(() -> rules.use(gone, "blood_clots", false)).hasMessage("Nobody Here is no longer on the staff list.");
        stores.staff().change(riley.id(), riley.name(), StaffRole.OWNER, false, clock.instant());
        assertThatThrownBy(() -> rules.keep(riley, "worst", "Why", "pain>=10"))
                .hasMessage("Riley Brooks is no longer on the staff list.");
        assertThat(rules.rules()).allMatch(RedFlagSetting::inUse).noneMatch(r -> r.rule().code().equals("worst"));
        assertThat(audited()).isEmpty();
    }

    @Test
    void anAuditDetailIsCutAtFourHundredCharacters() {
        // "red flag notes_rule: " (21) + old + " → " (3) + new: 400 is kept whole, 401 is cut to 399 and "…".
        String first = "notes=" + "a".repeat(194);
        rules.keep(owner(), "notes_rule", "Written notes", first);
        String whole = "notes=" + "b".repeat(400 - 21 - 3 - first.length() - 6);
        rules.keep(owner(), "notes_rule", "Written notes", whole);
        String longer = "notes=" + "c".repeat(401 - 21 - 3 - whole.length() - 6);
        rules.keep(owner(), "notes_rule", "Written notes", longer);

        List<String> details = audited();
        assertThat(details.get(1)).isEqualTo("red flag notes_rule: " + first + " → " + whole).hasSize(400);
        String cut = "red flag notes_rule: " + whole + " → " + longer;
        assertThat(cut).hasSize(401);
        assertThat(details.get(0)).isEqualTo(cut.substring(0, 399) + "…");
    }
}
