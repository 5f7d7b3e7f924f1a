package com.knead.control.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.domain.CardReference;
import com.knead.domain.Modality;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.Tender;
import com.knead.sync.CentralAddress;
import com.knead.sync.CentralPostgres;
import com.knead.sync.PrivatePasswordFolder;
import com.knead.sync.CentralStore;
import com.knead.sync.TestCertificates;
import com.knead.store.AuditStore;
import com.knead.usecase.CentralAccess;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import com.knead.usecase.ClinicSync;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The office's Sync page without a window, on real H2 and the tests' private PostgreSQL: connect
 * (tried first), the time saved, Sync now with its bar from 0 to every record, the status after it;
 * a centre that does not answer said in plain words, while retrying and at the end.
 */
@ExtendWith(PrivatePasswordFolder.class)
class SyncControllerTest extends OfficeFixture {

    private final Shown<SyncController.State> shown = new Shown<>();
    private StaffMember openFor;

    @BeforeEach
    void openForTheOwner() {
        openFor = owner();
    }

    private SyncController controller() {
        ClinicSync sync = new ClinicSync(stores, clock, List.of(Duration.ofSeconds(1), Duration.ofSeconds(4)), wait -> { });
        SyncController controller = new SyncController(sync, new ImmediateTasks(), Runnable::run, () -> openFor);
        controller.attach(shown::show);
        return controller;
    }

    private void sell(int sales) {
        var prices = stores.catalog().priceListOn(LocalDate.now());
        Modality deep = prices.modalities().stream().filter(m -> m.name().equals("Deep tissue")).findFirst().orElseThrow();
        ServicePrice price = prices.price(deep.id(), 60).orElseThrow();
        for (int i = 0; i < sales; i++) {
            SaleDraft draft = new SaleDraft(stores.clinic(), null, "Ada Lovelace")
                    .addLine(new SaleLine("Deep tissue, 60 min", deep.id(), 60, price.price(), 1));
            draft.addTender(Tender.card(draft.totals().amountDue(), new CardReference("A1B2C3", "4242")));
            stores.sales().record(draft, Instant.now());
        }
    }

    @Test
    void connectSetTheTimeSyncNowAndTheStatusFollows() throws Exception {
        String url = CentralPostgres.cluster().newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
        String where = url.substring("jdbc:postgresql://".length());
        sell(3);
        SyncController controller = controller();
        controller.load();
        SyncController.State first = shown.last();
        assertThat(first.loaded()).isTrue();
        assertThat(first.connected()).isFalse();
        assertThat(first.canSync()).isFalse();
        assertThat(first.url()).isEmpty();
        assertThat(first.user()).isEqualTo("knead");
        assertThat(first.scheduleTime()).isEqualTo("02:00");
        assertThat(first.lastSuccess()).isEqualTo("never");
        assertThat(first.lastProblem()).isEqualTo("none");
        assertThat(first.nextRun()).isEqualTo("none: not connected");
        long waiting = stores.sync().state().waiting();
        assertThat(waiting).isGreaterThanOrEqualTo(3);
        assertThat(first.waiting()).isEqualTo(String.format(Locale.ENGLISH, "%,d records waiting to go", waiting));

        controller.test(url, "postgres", "", false, "");
        assertThat(shown.last().connection().done()).isEqualTo("The central database at " + where + " answers.");
        assertThat(shown.last().connected()).isFalse();
        controller.connect("", "postgres", "", false, "");
        assertThat(shown.last().connection().problem()).startsWith("Type the central database's address");
        controller.connect(url, "postgres", "pw", false, "");
        SyncController.State connected = shown.last();
        assertThat(connected.connection().done()).isEqualTo("Connected: this clinic syncs with " + where
                + " as postgres.");
        assertThat(connected.connection().problem()).isEmpty();
        assertThat(connected.connected()).isTrue();
        assertThat(connected.url()).isEqualTo(url);
        assertThat(connected.canSync()).isTrue();
        // Never synced: the first sync is due at once.
        assertThat(connected.nextRun()).isEqualTo(shown(clock.instant()));

        controller.saveSchedule("27:00");
        assertThat(shown.last().schedule().problem()).isEqualTo("27:00 is not a time of day; use 00:00 to 23:59.");
        controller.saveSchedule("3:15");
        assertThat(shown.last().schedule().done()).isEqualTo("Saved: the clinic syncs by itself every day at 03:15.");
        assertThat(shown.last().schedule().problem()).isEmpty();
        assertThat(shown.last().scheduleTime()).isEqualTo("03:15");

        shown.states.clear();
        controller.syncNow();
        assertThat(shown.states.get(0).running()).isTrue();
        assertThat(shown.states.get(0).canSync()).isFalse();
        assertThat(shown.states).filteredOn(SyncController.State::running).extracting(SyncController.State::sent)
                .startsWith(0L).endsWith(waiting);
        assertThat(shown.states).filteredOn(SyncController.State::running).extracting(SyncController.State::toSend)
                .contains(waiting);
        SyncController.State done = shown.last();
        assertThat(done.running()).isFalse();
        assertThat(done.canSync()).isTrue();
        assertThat(done.sync().done()).isEqualTo("Synced: " + waiting + " records sent, 0 prices and 0 clients received.");
        assertThat(done.sync().problem()).isEmpty();
        assertThat(done.lastSuccess()).isEqualTo(shown(clock.instant()));
        assertThat(done.waiting()).isEqualTo("0 records waiting to go");
        assertThat(done.lastProblem()).isEqualTo("none");
        assertThat(done.sent()).isEqualTo(waiting);
        assertThat(centralSales(url)).isEqualTo(3);

        // Locking forgets what was shown; opening again reads it back.
        controller.forget();
        assertThat(shown.last().loaded()).isFalse();
        assertThat(shown.last().sync().done()).isEmpty();
        controller.load();
        assertThat(shown.last().url()).isEqualTo(url);
        assertThat(shown.last().user()).isEqualTo("postgres");
    }

    @Test
    void aCentreThatDoesNotAnswerIsSaidInPlainWordsWhileRetryingAndAtTheEnd() throws Exception {
        String url = CentralPostgres.cluster().newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
        SyncController controller = controller();
        controller.connect(url, "postgres", "", false, "");
        int dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = socket.getLocalPort();
        }
        String deadUrl = "jdbc:postgresql://localhost:" + dead + "/central";
        controller.connect(deadUrl, "postgres", "", false, "");
        assertThat(shown.last().connection().problem()).startsWith("The central database at localhost:" + dead
                + "/central does not answer");
        assertThat(shown.last().url()).isEqualTo(url);
        stores.settings().put("central.url", deadUrl);
        shown.states.clear();
        controller.syncNow();
        assertThat(shown.states).filteredOn(SyncController.State::running).extracting(SyncController.State::retrying)
                .filteredOn(r -> !r.isEmpty()).containsExactly(
                        sentence(dead) + " Trying again in 1 second.", sentence(dead) + " Trying again in 4 seconds.");
        SyncController.State failed = shown.last();
        assertThat(failed.running()).isFalse();
        assertThat(failed.retrying()).isEmpty();
        assertThat(failed.sync().done()).isEmpty();
        assertThat(failed.sync().problem()).isEqualTo(sentence(dead));
        assertThat(failed.lastProblem()).isEqualTo(sentence(dead));
        assertThat(failed.lastSuccess()).isEqualTo("never");
        assertThat(failed.nextRun()).isEqualTo(shown(clock.instant().plus(Duration.ofHours(1))));
        assertThat(failed.canSync()).isTrue();
    }

    @Test
    void aTlsConnectionFromTheOfficeIsVerifiedKeptAndKeptAgainOnAReconnect(@TempDir Path dir) throws Exception {
        Path server = TestCertificates.localhost(dir.resolve("server")).resolve("cert.pem");
        Path other = TestCertificates.localhost(dir.resolve("other")).resolve("cert.pem");
        CentralPostgres cluster = CentralPostgres.cluster();
        cluster.tls(server, server.resolveSibling("key.pem"));
        // This role may log in over TLS only (pg_hba: hostssl), so a sync that goes through went over TLS.
        cluster.role("knead_tls", "Tls-Only-1", true);
        String url = cluster.newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
        String where = url.substring("jdbc:postgresql://".length());
        SyncController controller = controller();
        controller.load();
        assertThat(shown.last().tls()).isFalse();
        assertThat(shown.last().caFile()).isEmpty();

        controller.connect(url, "knead_tls", "Tls-Only-1", true, " ");
        assertThat(shown.last().connection().problem()).isEqualTo("With Use TLS, give the CA certificate file the "
                + "central server's certificate is signed by.");
        controller.connect(url, "knead_tls", "Tls-Only-1", true, dir.resolve("none.pem").toString());
        assertThat(shown.last().connection().problem()).isEqualTo("Cannot read the CA certificate "
                + dir.resolve("none.pem") + ".");
        controller.test(url, "knead_tls", "Tls-Only-1", true, other.toString());
        assertThat(shown.last().connection().problem()).startsWith("The central database at " + where
                + " showed a certificate the CA file given");
        assertThat(shown.last().connected()).isFalse();

        controller.connect(url, "knead_tls", "Tls-Only-1", true, server.toString());
        SyncController.State connected = shown.last();
        assertThat(connected.connection().done()).isEqualTo("Connected: this clinic syncs with " + where
                + " as knead_tls over TLS, the server verified by " + server + ".");
        assertThat(connected.tls()).isTrue();
        assertThat(connected.caFile()).isEqualTo(server.toString());
        assertThat(CentralAccess.kept(stores).orElseThrow().caFile()).isEqualTo(server.toString());

        // The office locks and opens again: the page shows TLS set, and connecting again with what it shows
        // (the password left empty) keeps TLS; the sync, as the TLS-only role, goes through.
        controller.forget();
        controller.load();
        SyncController.State again = shown.last();
        assertThat(again.tls()).isTrue();
        assertThat(again.caFile()).isEqualTo(server.toString());
        controller.connect(again.url(), again.user(), "", again.tls(), again.caFile());
        assertThat(shown.last().connection().done()).endsWith("over TLS, the server verified by " + server + ".");
        assertThat(CentralAccess.kept(stores).orElseThrow().verified()).isTrue();
        assertThat(CentralAccess.kept(stores).orElseThrow().password()).isEqualTo("Tls-Only-1");
        controller.syncNow();
        assertThat(shown.last().sync().problem()).isEmpty();
        assertThat(shown.last().sync().done()).startsWith("Synced: ");
        assertThat(stores.audit().latest(10)).extracting(AuditStore.Entry::detail)
                .anyMatch(d -> d.contains("as knead_tls over TLS (CA " + server + ")"));
    }

    @Test
    void whoMayNotChangeSettingsIsToldSo() {
        openFor = stores.staff().active().stream().filter(m -> m.name().equals("Riley Brooks")).findFirst().orElseThrow();
        SyncController controller = controller();
        controller.saveSchedule("03:00");
        assertThat(shown.last().schedule().problem()).contains("may not change the clinic's settings");
        controller.syncNow();
        assertThat(shown.last().sync().problem())
                .isEqualTo("This clinic is not connected to a central database yet; connect it above first.");
        assertThat(shown.last().running()).isFalse();
    }

    @Test
    void theResultSaysLateRecordsAndPricesLeftOut() {
        assertThat(SyncController.said(new com.knead.usecase.SyncWithCentre.Done(1, 1, 1, 1, 2)))
                .isEqualTo("Synced: 1 record sent, 1 price and 1 client received. 1 of them was for a day the centre had "
                        + "already closed; it keeps it as late. 2 central prices are for services this clinic "
                        + "does not offer; they were left out.");
        assertThat(SyncController.said(new com.knead.usecase.SyncWithCentre.Done(12_345, 1000, 2, 3, 0)))
                .isEqualTo("Synced: 12,345 records sent, 2 prices and 3 clients received. 1,000 of them were for a day the "
                        + "centre had already closed; it keeps them as late.");
        assertThat(SyncController.said(new com.knead.usecase.SyncWithCentre.Done(0, 0, 0, 0, 0, 1)))
                .isEqualTo("Synced: 0 records sent, 0 prices and 0 clients received. 1 change of services, add-ons or "
                        + "staff made at the centre taken; the audit log lists them.");
        assertThat(SyncController.said(new com.knead.usecase.SyncWithCentre.Done(0, 0, 0, 0, 0, 3)))
                .endsWith(" 3 changes of services, add-ons or staff made at the centre taken; the audit log lists them.");
    }

    private static String sentence(int port) {
        return "The central database at localhost:" + port + "/central does not answer; it may be down or the "
                + "network cut. Nothing was lost: what is waiting goes at the next sync.";
    }

    private String shown(Instant at) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH).format(at.atZone(stores.clinic().zone()));
    }

    private static long centralSales(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM sale")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
