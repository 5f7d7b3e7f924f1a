package com.knead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ClientVersions;
import com.knead.domain.Sale;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients edited at two locations while offline end with the same, documented winner everywhere
 * (higher version; at the same version the greater location id), whatever the clocks say; and a
 * record for a day the centre already closed is kept and listed, not dropped.
 */
class ClientSyncTest {

    private static final String PHONE = "555 777 0001";

    @TempDir
    Path north;
    @TempDir
    Path south;

    String url;

    @BeforeEach
    void centre() {
        url = CentralPostgres.cluster().newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
    }

    @Test
    void aClientEditedAtTwoLocationsEndsWithTheSameWinnerOnBothAndAtTheCentre() throws Exception {
        Instant now = Instant.now();
        // South's clock is six hours ahead: its edits look newest by time, which decides nothing.
        Instant southClock = now.plus(Duration.ofHours(6));
        UUID northId;
        UUID southId;
        try (Installation a = new Installation(north); Installation b = new Installation(south)) {
            northId = a.stores.sync().state().location();
            southId = b.stores.sync().state().location();
            a.kioskCheckIn("Cara Both", PHONE, "cara@first.example", now);
            a.syncNow(url);
            assertThat(b.syncNow(url).clients()).isEqualTo(1);

            // Offline, one edit each: the same version, so the greater location id wins.
            a.kioskCheckIn("Cara Both", PHONE, "cara@north.example", now.plusSeconds(60));
            b.kioskCheckIn("Cara Both", PHONE, "cara@south.example", southClock);
            syncBoth(a, b);
            String tieWinner = northId.toString().compareTo(southId.toString()) > 0
                    ? "cara@north.example" : "cara@south.example";
            assertThat(email(a)).isEqualTo(tieWinner);
            assertThat(email(b)).isEqualTo(tieWinner);

            // North edits twice, South once (with its clock hours ahead): North's higher version wins.
            a.kioskCheckIn("Cara Both", PHONE, "cara@north-1.example", now.plusSeconds(120));
            a.kioskCheckIn("Cara Both", PHONE, "cara@north-2.example", now.plusSeconds(180));
            b.kioskCheckIn("Cara Both", PHONE, "cara@south-late.example", southClock.plusSeconds(600));
            syncBoth(a, b);
            assertThat(email(a)).isEqualTo("cara@north-2.example");
            assertThat(email(b)).isEqualTo("cara@north-2.example");
        }
        try (Connection central = DriverManager.getConnection(url, "postgres", "");
             ResultSet rs = central.createStatement().executeQuery("SELECT email, COUNT(*) OVER () FROM client")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("cara@north-2.example");
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
    }

    private void syncBoth(Installation a, Installation b) throws InterruptedException {
        // Pushes in one order, pulls after both: each ends with what the centre decided.
        a.syncNow(url);
        b.syncNow(url);
        a.syncNow(url);
        b.syncNow(url);
    }

    @Test
    void theRuleDecidesByVersionThenByLocation() {
        UUID low = UUID.fromString("00000000-0000-7000-8000-000000000001");
        UUID high = UUID.fromString("ffffffff-0000-7000-8000-000000000001");
        assertThat(ClientVersions.wins(3, low, 2, high)).isTrue();
        assertThat(ClientVersions.wins(2, high, 3, low)).isFalse();
        assertThat(ClientVersions.wins(3, high, 3, low)).isTrue();
        assertThat(ClientVersions.wins(3, low, 3, high)).isFalse();
        assertThat(ClientVersions.wins(3, low, 3, low)).isFalse();
        assertThat(ClientVersions.wins(1, low, 1, null)).isTrue();
    }

    @Test
    void aSaleForADayTheCentreHadClosedIsKeptAndListedAsLate() throws Exception {
        try (Installation a = new Installation(north);
             CentralStore central = CentralStore.connect(new CentralAddress(url, "postgres", ""))) {
            UUID location = a.stores.sync().state().location();
            Sale early = a.sell("Eve Early", "555 777 0002", Instant.now());
            assertThat(a.syncNow(url).late()).isZero();
            LocalDate day = early.businessDay();
            central.closeDay(location, day);
            Sale late = a.sell("Lou Late", "555 777 0003", Instant.now());
            // The desk's business day is still open here; only the centre had closed it.
            assertThat(late.businessDay()).isEqualTo(day);
            assertThat(a.syncNow(url).late()).isEqualTo(1);
            assertThat(central.late(location)).containsExactly("sale " + late.id() + " " + day);
            try (PreparedStatement ps = DriverManager.getConnection(url, "postgres", "")
                    .prepareStatement("SELECT COUNT(*) FROM sale WHERE id IN (?, ?)")) {
                ps.setObject(1, early.id());
                ps.setObject(2, late.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(2);
                }
            }
            // Pushing it again neither doubles it nor lists it twice.
            a.stores.sync().pushedThrough(0);
            assertThat(a.syncNow(url).late()).isZero();
            assertThat(central.late(location)).hasSize(1);
        }
    }

    /** The client's email as the kiosk would find the returning visitor here. */
    private static String email(Installation at) {
        return at.stores.intakes().returning(PHONE, Installation.BORN).orElseThrow().details().email();
    }
}
