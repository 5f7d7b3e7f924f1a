package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.report.ReportTemplates;
import com.knead.store.AuditStore;
import com.knead.store.Stores;
import com.knead.sync.CentralAddress;
import com.knead.sync.CentralOutage;
import com.knead.sync.CentralPostgres;
import com.knead.sync.PrivatePasswordFolder;
import com.knead.sync.CentralStore;
import com.knead.usecase.OfficeServices;
import java.awt.Dimension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.swing.JProgressBar;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's Sync tab in a real window, on real H2 and the tests' private PostgreSQL: the owner
 * connects the clinic (tried first), sets the nightly time, presses Sync now and watches the bar
 * reach every record, which are then at the centre, the status saying so; and with the centre's
 * server stopped, the page says so in one plain sentence.
 */
@ExtendWith(PrivatePasswordFolder.class)
class OfficeSyncGuiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    private Stores stores;
    private Robot robot;
    private FrameFixture office;

    @BeforeAll
    static void failOnThreadViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        stores = Stores.open(data);
        // Retries a moment apart rather than after 1, 4 and 16 s: the test waits for the end of them.
        OfficeServices services = OfficeServices.over(stores, new ReportTemplates(), Clock.systemDefaultZone(),
                List.of(Duration.ofMillis(200), Duration.ofMillis(400)));
        office = OfficeWindow.show(services, new Dimension(1280, 800));
        robot = office.robot();
    }

    @AfterEach
    void close() {
        office.cleanUp();
        stores.close();
    }

    private String label(String name) {
        return text(office.label(name).target());
    }

    private String sentence(String name) {
        // Found showing or not: an empty sentence is hidden.
        return text(robot.finder().findByName(office.target(), name, JTextComponent.class, false)).strip();
    }

    private static String centre() {
        String url = CentralPostgres.cluster().newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
        return url;
    }

    private void openSyncTab() {
        OfficeWindow.unlockAt(office, "4827", "Sync", WAIT);
        waitUntil("the status is read", WAIT, () -> label("office.syncLastSuccess").equals("never"));
    }

    private void connect(String url) {
        office.textBox("office.syncUrl").setText(url);
        office.textBox("office.syncUser").setText("postgres");
        office.textBox("office.syncPassword").setText("s3cret");
        office.button("office.syncConnect").click();
        waitUntil("the clinic is connected", WAIT, () -> sentence("office.syncConnected").startsWith("Connected"));
    }

    @Test
    void connectSetTheTimeAndSyncNowWithTheRecordsAtTheCentre() throws Exception {
        sellOne();
        sellOne();
        String url = centre();
        String where = url.substring("jdbc:postgresql://".length());
        openSyncTab();
        assertThat(label("office.syncNextRun")).isEqualTo("none: not connected");
        office.button("office.syncNow").requireDisabled();
        office.textBox("office.syncTime").requireText("02:00");
        long waiting = stores.sync().state().waiting();
        assertThat(label("office.syncWaiting")).isEqualTo(waiting + " records waiting to go");
        screenshot(office.target(), "office-sync-1-not-connected");
        // TLS is off until ticked; the CA file is asked for only with it.
        office.checkBox("office.syncTls").requireNotSelected().requireText("Use TLS and verify the server");
        office.textBox("office.syncCaFile").requireDisabled();
        office.checkBox("office.syncTls").click();
        office.textBox("office.syncCaFile").requireEnabled();
        screenshot(office.target(), "office-sync-1b-tls-ticked");
        office.checkBox("office.syncTls").click();
        office.textBox("office.syncCaFile").requireDisabled();

        office.textBox("office.syncUrl").setText(url);
        office.textBox("office.syncUser").setText("postgres");
        office.button("office.syncTest").click();
        waitUntil("the centre answers", WAIT, () -> sentence("office.syncConnected").endsWith("answers."));
        assertThat(sentence("office.syncConnected")).isEqualTo("The central database at " + where + " answers.");
        office.button("office.syncNow").requireDisabled();
        connect(url);
        assertThat(sentence("office.syncConnected")).isEqualTo("Connected: this clinic syncs with " + where
                + " as postgres.");
        office.textBox("office.syncPassword").requireText("");
        office.textBox("office.syncTime").setText("3:30");
        office.button("office.syncSaveTime").click();
        waitUntil("the time is saved", WAIT, () -> sentence("office.syncScheduleSaved").startsWith("Saved"));
        office.textBox("office.syncTime").requireText("03:30");
        office.button("office.syncNow").requireEnabled();

        office.button("office.syncNow").click();
        JProgressBar bar = robot.finder().findByName(office.target(), "office.syncProgress", JProgressBar.class, false);
        waitUntil("the sync ends", WAIT, () -> sentence("office.syncResult").startsWith("Synced"));
        assertThat(sentence("office.syncResult")).isEqualTo("Synced: " + waiting
                + " records sent, 0 prices and 0 clients received.");
        assertThat(bar.getString()).isEqualTo("Sent " + waiting + " of " + waiting + " records");
        assertThat(bar.getValue()).isEqualTo(bar.getMaximum());
        waitUntil("the status is read again", WAIT, () -> !label("office.syncLastSuccess").equals("never"));
        assertThat(label("office.syncWaiting")).isEqualTo("0 records waiting to go");
        assertThat(sentence("office.syncLastProblem")).isEqualTo("none");
        assertThat(label("office.syncNextRun")).contains("03:30");
        office.button("office.syncNow").requireEnabled();
        assertThat(centralCount(url, "SELECT COUNT(*) FROM sale")).isEqualTo(2);
        assertThat(stores.audit().latest(20)).extracting(AuditStore.Entry::detail)
                .contains("central database: none → " + where + " as postgres", "sync time: 02:00 → 03:30");
        screenshot(office.target(), "office-sync-2-synced-1280x800");
        office.target().setSize(new Dimension(1024, 768));
        robot.waitForIdle();
        screenshot(office.target(), "office-sync-3-synced-1024x768");
    }

    @Test
    void withTheCentresServerStoppedThePageSaysSoInPlainWords() throws Exception {
        sellOne();
        String url = centre();
        String where = url.substring("jdbc:postgresql://".length());
        openSyncTab();
        connect(url);
        CentralOutage.stop();
        try {
            office.button("office.syncNow").click();
            waitUntil("the sync gives up", WAIT, () -> !sentence("office.syncProblem").isEmpty()
                    && !sentence("office.syncLastProblem").equals("none"));
            String said = "The central database at " + where + " does not answer; it may be down or the network cut. "
                    + "Nothing was lost: what is waiting goes at the next sync.";
            assertThat(sentence("office.syncProblem")).isEqualTo(said);
            assertThat(sentence("office.syncLastProblem")).isEqualTo(said);
            assertThat(label("office.syncLastSuccess")).isEqualTo("never");
            assertThat(label("office.syncWaiting")).isEqualTo(stores.sync().state().waiting() + " records waiting to go");
            assertThat(sentence("office.syncResult")).isEmpty();
            office.button("office.syncNow").requireEnabled();
            screenshot(office.target(), "office-sync-4-centre-down");
        } finally {
            CentralOutage.start();
        }
    }

    private static long centralCount(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One Swedish hour today, paid in cash. */
    private void sellOne() {
        LocalDate today = stores.clinic().businessDay(Instant.now());
        PriceList prices = stores.catalog().priceListOn(today);
        Modality swedish = prices.bookable().stream().filter(m -> m.code().equals("SWEDISH")).findFirst().orElseThrow();
        ServicePrice hour = prices.pricesOf(swedish.id()).stream().filter(p -> p.minutes() == 60).findFirst().orElseThrow();
        Visit visit = stores.visits().checkIn(ContactDetails.of("Ada Ames", "5550001234"), swedish, hour, Instant.now());
        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
        draft.addTender(Tender.cash(draft.totals().amountDue()));
        stores.sales().record(draft, Instant.now());
    }
}
