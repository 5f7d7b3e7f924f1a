package com.knead.control.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.domain.BodyRegion;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.RedFlag;
import com.knead.domain.RedFlagSetting;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.DemoSeed;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.usecase.RedFlagRules;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's red-flag rules on real H2: previewed on sample answers, unreadable ones refused, kept, retired. */
class RedFlagRulesControllerTest {

    @TempDir
    Path dir;

    private Stores stores;
    private final AtomicReference<StaffMember> who = new AtomicReference<>();
    private RedFlagRulesController rules;

    @BeforeEach
    void open() {
        stores = DemoFolder.open(dir);
        who.set(stores.staff().active().stream().filter(m -> m.name().equals(DemoSeed.DEMO_OWNER)).findFirst().orElseThrow());
        rules = new RedFlagRulesController(new RedFlagRules(stores, Clock.systemUTC()), new ImmediateTasks(), who::get,
                state -> { });
        rules.load();
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void aRuleIsTriedOnSampleAnswersBeforeItIsKept() {
        assertThat(rules.state().items()).extracting(r -> r.rule().code()).contains("bladder_bowel", "fever_back_pain");

        rules.preview("fever=yes; region=LOWER_BACK", "fever=yes; LOWER_BACK=6");
        assertThat(rules.state().sentence()).startsWith("These answers raise the flag");
        assertThat(rules.state().problem()).isFalse();
        rules.preview("fever=yes; region=LOWER_BACK", "fever=yes; NECK=6");
        assertThat(rules.state().sentence()).isEqualTo("These answers do not raise the flag.");
        rules.preview("fever=yes", "fever");
        assertThat(rules.state().problem()).isTrue();
        assertThat(rules.state().sentence()).startsWith("Write each sample answer as question=answer");
    }

    @Test
    void aRuleThatDoesNotReadIsRefusedInASentenceAndNotKept() {
        int before = stores.intakes().rules().size();

        rules.keep("high_pain", "Very severe pain", "pain>=lots");
        assertThat(rules.state().problem()).isTrue();
        assertThat(rules.state().sentence()).startsWith("That rule cannot be read. Write each condition as question=answer");
        rules.keep("high_pain", "Very severe pain", "region=ELBOWS");
        assertThat(rules.state().sentence()).startsWith("That rule cannot be read.");
        rules.keep("high_pain", "Very severe pain", "temperature=high");
        assertThat(rules.state().sentence()).startsWith("The form has no question \"temperature\"; the questions are ");
        rules.preview("nonsense", "");
        assertThat(rules.state().sentence()).startsWith("That rule cannot be read.");

        assertThat(stores.intakes().rules()).hasSize(before);
    }

    @Test
    void aKeptRuleFlagsTheNextIntakeAndARetiredOneNoLonger() {
        IntakeAnswers severe = new IntakeAnswers(Map.of(), Map.of(BodyRegion.NECK, 10));
        assertThat(stores.intakes().form().redFlags(severe)).isEmpty();

        rules.keep("Worst pain", "Pain at ten out of ten", "pain>=10");

        assertThat(rules.state().sentence()).isEqualTo("Kept. The kiosk uses it from its next visitor on.");
        assertThat(stores.intakes().form().redFlags(severe)).extracting(RedFlag::code).containsExactly("worst_pain");
        assertThat(stores.audit().latest(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("settings");
            assertThat(e.detail()).isEqualTo("red flag worst_pain: none → pain>=10");
        });

        rules.use("worst_pain", false);
        assertThat(stores.intakes().form().redFlags(severe)).isEmpty();
        assertThat(rules.state().items()).contains(new RedFlagSetting(
                new com.knead.domain.RedFlagRule("worst_pain", "Pain at ten out of ten", "pain>=10"), false));
    }

    @Test
    void aCashierMayNotChangeTheRules() {
        who.set(stores.staff().active().stream().filter(m -> m.role() == StaffRole.CASHIER).findFirst().orElseThrow());

        rules.keep("worst_pain", "Pain at ten out of ten", "pain>=10");

        assertThat(rules.state().problem()).isTrue();
        assertThat(rules.state().sentence()).contains("change the clinic's settings");
        assertThat(stores.intakes().rules()).noneMatch(r -> r.rule().code().equals("worst_pain"));
    }
}
