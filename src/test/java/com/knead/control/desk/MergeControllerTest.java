package com.knead.control.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.control.ImmediateTasks;
import com.knead.domain.ContactDetails;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.store.AuditStore;
import com.knead.store.DemoSeed;
import com.knead.usecase.ClientServices;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge screen without a window, on the desk's real use cases and H2: two records of Nora (typed at
 * the desk under two phone numbers) merged with the owner's PIN and a reason, the kept record reading
 * both visits, and the merge undone the same way; every refusal said in a sentence.
 */
class MergeControllerTest {

    @TempDir
    Path folder;
    private DeskFixture desk;
    private final List<MergeController.State> states = new ArrayList<>();
    private MergeController controller;
    private StaffMember owner;

    @BeforeEach
    void open() {
        desk = new DeskFixture(folder);
        Visit first = desk.chooseNewVisit("Nora Quinn");
        desk.stores.visits().checkIn(ContactDetails.of("Nora Quinn", "555 400 0009"), desk.deepTissue(),
                desk.stores.catalog().priceListOn(java.time.LocalDate.now()).price(desk.deepTissue().id(), 60).orElseThrow(),
                Instant.now());
        assertThat(first.clientId()).isNotNull();
        controller = new MergeController(desk.services.clients(), desk.signIn, new ImmediateTasks());
        controller.attach(states::add);
        owner = desk.staff(DemoSeed.DEMO_OWNER);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private MergeController.State now() {
        return states.get(states.size() - 1);
    }

    private List<String> audit() {
        return desk.stores.audit().latest(100).stream().map(AuditStore.Entry::action).toList();
    }

    @Test
    void twoRecordsAreMergedWithTheOwnersPinAndAReasonAndTheMergeUndone() {
        controller.start();
        assertThat(now().mergers()).extracting(StaffMember::name).containsExactly(DemoSeed.DEMO_OWNER);
        controller.merge("same person", owner, DemoSeed.DEMO_OWNER_PIN);
        assertThat(now().sentence()).isEqualTo("Choose the record to keep and the record to merge into it.");
        controller.find("nora");
        assertThat(now().found()).hasSize(2);
        ClientServices.Found kept = now().found().get(0);
        ClientServices.Found merged = now().found().get(1);
        controller.keep(kept);
        controller.mergeAway(kept);
        assertThat(now().kept()).isEmpty();
        controller.mergeAway(merged);
        controller.keep(kept);
        assertThat(now().kept()).contains(kept);
        assertThat(now().merged()).contains(merged);
        controller.keep(merged);
        assertThat(now().merged()).isEmpty();
        controller.keep(kept);
        controller.mergeAway(merged);

        controller.merge("same person", null, DemoSeed.DEMO_OWNER_PIN);
        assertThat(now().sentence()).isEqualTo("Choose the manager or owner who approves.");
        controller.merge(" ", owner, DemoSeed.DEMO_OWNER_PIN);
        assertThat(now().sentence()).startsWith("Say why, for the audit log");
        controller.merge("same person", desk.staff(DemoSeed.DEMO_CASHIER), DemoSeed.DEMO_CASHIER_PIN);
        assertThat(now().sentence()).contains("may not merge two records");
        assertThat(desk.stores.clientMerges().keptFor(merged.clientId())).isEmpty();

        controller.merge("same person, typed twice", owner, DemoSeed.DEMO_OWNER_PIN);
        assertThat(now().sentence()).isEqualTo("Merged: " + merged.line() + " now reads as part of " + kept.line()
                + ". Undo below if it was a mistake.");
        assertThat(now().undoable()).extracting(ClientServices.Found::clientId).containsExactly(merged.clientId());
        assertThat(now().undoable().get(0).line()).startsWith("Nora Quinn · ").contains("5554000009");
        assertThat(now().found()).containsExactly(kept);
        assertThat(now().merged()).isEmpty();
        assertThat(now().busy()).isFalse();
        assertThat(desk.stores.clientMerges().keptFor(merged.clientId())).contains(kept.clientId());
        assertThat(audit()).contains("clients merged");
        assertThat(desk.services.clients().open(kept.clientId(), owner, "desk").lines())
                .filteredOn(l -> l.contains("Deep tissue")).hasSize(2);

        controller.undo(null, "typed wrong", owner, DemoSeed.DEMO_OWNER_PIN);
        assertThat(now().sentence()).isEqualTo("Choose the merged record to separate again.");
        ClientServices.Found separated = now().undoable().get(0);
        controller.undo(separated, "not the same person", owner, DemoSeed.DEMO_OWNER_PIN);
        assertThat(now().sentence()).isEqualTo("Separated again: " + separated.line() + " is a record of its own.");
        assertThat(now().undoable()).isEmpty();
        assertThat(desk.stores.clientMerges().keptFor(merged.clientId())).isEmpty();
        assertThat(audit()).contains("merge undone");
    }

    @Test
    void aRecordIsNotMergedIntoItselfAndNothingFoundIsSaid() {
        controller.find("nobody of that name");
        assertThat(now().found()).isEmpty();
        assertThat(now().sentence()).isEqualTo("No client matches that.");
        controller.find("nora");
        ClientServices.Found nora = now().found().get(0);
        assertThatThrownBy(() -> desk.services.clients().merge(nora.clientId(), nora.clientId(), "x", owner,
                DemoSeed.DEMO_OWNER_PIN, "desk"))
                .hasMessage("Choose two different records: the one to keep and the one to merge into it.");
        controller.undo(nora, "x", owner, DemoSeed.DEMO_OWNER_PIN);
        assertThat(now().sentence()).isEqualTo("Choose the merged record to separate again.");
    }
}
