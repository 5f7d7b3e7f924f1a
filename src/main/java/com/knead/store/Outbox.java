package com.knead.store;

import com.knead.domain.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the sync outbox, always inside the transaction that records the record, and as that
 * transaction's last lock: the 'outbox' counter's row lock is held to the commit, so outbox rows
 * become visible in the order of their seq and a sync never reads past one still to commit.
 */
final class Outbox {

    private Outbox() {
    }

    /** Queues the record {@code id} of the kind tagged {@code tag}, recorded in this transaction, for the centre. */
    static void add(Connection c, String tag, UUID id) throws SQLException {
        long seq = Counters.next(c, "outbox");
        Instant now = Rows.storable(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (seq, id, kind, record_id, created_at, "
                + "updated_at) VALUES (?,?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setObject(2, Ids.next());
            ps.setString(3, tag);
            ps.setObject(4, id);
            Rows.stamps(ps, 5, now);
            ps.executeUpdate();
        }
    }

    static void add(Connection c, TravellingKinds.Kind kind, UUID id) throws SQLException {
        add(c, kind.tag(), id);
    }

    /**
     * A client added or edited here in this transaction: its version counts on past any version seen
     * (last writer wins between locations by version, then by location id), marked as this
     * location's edit, and it is queued for the centre.
     */
    static void clientEdited(Connection c, UUID clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE client SET version = version + 1, version_location = "
                + "(SELECT location_id FROM sync_state) WHERE id = ?")) {
            ps.setObject(1, clientId);
            ps.executeUpdate();
        }
        add(c, TravellingKinds.CLIENT, clientId);
    }
}
