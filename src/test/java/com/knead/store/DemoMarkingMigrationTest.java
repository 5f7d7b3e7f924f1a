package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V19 marks a clinic made before it as the demo only when it is the seeded demo clinic; its day ends
 * at midnight, as before, and it has no logo.
 */
class DemoMarkingMigrationTest {

    @TempDir
    Path dir;

    private Stores upgraded(String folder, String clinicName) throws Exception {
        Path data = dir.resolve(folder);
        Files.createDirectories(data);
        Flyway.configure().dataSource(SchemaUpgrade.liveUrl(data), "knead", "").locations("classpath:db/migration")
                .target("15").load().migrate();
        String at = "TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+00'";
        try (Connection c = TestClinic.jdbc(data); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO clinic (id, name, address, phone, currency, tax_rate, tax_inclusive, rounding, "
                    + "zone, created_at, updated_at) VALUES ('00000000-0000-7000-8000-000000000001', '" + clinicName
                    + "', '3 Elm St', '555-0199', 'USD', 5, TRUE, 'HALF_UP', 'UTC', " + at + ", " + at + ")");
        }
        return Stores.openIfSetUp(data).orElseThrow();
    }

    @Test
    void theSeededDemoClinicIsMarkedDemoAndAnyOtherIsNot() throws Exception {
        try (Stores demo = upgraded("demo", DemoSeed.DEMO_CLINIC)) {
            assertThat(demo.clinic().demo()).isTrue();
            assertThat(demo.clinic().dayEnds()).isEqualTo(LocalTime.MIDNIGHT);
            assertThat(demo.clinic().logo()).isEmpty();
        }
        try (Stores other = upgraded("other", "Old Willow Clinic")) {
            assertThat(other.clinic().demo()).isFalse();
        }
    }
}
