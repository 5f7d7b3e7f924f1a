package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.SessionNote;
import com.knead.store.DemoSeed;
import com.knead.store.Stores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's client window on the real desk and a real H2 file, with the therapist Maya signed in:
 * find a client, open the record, write and sign a note with her PIN, add an addendum, and be told
 * that the signed note cannot be changed, the note read back as it was signed.
 */
class DeskClientsGuiTest {

    private static final Duration WAIT = RunningDesk.WAIT;

    @TempDir
    Path data;

    private static int size(JList<?> list) {
        return GuiActionRunner.execute(() -> list.getModel().getSize());
    }

    @Test
    void findOpenSignAddAnAddendumAndAChangeIsRefused() throws Exception {
        UUID nora;
        try (Stores stores = Stores.open(data)) {
            PriceList prices = stores.catalog().priceListOn(LocalDate.now());
            Modality swedish = prices.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst()
                    .orElseThrow();
            nora = stores.visits().checkIn(ContactDetails.of("Nora Quinn", "555 400 0001"), swedish,
                    prices.price(swedish.id(), 60).orElseThrow(), Instant.now()).clientId();
        }
        try (RunningDesk running = RunningDesk.launch(data, 1, DemoSeed.DEMO_MAYA, DemoSeed.DEMO_MAYA_PIN)) {
            running.desk().button("desk.clients").click();
            DialogFixture clients = WindowFinder.findDialog("desk.clientsDialog").withTimeout(WAIT.toMillis())
                    .using(running.robot());
            clients.textBox("clients.search").setText("nora");
            clients.button("clients.find").click();
            JList<?> found = clients.list("clients.found").target();
            waitUntil("Nora is found", WAIT, () -> found.getModel().getSize() == 1);
            clients.list("clients.found").clickItem(0);
            waitUntil("her record is open", WAIT, () -> text(clients.textBox("clients.record").target())
                    .contains("Swedish 60 min"));
            assertThat(text(clients.textBox("clients.record").target())).contains("Session notes: Maya Chen may not "
                    + "read this client's notes");

            GuiActionRunner.execute(() -> clients.target().setSize(1366, 768));
            clients.robot().waitForIdle();
            screenshot(clients.target(), "desk-clients-1366x768");
            GuiActionRunner.execute(() -> clients.target().setSize(1280, 800));
            clients.robot().waitForIdle();
            screenshot(clients.target(), "desk-clients-1280x800");
            clients.toggleButton("clients.area.NECK").click();
            clients.toggleButton("clients.area.SHOULDERS").click();
            waitUntil("the clinic's techniques are offered", WAIT, () -> GuiActionRunner.execute(() ->
                    clients.robot().finder().findAll(clients.target(), c -> "clients.technique.Trigger point"
                            .equals(c.getName())).size() == 1));
            clients.toggleButton("clients.technique.Swedish").click();
            clients.toggleButton("clients.technique.Trigger point").click();
            clients.textBox("clients.response").setText("Relaxed by the end");
            clients.toggleButton("clients.plan.3").click();
            clients.textBox("clients.pin").setText(DemoSeed.DEMO_MAYA_PIN);
            clients.button("clients.sign").click();
            JList<?> notes = clients.list("clients.notes").target();
            waitUntil("the note is signed", WAIT, () -> notes.getModel().getSize() == 1);
            assertThat(text(clients.textBox("clients.sentence").target())).startsWith("Signed and locked.");
            assertThat(text(clients.textBox("clients.record").target())).contains("Plan: Rebook in 3 weeks",
                    "Next visit:");

            clients.list("clients.notes").clickItem(0);
            clients.textBox("clients.noteText").requireNotEditable();
            clients.textBox("clients.freeText").setText("Phoned: felt better the next day.");
            clients.textBox("clients.pin").setText(DemoSeed.DEMO_MAYA_PIN);
            clients.button("clients.addendum").click();
            waitUntil("the addendum is signed", WAIT, () -> size(notes) == 2);

            clients.list("clients.notes").clickItem(0);
            clients.button("clients.change").click();
            waitUntil("the change is refused", WAIT, () -> text(clients.textBox("clients.sentence").target())
                    .endsWith("is locked; write an addendum instead."));
            assertThat(text(clients.textBox("clients.sentence").target())).startsWith("That note was signed by Maya Chen on ");
            screenshot(clients.target(), "desk-clients");

            List<SessionNote> kept = running.stores().notes().forClient(nora);
            assertThat(kept).hasSize(2);
            assertThat(kept.get(0).response()).isEqualTo("Relaxed by the end");
            assertThat(kept.get(0).modalities()).containsExactly("Swedish", "Trigger point");
            assertThat(kept.get(1).addendumTo()).isEqualTo(kept.get(0).id());
            clients.close();
        }
    }
}
