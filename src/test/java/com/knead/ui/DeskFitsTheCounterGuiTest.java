package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.ServicePrice;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.swing.JButton;
import javax.swing.JComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk on the usual counter screens, 1366×768 and 1280×1024: with a visit chosen (a plain one,
 * and a red-flagged one whose clearance takes room too) the whole checkout, Finish sale included,
 * is on screen without scrolling; and nothing on it is unnamed for a screen reader.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskFitsTheCounterGuiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path data;

    private RunningDesk running;
    private FrameFixture desk;

    @BeforeAll
    void start() throws Exception {
        try (Stores stores = DemoFolder.open(data)) {
            Modality deep = stores.catalog().priceListOn(java.time.LocalDate.now()).modalities().stream()
                    .filter(m -> m.name().equals("Deep tissue")).findFirst().orElseThrow();
            ServicePrice sixty = stores.catalog().priceListOn(java.time.LocalDate.now()).price(deep.id(), 60).orElseThrow();
            for (String name : new String[] {"Cora Counter", "Fay Flagged"}) {
                stores.visits().checkIn(ContactDetails.of(name, "555 010 0000"), deep, sixty, Instant.now());
            }
        }
        try (java.sql.Connection c = com.knead.store.DatabaseFile.connect(data); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE visit SET red_flag = TRUE WHERE client_id IN "
                    + "(SELECT id FROM client WHERE name = 'Fay Flagged')");
        }
        running = RunningDesk.launch(data, 2);
        desk = running.desk();
    }

    @AfterAll
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    /**
     * Nothing unnamed at the desk, for a screen reader: with no visit chosen (when the quick-cash
     * buttons were blank, unnamed and 23×23) and with one chosen (therapist box, quick cash named).
     */
    @org.junit.jupiter.api.Test
    void nothingAtTheDeskIsUnnamed() {
        GuiActionRunner.execute(() -> {
            desk.target().setExtendedState(java.awt.Frame.NORMAL);
            desk.target().setBounds(0, 0, 1366, 768);
            desk.target().validate();
        });
        javax.swing.JTable queue = desk.table("desk.queue").target();
        GuiActionRunner.execute(queue::clearSelection);
        waitUntil("no visit is chosen", WAIT, () -> !text(desk.label("desk.visitTitle").target()).contains("Counter"));
        desk.robot().waitForIdle();
        screenshot(desk.target(), "desk-named-no-visit");
        assertThat(TouchRules.unnamed(desk.target())).as("with no visit chosen").isEmpty();
        running.select("Cora Counter");
        desk.robot().waitForIdle();
        screenshot(desk.target(), "desk-named-visit");
        assertThat(TouchRules.unnamed(desk.target())).as("with a visit chosen").isEmpty();
    }

    private static String text(javax.swing.JLabel label) {
        return GuiTesting.text(label);
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"Cora Counter, 1366, 768", "Fay Flagged, 1366, 768", "Cora Counter, 1280, 1024",
            "Fay Flagged, 1280, 1024"})
    void finishSaleIsOnScreenWithoutScrolling(String client, int width, int height) {
        GuiActionRunner.execute(() -> {
            desk.target().setExtendedState(java.awt.Frame.NORMAL);
            desk.target().setBounds(0, 0, width, height);
            desk.target().validate();
        });
        running.select(client);
        JButton finish = desk.button("desk.finishSale").target();
        waitUntil("the desk is " + width + "×" + height, WAIT,
                () -> desk.target().getWidth() == width && desk.target().getHeight() == height);
        screenshot(desk.target(), "desk-fit-" + width + "x" + height + "-" + client.split(" ")[1].toLowerCase());
        Rectangle visible = GuiActionRunner.execute(finish::getVisibleRect);
        Rectangle whole = GuiActionRunner.execute(() -> new Rectangle(0, 0, finish.getWidth(), finish.getHeight()));
        assertThat(whole.height).as("Finish sale is laid out").isPositive();
        assertThat(visible).as("Finish sale is wholly in view, not below the fold").isEqualTo(whole);
        // Nothing of the checkout needs the scroll bar: its scroll pane (if any) shows all of it.
        JComponent panel = (JComponent) GuiActionRunner.execute(() -> finish.getParent());
        Rectangle panelVisible = GuiActionRunner.execute(panel::getVisibleRect);
        assertThat(panelVisible.height).as("the whole checkout is in view")
                .isEqualTo(GuiActionRunner.execute(panel::getHeight));
    }
}
