package com.knead.sync;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tables compared row by row between installations and the centre: each row as one line of its
 * columns, keyed by id, so a lost row, a doubled row or a changed value shows in the diff.
 */
final class Rows {

    /** The tables that travel and the columns compared (the ones every installation and the centre share). */
    static final Map<String, String> COMPARED = Map.of(
            "sale", "id, receipt_number, business_day, total, tip, created_at",
            "sale_line", "id, sale_id, line_no, description, unit_price",
            "tender", "id, sale_id, kind, amount",
            "refund", "id, sale_id, kind, receipt_number",
            "drawer_session", "id, business_day, opening_float",
            "drawer_movement", "id, session_id, amount",
            "visit", "id, business_day, client_id, status");

    private Rows() {
    }

    /** Every row of the table by id, optionally only the given location's (the centre: location_id = ?). */
    static Map<String, String> of(Connection c, String table, String where, Object parameter) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        String columns = COMPARED.get(table);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM " + table + where)) {
            if (parameter != null) {
                ps.setObject(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int count = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= count; i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof BigDecimal amount) {
                            value = amount.stripTrailingZeros().toPlainString();
                        } else if (value instanceof java.time.OffsetDateTime at) {
                            value = at.toInstant();
                        } else if (value instanceof java.sql.Timestamp at) {
                            value = at.toInstant();
                        }
                        values.add(String.valueOf(value));
                    }
                    String previous = rows.put(values.get(0), String.join("|", values));
                    if (previous != null) {
                        throw new AssertionError(table + " holds " + values.get(0) + " twice");
                    }
                }
            }
        }
        return rows;
    }
}
