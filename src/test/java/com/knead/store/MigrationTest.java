package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.AddOn;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement()) {
            for (String table : List.of("clinic", "modality", "service_price", "add_on", "staff")) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    @Test
    void emptyFolderGetsTheSchemaAndTheDemoClinic() {
        try (Stores stores = Stores.open(dir)) {
            assertThat(stores.clinic().name()).isEqualTo("Knead Demo Clinic");
            assertThat(stores.clinic().currency().getCurrencyCode()).isEqualTo("USD");
            assertThat(stores.clinic().tax().inclusive()).isTrue();

            PriceList prices = stores.catalog().priceListOn(java.time.LocalDate.now());
            assertThat(prices.modalities()).hasSize(11);
            assertThat(prices.bookable()).as("every modality has a price").hasSize(11);
            assertThat(prices.modalities()).extracting(Modality::sortOrder).isSorted().doesNotHaveDuplicates();
            Modality deepTissue = TestClinic.modality(stores, "Deep tissue");
            assertThat(prices.price(deepTissue.id(), 60).orElseThrow().price()).isEqualTo(stores.clinic().money("85.00"));
            assertThat(prices.addOns()).extracting(AddOn::name)
                    .containsExactly("Hot stones", "Aromatherapy", "Extra 15 minutes");

            List<StaffMember> owners = stores.staff().active().stream()
                    .filter(m -> m.role() == StaffRole.OWNER).toList();
            assertThat(owners).singleElement().satisfies(owner -> {
                assertThat(owner.name()).isEqualTo(DemoSeed.DEMO_OWNER);
                assertThat(owner.unlocks("4827")).isTrue();
                assertThat(owner.unlocks("4321")).isFalse();
            });
        }
    }

    @Test
    void reopeningDoesNotSeedTwice() throws SQLException {
        PriceList first;
        try (Stores stores = Stores.open(dir)) {
            first = stores.catalog().priceListOn(java.time.LocalDate.now());
        }
        Map<String, Long> afterFirstOpen = rowCounts();
        assertThat(afterFirstOpen).containsEntry("clinic", 1L).containsEntry("modality", 11L)
                .containsEntry("add_on", 3L);

        try (Stores stores = Stores.open(dir)) {
            assertThat(stores.catalog().priceListOn(java.time.LocalDate.now())).isEqualTo(first);
        }
        assertThat(rowCounts()).isEqualTo(afterFirstOpen);
    }

    @Test
    void flywayRecordsEveryMigrationAppliedInOrder() throws SQLException {
        Stores.open(dir).close();
        List<String> applied = new ArrayList<>();
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"description\", \"success\" "
                     + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                applied.add(rs.getString("version") + " " + rs.getString("description") + " " + rs.getBoolean("success"));
            }
        }
        assertThat(applied).containsExactly("1 foundation true", "2 visit care true", "3 intake true", "4 desk true",
                "6 refunds true", "8 visit cancel reason true", "10 cash drawer true", "11 physician clearance true",
                "12 therapist shift true", "13 typed consent true", "14 audit true",
                "15 pin lockout and audit who true", "17 who did it true", "18 dated prices true",
                "19 first run and settings true", "20 z report true", "21 chain true",
                "23 prepaid offers true", "24 sync outbox true",
                "26 dated tax rate and asked wording true", "28 session notes true",
                "29 close of day and chain true", "33 visits travel true");
    }
}
