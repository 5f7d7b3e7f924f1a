package com.knead.store;

import static com.knead.store.TestClinic.AFTERNOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Approval;
import com.knead.domain.Clearance;
import com.knead.domain.Ids;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Physician clearances on a real H2 folder: appended, the latest counts, and the session start obeys it. */
class ClearanceStoreTest extends WithOpenStores {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private Visit flagged(String name, String phone) {
        return TestClinic.redFlagCheckIn(stores, name, phone, AFTERNOON);
    }

    private Approval owner() {
        StaffMember owner = stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER).findFirst()
                .orElseThrow();
        return Approval.check(owner, "4827", Clearance.MAY_WAIVE, "a session without a physician clearance");
    }

    @Test
    void aRedFlaggedSessionWaitsForAClearanceAndTheLatestRecordCounts() {
        Visit visit = flagged("Rita Reyes", "555 300 0001");
        assertThat(visit.redFlag()).isTrue();
        assertThat(stores.clearances().latest(visit.id())).isEmpty();
        assertThatThrownBy(() -> stores.visits().move(visit.id(), VisitStatus.IN_SESSION))
                .isInstanceOf(Refused.class).hasMessageStartingWith("Rita Reyes's intake has a red flag");

        Clearance none = stores.clearances().record(Clearance.none(visit.id(), "will ask her GP", AFTERNOON));
        assertThatThrownBy(() -> stores.visits().move(visit.id(), VisitStatus.IN_SESSION))
                .isInstanceOf(Refused.class).hasMessageStartingWith("Rita Reyes has no physician clearance");
        assertThat(stores.visits().find(visit.id()).orElseThrow().status()).isEqualTo(VisitStatus.CHECKED_IN);

        Clearance cleared = stores.clearances().record(Clearance.cleared(visit.id(), "Dr. Rosa Diaz 😀", "2026-03-09",
                "letter on file; avoid the left calf", TODAY, AFTERNOON.plusSeconds(60)));
        assertThat(stores.clearances().latest(visit.id())).contains(cleared);
        assertThat(stores.clearances().latest(visit.businessDay(), visit.queueNumber())).contains(cleared);
        assertThat(stores.clearances().latestForDay(visit.businessDay())).containsOnly(Map.entry(visit.id(), cleared));
        assertThat(stores.visits().move(visit.id(), VisitStatus.IN_SESSION).status()).isEqualTo(VisitStatus.IN_SESSION);
        assertThat(none).isNotEqualTo(cleared);
    }

    @Test
    void aManagersWaiverKeepsWhoApprovedAndWhy() {
        Visit visit = flagged("Sam Stone", "555 300 0002");
        Clearance waived = stores.clearances().record(Clearance.waived(visit.id(), "knee surgery in 2019; back only",
                owner(), AFTERNOON));
        Clearance read = stores.clearances().latest(visit.id()).orElseThrow();
        assertThat(read).isEqualTo(waived);
        assertThat(read.approval().staffName()).isEqualTo(DemoSeed.DEMO_OWNER);
        assertThat(stores.visits().move(visit.id(), VisitStatus.IN_SESSION).status()).isEqualTo(VisitStatus.IN_SESSION);
    }

    @Test
    void recordsAreOnlyAddedWithTheirOwnKeyAndUtcTimes() throws SQLException {
        Visit visit = flagged("Rita Reyes", "555 300 0001");
        Visit other = flagged("Sam Stone", "555 300 0002");
        stores.clearances().record(Clearance.none(visit.id(), "", AFTERNOON));
        Clearance latest = stores.clearances().record(Clearance.cleared(visit.id(), "Dr. Rosa Diaz", "2026-03-10", "",
                TODAY, AFTERNOON.plusSeconds(5)));
        stores.clearances().record(Clearance.none(other.id(), "", AFTERNOON.plusSeconds(10)));
        assertThat(stores.clearances().latestForDay(visit.businessDay()))
                .containsEntry(visit.id(), latest).hasSize(2)
                .extractingByKey(other.id()).extracting(Clearance::kind).isEqualTo(Clearance.Kind.NONE);

        closeStores();
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, kind, created_at, updated_at FROM physician_clearance "
                     + "WHERE visit_id = '" + visit.id() + "' ORDER BY created_at")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("kind")).isEqualTo("NONE");
            assertThat(rs.getObject("created_at", OffsetDateTime.class).getOffset()).isEqualTo(ZoneOffset.UTC);
            assertThat(rs.getObject("updated_at", OffsetDateTime.class).toInstant()).isEqualTo(AFTERNOON);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject("id", java.util.UUID.class)).isEqualTo(latest.id());
            assertThat(rs.getObject("id", java.util.UUID.class).version()).isEqualTo(7);
            assertThat(rs.getString("kind")).isEqualTo("CLEARED");
            assertThat(rs.next()).as("both records kept").isFalse();
        }
    }

    @Test
    void aVisitWithoutARedFlagOrThatDoesNotExistIsRefused() {
        Visit plain = TestClinic.checkIn(stores, "Ana Silva", AFTERNOON);
        assertThatThrownBy(() -> stores.clearances().record(Clearance.none(plain.id(), "", AFTERNOON)))
                .isInstanceOf(Refused.class)
                .hasMessage("Only a visit whose intake raised a red flag needs a physician clearance.");
        assertThatThrownBy(() -> stores.clearances().record(Clearance.none(Ids.next(), "", AFTERNOON)))
                .isInstanceOf(Refused.class).hasMessage("That visit no longer exists.");
        assertThat(stores.visits().move(plain.id(), VisitStatus.IN_SESSION).status())
                .as("a visit without a red flag needs no clearance").isEqualTo(VisitStatus.IN_SESSION);
    }
}
