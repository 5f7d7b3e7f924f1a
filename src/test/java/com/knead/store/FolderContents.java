package com.knead.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a closed data folder's database holds, as text that compares with equals: the
 * applied migrations, every table's columns, constraints and indexes, and every row of every table
 * (sorted, so order on disk does not matter). Two folders with equal contents hold the same data.
 */
record FolderContents(List<String> migrations, List<String> schema, Map<String, List<String>> rows) {

    /**
     * The chain's rows are made when a database is opened (its existing rows linked then): their keys
     * and stamps are that open's, so they are compared by what they link, not when they were made.
     */
    private static final Map<String, String> MADE_AT_OPEN = Map.of(
            "CHAIN_LINK", "SELECT position, kind, record_id, label, previous_hash, hash FROM chain_link",
            "CHAIN_HEAD", "SELECT last_position, last_hash FROM chain_head",
            // Likewise the sync's outbox (V24): it queues the records already there, numbered in their
            // order, and makes its counter and the installation's sync state (its location id is random
            // by design: each installation is a location of its own) with that upgrade's keys and stamps.
            "OUTBOX", "SELECT seq, kind, record_id FROM outbox",
            "COUNTER", "SELECT name, last_value FROM counter",
            "SYNC_STATE", "SELECT pushed_through, pulled_through FROM sync_state");

    static FolderContents of(Path folder) throws SQLException {
        try (Connection c = TestClinic.jdbc(folder)) {
            List<String> tables = column(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history' ORDER BY TABLE_NAME");
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (String table : tables) {
                rows.put(table, rows(c, MADE_AT_OPEN.containsKey(table) ? MADE_AT_OPEN.get(table)
                        : "SELECT * FROM \"" + table + "\""));
            }
            List<String> schema = new ArrayList<>();
            schema.addAll(rows(c, "SELECT TABLE_NAME, ORDINAL_POSITION, COLUMN_NAME, DATA_TYPE, IS_NULLABLE, "
                    + "COLUMN_DEFAULT FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "AND TABLE_NAME <> 'flyway_schema_history'"));
            schema.addAll(rows(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE "
                    + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = 'PUBLIC'"));
            schema.addAll(rows(c, "SELECT TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME "
                    + "FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC'"));
            List<String> migrations = column(c, "SELECT CONCAT_WS(' ', \"version\", \"description\", \"type\", "
                    + "\"checksum\", \"success\") FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"");
            return new FolderContents(migrations, schema, rows);
        }
    }

    /** The rows of one table, only in these columns: what a row held before later migrations added more. */
    static List<String> rows(Path folder, String table, List<String> columns) throws SQLException {
        try (Connection c = TestClinic.jdbc(folder)) {
            return rows(c, "SELECT " + String.join(", ", columns) + " FROM " + table);
        }
    }

    static List<String> columns(Path folder, String table) throws SQLException {
        try (Connection c = TestClinic.jdbc(folder)) {
            return column(c, "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "AND TABLE_NAME = '" + table + "' ORDER BY ORDINAL_POSITION");
        }
    }

    /** The versioned migrations applied, without Flyway's own entries. */
    List<String> versions() {
        return migrations.stream().filter(m -> m.matches("\\d+ .*")).toList();
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
