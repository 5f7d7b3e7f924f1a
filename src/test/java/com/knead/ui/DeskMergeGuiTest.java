package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.store.DemoSeed;
import com.knead.store.Stores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The managers' merge screen on the real desk and a real H2 file: Nora typed at the desk under two
 * phone numbers is merged into one record with the owner's PIN and a reason (a wrong PIN refused
 * first), both visits then read in the kept record, and the merge is undone the same way.
 */
class DeskMergeGuiTest {

    private static final Duration WAIT = RunningDesk.WAIT;

    @TempDir
    Path data;

    private static int size(JList<?> list) {
        return GuiActionRunner.execute(() -> list.getModel().getSize());
    }

    @Test
    void twoRecordsOfNoraAreMergedWithTheOwnersPinAndSeparatedAgain() throws Exception {
        try (Stores stores = Stores.open(data)) {
            PriceList prices = stores.catalog().priceListOn(LocalDate.now());
            Modality swedish = prices.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst()
                    .orElseThrow();
            for (String phone : new String[] {"555 400 0001", "555 400 0009"}) {
                stores.visits().checkIn(ContactDetails.of("Nora Quinn", phone), swedish,
                        prices.price(swedish.id(), 60).orElseThrow(), Instant.now());
            }
        }
        try (RunningDesk running = RunningDesk.launch(data, 2)) {
            running.desk().button("desk.clients").click();
            DialogFixture clients = WindowFinder.findDialog("desk.clientsDialog").withTimeout(WAIT.toMillis())
                    .using(running.robot());
            clients.button("clients.merge").click();
            DialogFixture merge = WindowFinder.findDialog("desk.mergeDialog").withTimeout(WAIT.toMillis())
                    .using(running.robot());
            merge.textBox("merge.search").setText("nora");
            merge.button("merge.find").click();
            JList<?> found = merge.list("merge.found").target();
            waitUntil("both records are found", WAIT, () -> size(found) == 2);
            merge.list("merge.found").clickItem(0);
            merge.button("merge.keep").click();
            waitUntil("the kept record is shown", WAIT, () -> text(merge.label("merge.kept").target()).contains("5554000001"));
            merge.list("merge.found").clickItem(1);
            merge.button("merge.mergeAway").click();
            waitUntil("the other record is shown", WAIT, () -> text(merge.label("merge.merged").target())
                    .contains("5554000009"));
            merge.textBox("merge.reason").setText("The same person, typed twice at the desk");
            merge.comboBox("merge.approver").selectItem(DemoSeed.DEMO_OWNER);
            merge.textBox("merge.pin").setText("0000");
            merge.button("merge.merge").click();
            waitUntil("the wrong PIN is refused", WAIT, () -> !text(merge.textBox("merge.sentence").target()).isEmpty());
            UUID away = running.stores().clients().find("Nora").stream()
                    .filter(c -> c.details().phone().endsWith("0009")).findFirst().orElseThrow().id();
            assertThat(running.stores().clientMerges().keptFor(away)).isEmpty();

            merge.textBox("merge.pin").setText(DemoSeed.DEMO_OWNER_PIN);
            merge.button("merge.merge").click();
            waitUntil("the records are merged", WAIT, () -> text(merge.textBox("merge.sentence").target())
                    .startsWith("Merged: Nora Quinn"));
            assertThat(size(merge.list("merge.undoable").target())).isEqualTo(1);
            assertThat(size(found)).isEqualTo(1);
            UUID kept = running.stores().clientMerges().keptFor(away).orElseThrow();
            assertThat(running.stores().clients().visits(kept).size() + running.stores().clients().visits(away).size())
                    .isEqualTo(2);
            assertThat(running.stores().audit().latest(20)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("clients merged");
                assertThat(e.detail()).endsWith("The same person, typed twice at the desk");
            });
            screenshot(merge.target(), "desk-merge");

            merge.list("merge.undoable").clickItem(0);
            merge.textBox("merge.reason").setText("Two people after all");
            merge.textBox("merge.pin").setText(DemoSeed.DEMO_OWNER_PIN);
            merge.button("merge.undo").click();
            waitUntil("the merge is undone", WAIT, () -> text(merge.textBox("merge.sentence").target())
                    .startsWith("Separated again: Nora Quinn"));
            assertThat(running.stores().clientMerges().keptFor(away)).isEmpty();
            merge.button("merge.undo").requireDisabled();
            merge.close();
            clients.close();
        }
    }
}
