package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Database.SCHEMA_VERSION (the start-up fast path) must follow the newest migration file. */
class SchemaVersionTest {

    @Test
    void schemaVersionIsTheNewestMigration() throws IOException {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(String.valueOf(newest));
    }

    @Test
    void anUnfinishedMigrationIsLeftToFlyway(@TempDir Path dir) throws SQLException {
        Stores.open(dir).close();
        try (Connection c = DatabaseFile.connect(dir);
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE");
        }
        // Flyway, not the fast path, now sees the failed migration and refuses to open.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Stores.open(dir))
                .hasMessageContaining("failed");
    }

    @Test
    void reopeningACurrentDatabaseKeepsItsHistory(@TempDir Path dir) throws SQLException, IOException {
        Stores.open(dir).close();
        Stores.open(dir).close();
        try (Connection c = DatabaseFile.connect(dir);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" "
                     + "WHERE \"success\" AND \"version\" IS NOT NULL")) {
            rs.next();
            // Versions may have gaps (odd numbers belong to another branch until merged): count the files.
            assertThat(rs.getInt(1)).isEqualTo(migrationFiles());
            assertThat(rs.getInt(2)).isEqualTo(Integer.parseInt(Database.SCHEMA_VERSION));
        }
    }

    private static int migrationFiles() throws java.io.IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }
}
