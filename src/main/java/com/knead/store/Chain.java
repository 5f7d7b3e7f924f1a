package com.knead.store;

import com.knead.domain.ChainCheck;
import com.knead.domain.ChainForm;
import com.knead.domain.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the tamper-evidence chain, always inside the transaction that records the record: the one
 * {@code chain_head} row is locked (until that transaction ends, so concurrent writers queue and the
 * chain never forks), the record is read back as stored and hashed after the head, the link is
 * inserted and the head moved on. A writer takes the head last, after its other locks (receipt
 * counter, the sale it refunds), so waiting for it never deadlocks. Reading the whole chain back
 * for {@code knead verify} is {@link ChainStore}.
 */
final class Chain {

    private static final Logger LOG = LoggerFactory.getLogger(Chain.class);

    /**
     * A chained record as stored now: its canonical form as links of form 1 hash it ({@code first}) and as
     * links of the current form do ({@code current}), and its hashed values by column.
     */
    record Stored(ChainedKinds.Kind kind, UUID id, ChainForm first, ChainForm current, Map<String, Object> values) {
        /** The body a link of {@code form} hashed. */
        String body(int form) {
            return (form < ChainForm.CURRENT ? first : current).body();
        }

        String label() {
            return kind.label().apply(values);
        }

        Instant createdAt() {
            return (Instant) values.get("created_at");
        }
    }

    private record Head(long position, String hash) {
    }

    /** The chained kinds' version a head records: 2 once the kinds chained since schema 29 are linked. */
    private static final int KINDS = ChainCheck.KINDS;

    private Chain() {
    }

    /**
     * Locks the chain until the caller's transaction ends and returns its head hash (the last link's,
     * or {@link ChainForm#GENESIS}). A Z calls this, keeps the hash in its row, then {@link #append}s itself.
     */
    static String head(Connection c) throws SQLException {
        return lockHead(c, 0).hash();
    }

    /** Links the record {@code id} of {@code kind}, just inserted in this transaction; returns its link hash. */
    static String append(Connection c, ChainedKinds.Kind kind, UUID id) throws SQLException {
        Head previous = lockHead(c, 1);
        Stored record = one(c, kind, id);
        String hash = ChainForm.hash(ChainForm.CURRENT, kind.tag(), id, previous.hash(), record.body(ChainForm.CURRENT));
        Instant now = Rows.storable(Instant.now());
        try (PreparedStatement ps = c.prepareStatement(INSERT_LINK)) {
            bindLink(ps, previous.position() + 1, record, previous.hash(), hash, now);
            ps.executeUpdate();
        }
        moveHead(c, previous.position() + 1, hash, now);
        // A chained record that travels to the centre is queued in the same transaction, after the chain's
        // lock. Session notes are chained but stay at the clinic: the centre has no table for them.
        if (TravellingKinds.travels(kind.tag())) {
            Outbox.add(c, kind.tag(), id);
        }
        return hash;
    }

    /**
     * Gives a database its chain head on its first open at this version, linking every chained row
     * already there (from before the chain, or a demo clinic's), oldest first, in one transaction. Does
     * nothing once the head exists.
     */
    static void linkExisting(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM chain_head");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        Head last = lastLink(c);
        Instant now = Rows.storable(Instant.now());
        if (last.position() > 0) {
            // Links without a head: someone deleted it. Start it again from the last link; verify still checks every link.
            LOG.warn("The chain had links but no head; its head is set again at link {}", last.position());
            insertHead(c, last, now);
            return;
        }
        List<Stored> existing = new ArrayList<>();
        for (ChainedKinds.Kind kind : ChainedKinds.ALL) {
            existing.addAll(all(c, kind).values());
        }
        existing.sort(Comparator.comparing(Stored::createdAt).thenComparing(s -> ChainedKinds.ALL.indexOf(s.kind()))
                .thenComparing(Stored::id));
        String previous = ChainForm.GENESIS;
        long position = 0;
        try (PreparedStatement ps = c.prepareStatement(INSERT_LINK)) {
            for (Stored record : existing) {
                String hash = ChainForm.hash(ChainForm.CURRENT, record.kind().tag(), record.id(), previous,
                        record.body(ChainForm.CURRENT));
                bindLink(ps, ++position, record, previous, hash, now);
                ps.addBatch();
                previous = hash;
            }
            ps.executeBatch();
        }
        insertHead(c, new Head(position, previous), now);
        if (position > 0) {
            LOG.info("Linked {} records recorded before the chain", position);
        }
    }

    /**
     * Links, once, the rows of the kinds chained since schema 29 (gift card and package movements) that an
     * upgraded clinic recorded before it, oldest first, after its chain so far; the head then says its
     * kinds are those of 29, and nothing is linked this way again: a movement added by SQL later has no link.
     * A head whose kinds were lowered by hand (it has links of form 2, which only a head of 29's kinds makes)
     * is left as it is, for {@code knead verify} to name, and nothing is linked: linking again would give a
     * movement added by SQL a link.
     */
    static void linkKindsSince29(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT kinds FROM chain_head");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getInt(1) >= KINDS) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM chain_link WHERE form >= 2");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                LOG.warn("The chain's head says fewer kinds of record than its links were made with: it was edited; "
                        + "nothing is linked again");
                return;
            }
        }
        List<Stored> existing = new ArrayList<>();
        for (ChainedKinds.Kind kind : ChainedKinds.SINCE_29) {
            existing.addAll(all(c, kind).values());
        }
        existing.sort(Comparator.comparing(Stored::createdAt).thenComparing(Stored::id));
        for (Stored record : existing) {
            append(c, record.kind(), record.id());
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE chain_head SET kinds = ?")) {
            ps.setInt(1, KINDS);
            ps.executeUpdate();
        }
        if (!existing.isEmpty()) {
            LOG.info("Linked {} gift card and package movements recorded before they were chained", existing.size());
        }
    }

    /**
     * Links the gift card and package movements {@code owner} (a sale's, with {@code refund_id IS NULL}, or a
     * refund's) made in this transaction, after the owner's own link, in the order they were made.
     */
    static void appendPrepaid(Connection c, String owner, UUID id) throws SQLException {
        for (ChainedKinds.Kind kind : ChainedKinds.SINCE_29) {
            List<UUID> made = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + kind.table() + " WHERE " + owner
                    + " ORDER BY id")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        made.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            for (UUID movement : made) {
                append(c, kind, movement);
            }
        }
    }

    /** The record {@code id} of {@code kind} as stored now. */
    static Stored one(Connection c, ChainedKinds.Kind kind, UUID id) throws SQLException {
        Map<UUID, Stored> found = read(c, kind, " WHERE id = ?", " WHERE " + "%s" + " = ?", id);
        Stored record = found.get(id);
        if (record == null) {
            throw new StoreFailure("Cannot chain " + kind.tag() + " " + id + ": it is not there", null);
        }
        return record;
    }

    /** Every record of {@code kind} as stored now, by key. */
    static Map<UUID, Stored> all(Connection c, ChainedKinds.Kind kind) throws SQLException {
        return read(c, kind, "", "", null);
    }

    private static Map<UUID, Stored> read(Connection c, ChainedKinds.Kind kind, String where, String partWhere,
                                          UUID id) throws SQLException {
        Map<UUID, Stored> records = new LinkedHashMap<>();
        List<String> columns = kind.columns(ChainForm.CURRENT);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM "
                + kind.table() + where)) {
            if (id != null) {
                ps.setObject(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ChainForm first = new ChainForm();
                    ChainForm current = new ChainForm();
                    Map<String, Object> values = new HashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = value(rs, i + 1);
                        if (i < kind.columns().size()) {
                            first.field(columns.get(i), value);
                        }
                        current.field(columns.get(i), value);
                        values.put(columns.get(i), value);
                    }
                    UUID key = (UUID) values.get("id");
                    records.put(key, new Stored(kind, key, first, current, values));
                }
            }
        }
        for (ChainedKinds.Part part : kind.parts()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + part.ownerColumn() + ", "
                    + String.join(", ", part.columns()) + " FROM " + part.table()
                    + String.format(partWhere, part.ownerColumn()) + " ORDER BY " + part.ownerColumn() + ", line_no")) {
                if (id != null) {
                    ps.setObject(1, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    UUID owner = null;
                    int number = 0;
                    while (rs.next()) {
                        UUID rowOwner = rs.getObject(1, UUID.class);
                        number = rowOwner.equals(owner) ? number + 1 : 1;
                        owner = rowOwner;
                        Stored record = records.get(owner);
                        if (record == null) {
                            continue;
                        }
                        record.first().part(part.name(), number);
                        record.current().part(part.name(), number);
                        for (int i = 0; i < part.columns().size(); i++) {
                            Object value = value(rs, i + 2);
                            record.first().field(part.columns().get(i), value);
                            record.current().field(part.columns().get(i), value);
                        }
                    }
                }
            }
        }
        return records;
    }

    /** A column's value as the canonical form takes it: instants and dates as java.time, the rest as JDBC gives them. */
    private static Object value(ResultSet rs, int index) throws SQLException {
        Object value = rs.getObject(index);
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp at) {
            return at.toInstant();
        }
        return value;
    }

    private static final String INSERT_LINK = "INSERT INTO chain_link (id, position, kind, record_id, label, "
            + "previous_hash, hash, created_at, updated_at, form) VALUES (?,?,?,?,?,?,?,?,?,?)";

    private static void bindLink(PreparedStatement ps, long position, Stored record, String previous, String hash,
                                 Instant now) throws SQLException {
        ps.setObject(1, Ids.next());
        ps.setLong(2, position);
        ps.setString(3, record.kind().tag());
        ps.setObject(4, record.id());
        String label = record.label();
        ps.setString(5, label.length() > 200 ? label.substring(0, 200) : label);
        ps.setString(6, previous);
        ps.setString(7, hash);
        Rows.stamps(ps, 8, now);
        ps.setInt(10, ChainForm.CURRENT);
    }

    /** Locks the head row (moving its position on by {@code advance}) and returns it as it was. */
    private static Head lockHead(Connection c, int advance) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE chain_head SET last_position = last_position + ?, updated_at = ?")) {
            ps.setInt(1, advance);
            ps.setObject(2, Rows.utc(Instant.now()));
            if (ps.executeUpdate() != 1) {
                throw new StoreFailure("The chain of records has no head; the database was opened without it", null);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_position, last_hash FROM chain_head");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Head(rs.getLong(1) - advance, rs.getString(2));
        }
    }

    private static void moveHead(Connection c, long position, String hash, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE chain_head SET last_position = ?, last_hash = ?, updated_at = ?")) {
            ps.setLong(1, position);
            ps.setString(2, hash);
            ps.setObject(3, Rows.utc(now));
            ps.executeUpdate();
        }
    }

    private static Head lastLink(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT position, hash FROM chain_link ORDER BY position DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, ChainForm.GENESIS);
        }
    }

    private static void insertHead(Connection c, Head head, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO chain_head (id, last_position, last_hash, "
                + "created_at, updated_at, kinds) VALUES (?,?,?,?,?,?)")) {
            ps.setObject(1, Ids.next());
            ps.setLong(2, head.position());
            ps.setString(3, head.hash());
            Rows.stamps(ps, 4, now);
            ps.setInt(6, KINDS);
            ps.executeUpdate();
        }
    }
}
