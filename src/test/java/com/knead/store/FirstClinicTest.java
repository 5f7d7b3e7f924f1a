package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.ClinicSetup;
import com.knead.domain.Ids;
import com.knead.domain.Modality;
import com.knead.domain.Pressure;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run setup is one transaction: a failure part-way leaves no half clinic. */
class FirstClinicTest {

    @TempDir
    Path dir;

    @Test
    void aFailurePartWayLeavesNoClinicAndNoOwner() {
        // A modality already there makes the setup fail after the clinic row is written.
        try (Database db = Database.open(dir)) {
            db.transaction(c -> {
                CatalogStore.insert(c, new Modality(Ids.next(), "THAI", "Thai", "left over", Pressure.MEDIUM, false, 1),
                        Instant.now());
                return null;
            });
        }
        ClinicSetup setup = new ClinicSetup("Linden Massage", "Lindenstraße 4", "", "EUR", "19", true,
                RoundingMode.HALF_UP, "00:00", "Jana Roth", "2580", "2580", Optional.empty());

        assertThatThrownBy(() -> Stores.create(dir, setup, ZoneId.of("Europe/Berlin"))).isInstanceOf(StoreFailure.class);

        assertThat(Stores.openIfSetUp(dir)).isEmpty();
        try (Database db = Database.open(dir)) {
            assertThat(count(db, "clinic")).isZero();
            assertThat(count(db, "staff")).isZero();
            assertThat(count(db, "modality")).isEqualTo(1);
        }
    }

    @Test
    void theOldWayStillGivesAnEmptyFolderTheDemo() {
        try (Stores stores = Stores.open(dir)) {
            assertThat(stores.clinic().demo()).isTrue();
            assertThat(stores.clinic().name()).isEqualTo(DemoSeed.DEMO_CLINIC);
        }
    }

    private static int count(Database db, String table) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
