package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Refused;
import com.knead.domain.SyncSchedule;
import com.knead.store.AuditStore;
import com.knead.sync.CentralAddress;
import com.knead.sync.CentralPostgres;
import com.knead.sync.PrivatePasswordFolder;
import com.knead.sync.CentralProblem;
import com.knead.sync.CentralStore;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The clinic's sync as the office and the nightly timer run it, against the tests' private
 * PostgreSQL: nothing due and Sync now refused until connected; connecting tried first, kept as the
 * command line keeps it (the password outside the data folder) and audited; the schedule refused,
 * changed and audited; the nightly sync due at its time, run once, not again until the next night.
 */
@ExtendWith(PrivatePasswordFolder.class)
class ClinicSyncTest extends OpenClinic {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-06-10T12:00:00Z"));
    private final List<Duration> paused = new ArrayList<>();
    private ClinicSync sync;

    @BeforeEach
    void atThisClinic() {
        sync = new ClinicSync(stores, clock, List.of(Duration.ofSeconds(1), Duration.ofSeconds(4)), paused::add);
    }

    private static String centre() {
        String url = CentralPostgres.cluster().newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
        return url;
    }

    private static String nobodyListens() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "jdbc:postgresql://localhost:" + socket.getLocalPort() + "/central";
        }
    }

    private Instant local(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), stores.clinic().zone()).toInstant();
    }

    @Test
    void notConnectedNothingIsDueAndSyncNowSaysConnectFirst() throws Exception {
        ClinicSync.Status status = sync.status();
        assertThat(status.connected()).isFalse();
        assertThat(status.url()).isEmpty();
        assertThat(status.where()).isEmpty();
        assertThat(status.nextRun()).isEmpty();
        assertThat(status.schedule()).isEqualTo(SyncSchedule.DEFAULT);
        assertThat(status.lastSuccess()).isEmpty();
        assertThat(status.zone()).isEqualTo(stores.clinic().zone());
        assertThat(sync.due()).isFalse();
        assertThat(sync.nightlyIfDue((p, of) -> { })).isEmpty();
        assertThatThrownBy(() -> sync.now((p, of) -> { }, ClinicSync.Retrying.QUIETLY)).isInstanceOf(Refused.class)
                .hasMessage("This clinic is not connected to a central database yet; connect it above first.");
        assertThat(stores.sync().state().lastAttempt()).isEmpty();
    }

    @Test
    void theScheduleIsTypedRefusedInPlainWordsAndAudited() {
        int audited = auditCount();
        assertThatThrownBy(() -> sync.changeSchedule(owner(), "25:00")).isInstanceOf(Refused.class)
                .hasMessage("25:00 is not a time of day; use 00:00 to 23:59.");
        assertThatThrownBy(() -> sync.changeSchedule(riley(), "03:00")).isInstanceOf(Refused.class)
                .hasMessageContaining("change the clinic's settings");
        assertThatThrownBy(() -> sync.changeSchedule(null, "03:00")).isInstanceOf(Refused.class)
                .hasMessage("The office is locked; unlock it first.");
        assertThat(auditCount()).isEqualTo(audited);
        assertThat(sync.changeSchedule(owner(), "3:30").text()).isEqualTo("03:30");
        assertThat(sync.schedule().text()).isEqualTo("03:30");
        assertThat(stores.settings().get(ClinicSync.SCHEDULE)).hasValue("03:30");
        sync.changeSchedule(owner(), "03:30");
        List<AuditStore.Entry> added = officeChangesSince(audited, owner(), clock.instant());
        assertThat(added).extracting(AuditStore.Entry::detail).containsExactly("sync time: 02:00 → 03:30");
        assertThat(added).extracting(AuditStore.Entry::action).containsExactly("settings");
    }

    @Test
    void typedAddressesAreCheckedInPlainWords() {
        assertThatThrownBy(() -> sync.address(" ", "knead", "")).isInstanceOf(Refused.class)
                .hasMessage("Type the central database's address, for example "
                        + "jdbc:postgresql://centre.example.com:5432/knead.");
        assertThatThrownBy(() -> sync.address(null, "knead", "")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> sync.address("mysql://centre/knead", "knead", "")).isInstanceOf(Refused.class)
                .hasMessage("The central database's address must look like jdbc:postgresql://HOST:PORT/DATABASE.");
        assertThat(sync.address(" centre.example.com:5432/knead ", " owner ", "pw"))
                .isEqualTo(new CentralAddress("jdbc:postgresql://centre.example.com:5432/knead", "owner", "pw"));
        assertThat(sync.address("centre/knead", "", "").url()).isEqualTo("jdbc:postgresql://centre/knead");
        assertThat(sync.address("jdbc:postgresql://centre/knead", "", "").user()).isEqualTo("knead");
    }

    @Test
    void withTlsTheCaFileIsAskedForAndCheckedAndAnEmptyPasswordKeepsTheKeptOne(@TempDir Path dir) throws Exception {
        String url = "jdbc:postgresql://centre.example.com:5432/knead";
        assertThatThrownBy(() -> sync.address(url, "knead", "pw", true, " ")).isInstanceOf(Refused.class)
                .hasMessage("With Use TLS, give the CA certificate file the central server's certificate is signed by.");
        assertThatThrownBy(() -> sync.address(url, "knead", "pw", true, null)).isInstanceOf(Refused.class);
        Path missing = dir.resolve("missing.pem");
        assertThatThrownBy(() -> sync.address(url, "knead", "pw", true, missing.toString())).isInstanceOf(Refused.class)
                .hasMessage("Cannot read the CA certificate " + missing + ".");
        assertThatThrownBy(() -> sync.address(url, "knead", "pw", true, dir.toString())).isInstanceOf(Refused.class)
                .hasMessage("Cannot read the CA certificate " + dir + ".");
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        assertThat(sync.address(url, "knead", "pw", true, " " + ca + " "))
                .isEqualTo(new CentralAddress(url, "knead", "pw", ca.toString()));
        // Unticked, the CA file typed is not used.
        assertThat(sync.address(url, "knead", "pw", false, ca.toString()).verified()).isFalse();
        CentralAccess.keep(stores, new CentralAddress(url, "knead", "kept-pw", ca.toString()));
        assertThat(sync.status().caFile()).isEqualTo(ca.toString());
        // An empty password keeps the kept one; TLS is what was typed now.
        assertThat(sync.address(url, "knead", "", true, ca.toString()))
                .isEqualTo(new CentralAddress(url, "knead", "kept-pw", ca.toString()));
        assertThat(sync.address(url, "knead", "", false, ""))
                .isEqualTo(new CentralAddress(url, "knead", "kept-pw", null));
        CentralAccess.keep(stores, new CentralAddress(url, "knead", "kept-pw"));
        assertThat(sync.status().caFile()).isEmpty();
    }

    @Test
    void connectingTriesTheCentreKeepsThePasswordApartAndIsAudited() throws Exception {
        String url = centre();
        assertThat(sync.test(url, "postgres", "")).isEqualTo(url.substring("jdbc:postgresql://".length()));
        assertThat(sync.status().connected()).isFalse();
        int audited = auditCount();
        ClinicSync.Status status = sync.connect(owner(), url, "postgres", "s3cret-Centr4l");
        assertThat(status.connected()).isTrue();
        assertThat(status.url()).isEqualTo(url);
        assertThat(status.user()).isEqualTo("postgres");
        assertThat(status.where()).isEqualTo(url.substring("jdbc:postgresql://".length()));
        Path file = CentralAccess.passwordFile(stores);
        assertThat(file.getParent()).isEqualTo(PrivatePasswordFolder.path());
        assertThat(Files.readString(file)).isEqualTo("s3cret-Centr4l");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("s3cret-Centr4l");
            }
        }
        String where = status.where();
        assertThat(officeChangesSince(audited, owner(), clock.instant())).extracting(AuditStore.Entry::detail)
                .containsExactly("central database: none → " + where + " as postgres");
        // Again with the password left empty: the kept one stays; a new one is audited as such.
        audited = auditCount();
        assertThat(sync.address(url, "postgres", "").password()).isEqualTo("s3cret-Centr4l");
        assertThat(sync.address(url, "other", "").password()).isEmpty();
        sync.connect(owner(), url, "postgres", "");
        sync.connect(owner(), url, "postgres", "n3w");
        assertThat(officeChangesSince(audited, owner(), clock.instant())).extracting(AuditStore.Entry::detail)
                .containsExactly("central database: " + where + " as postgres → " + where + " as postgres (new password)",
                        "central database: " + where + " as postgres → " + where + " as postgres");
        assertThatThrownBy(() -> sync.connect(riley(), url, "postgres", "")).isInstanceOf(Refused.class)
                .hasMessageContaining("change the clinic's settings");
    }

    @Test
    void withoutAFolderGivenThePasswordGoesWhereTheDatabaseKeyGoes() {
        String given = System.getProperty("knead.config");
        System.clearProperty("knead.config");
        try {
            // The tests' XDG_CONFIG_HOME (target/test-config), as for store/DatabaseKey; else ~/.config/knead.
            String xdg = System.getenv("XDG_CONFIG_HOME");
            Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                    : Path.of(System.getProperty("user.home"), ".config");
            assertThat(CentralAccess.passwordFile(stores)).isEqualTo(base.resolve("knead")
                    .resolve("central-" + stores.sync().state().location() + ".password"));
        } finally {
            System.setProperty("knead.config", given);
        }
    }

    @Test
    void aCentreThatDoesNotAnswerIsNotKept() throws Exception {
        String dead = nobodyListens();
        int audited = auditCount();
        String where = dead.substring("jdbc:postgresql://".length());
        assertThatThrownBy(() -> sync.connect(owner(), dead, "knead", "pw")).isInstanceOf(CentralProblem.class)
                .hasMessageStartingWith("The central database at " + where + " does not answer");
        assertThatThrownBy(() -> sync.test(dead, "knead", "pw")).isInstanceOf(CentralProblem.class);
        assertThat(sync.status().connected()).isFalse();
        assertThat(auditCount()).isEqualTo(audited);
    }

    @Test
    void theNightlySyncRunsAtItsTimeOnceAndNotAgainUntilTheNextNight() throws Exception {
        String url = centre();
        redFlagCheckIn("Nia Nightly");
        sync.connect(owner(), url, "postgres", "");
        LocalDate day = LocalDate.of(2026, 6, 10);
        clock.set(local(day, 1, 59));
        // Never synced: due at once (the history waits to go), and the next run says now.
        assertThat(sync.status().nextRun()).hasValue(clock.instant());
        long waiting = sync.status().waiting();
        assertThat(waiting).isPositive();
        List<Long> seen = new ArrayList<>();
        Optional<SyncWithCentre.Done> done = sync.nightlyIfDue((pushed, of) -> seen.add(pushed));
        assertThat(done).isPresent();
        assertThat(done.get().pushed()).isEqualTo(waiting);
        assertThat(seen).startsWith(0L).endsWith(waiting);
        assertThat(centralCount(url, "SELECT COUNT(*) FROM intake")).isEqualTo(1);
        ClinicSync.Status status = sync.status();
        assertThat(status.lastSuccess()).hasValue(clock.instant());
        assertThat(status.waiting()).isZero();
        assertThat(status.running()).isFalse();
        assertThat(status.nextRun()).hasValue(local(day, 2, 0));
        assertThat(sync.due()).isFalse();
        assertThat(sync.nightlyIfDue((p, of) -> { })).isEmpty();
        clock.set(local(day, 2, 0));
        assertThat(sync.due()).isTrue();
        assertThat(sync.nightlyIfDue((p, of) -> { })).isPresent();
        clock.set(local(day, 23, 59));
        assertThat(sync.due()).isFalse();
        assertThat(sync.status().nextRun()).hasValue(local(day.plusDays(1), 2, 0));
        // By hand, whenever wanted.
        redFlagCheckIn("Bo Byhand");
        assertThat(sync.now((p, of) -> { }, ClinicSync.Retrying.QUIETLY).pushed()).isPositive();
        assertThat(centralCount(url, "SELECT COUNT(*) FROM intake")).isEqualTo(2);
    }

    @Test
    void aFailedSyncIsKeptInPlainWordsRetriedWithItsWaitsAndAgainAnHourLater() throws Exception {
        String url = centre();
        sync.connect(owner(), url, "postgres", "");
        String dead = nobodyListens();
        stores.settings().put(CentralAccess.URL, dead);
        List<String> told = new ArrayList<>();
        assertThatThrownBy(() -> sync.now((p, of) -> { }, (problem, wait) -> told.add(wait.toSeconds() + " " + problem)))
                .isInstanceOf(CentralProblem.class).hasMessageContaining("does not answer");
        assertThat(paused).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(4));
        assertThat(told).hasSize(2).allSatisfy(t -> assertThat(t).contains("does not answer"));
        assertThat(told.get(0)).startsWith("1 The central database at");
        assertThat(told.get(1)).startsWith("4 The central database at");
        ClinicSync.Status status = sync.status();
        assertThat(status.lastProblem()).startsWith("The central database at " + dead.substring(18) + " does not answer");
        assertThat(status.lastSuccess()).isEmpty();
        assertThat(status.nextRun()).hasValue(clock.instant().plus(SyncSchedule.RETRY));
        assertThat(sync.due()).isFalse();
        clock.set(clock.instant().plus(SyncSchedule.RETRY));
        assertThat(sync.due()).isTrue();
    }

    @Test
    void oneSyncAtATime() throws Exception {
        String url = centre();
        redFlagCheckIn("Uma Underway");
        sync.connect(owner(), url, "postgres", "");
        List<String> inner = new ArrayList<>();
        sync.now((pushed, of) -> {
            if (inner.isEmpty()) {
                inner.add(sync.status().running() ? "running" : "idle");
                try {
                    sync.now((p, o) -> { }, ClinicSync.Retrying.QUIETLY);
                } catch (Refused e) {
                    inner.add(e.getMessage());
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                try {
                    inner.add(String.valueOf(sync.nightlyIfDue((p, o) -> { }).isPresent()));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, ClinicSync.Retrying.QUIETLY);
        assertThat(inner).containsExactly("running", "A sync is already under way; its result shows here when it ends.",
                "false");
        assertThat(sync.status().running()).isFalse();
    }

    private static long centralCount(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
