package com.knead.store;

import com.knead.domain.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Gap-free counters (receipt numbers, the day's queue numbers). The increment takes a row lock that
 * lasts until the caller's transaction ends, so two check-ins never get the same number and a
 * rolled-back sale gives its number back.
 */
final class Counters {

    private Counters() {
    }

    static long next(Connection connection, String name) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE counter SET last_value = last_value + 1, updated_at = ? WHERE name = ?")) {
            update.setObject(1, Rows.utc(now));
            update.setString(2, name);
            if (update.executeUpdate() == 0) {
                if (tryCreate(connection, name, 1, now)) {
                    return 1;
                }
                // Another transaction created it first and has committed by now: count on from there.
                update.executeUpdate();
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT last_value FROM counter WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Takes the counter's row lock without counting, until the caller's transaction ends: whoever takes
     * the next number waits for it (the close of a day holds the receipt counter so that no sale or
     * refund lands on the day while it is being closed).
     */
    static void hold(Connection connection, String name) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE counter SET last_value = last_value, updated_at = ? WHERE name = ?")) {
            update.setObject(1, Rows.utc(now));
            update.setString(2, name);
            if (update.executeUpdate() == 0 && !tryCreate(connection, name, 0, now)) {
                update.executeUpdate();
            }
        }
    }

    private static boolean tryCreate(Connection connection, String name, long first, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO counter (id, name, last_value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, Ids.next());
            insert.setString(2, name);
            insert.setLong(3, first);
            Rows.stamps(insert, 4, now);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}
