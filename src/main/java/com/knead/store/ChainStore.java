package com.knead.store;

import com.knead.domain.ChainCheck;
import com.knead.domain.ChainForm;
import com.knead.domain.ZNumbers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the tamper-evidence chain back, read-only, for {@code knead verify}: every link in order
 * with its record's canonical body as stored now, the head, and the chained rows no link covers.
 * {@link Chain} writes it.
 */
public final class ChainStore {

    /**
     * The chain as stored: its links in position order, where its head says it ends, the unlinked rows
     * by name, every Z's number and day in number order, and the chained kinds' version its head says
     * ({@link ChainCheck#kindsProblem}).
     */
    public record Snapshot(List<ChainCheck.Link> links, long headPosition, String headHash, List<String> unlinked,
                           List<ZNumbers.Closed> zs, int headKinds) {
    }

    private final Database db;

    ChainStore(Database db) {
        this.db = db;
    }

    /**
     * The whole chain as of one instant: read in one snapshot transaction (and rolled back, it writes
     * nothing), so a sale committed while it reads is either wholly in it, record and link, or not at all.
     */
    public Snapshot read() {
        return db.read(c -> {
            isolation(c, "SNAPSHOT");
            c.setAutoCommit(false);
            try {
                return read(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                isolation(c, "READ COMMITTED");
            }
        });
    }

    private static void isolation(Connection c, String level) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL " + level);
        }
    }

    private static Snapshot read(Connection c) throws SQLException {
        Map<String, Map<UUID, Chain.Stored>> records = new HashMap<>();
        for (ChainedKinds.Kind kind : ChainedKinds.ALL) {
            records.put(kind.tag(), Chain.all(c, kind));
        }
        List<ChainCheck.Link> links = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT position, kind, record_id, label, previous_hash, hash, "
                + "form FROM chain_link ORDER BY position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String tag = rs.getString("kind");
                UUID id = Rows.uuid(rs, "record_id");
                Map<UUID, Chain.Stored> ofKind = records.get(tag);
                Chain.Stored record = ofKind == null ? null : ofKind.remove(id);
                String anchor = null;
                if (record != null && record.kind().anchorColumn() != null) {
                    Object value = record.values().get(record.kind().anchorColumn());
                    anchor = value == null ? null : value.toString();
                }
                int form = rs.getInt("form");
                links.add(new ChainCheck.Link(rs.getLong("position"), tag, id, rs.getString("label"),
                        rs.getString("previous_hash"), rs.getString("hash"),
                        record == null ? null : record.body(form), anchor, form));
            }
        }
        List<String> unlinked = new ArrayList<>();
        for (ChainedKinds.Kind kind : ChainedKinds.ALL) {
            records.get(kind.tag()).values().stream()
                    .sorted(java.util.Comparator.comparing(Chain.Stored::createdAt))
                    .forEach(record -> unlinked.add(record.label()));
        }
        long headPosition = 0;
        String headHash = ChainForm.GENESIS;
        int headKinds = ChainCheck.KINDS;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_position, last_hash, kinds FROM chain_head");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                headPosition = rs.getLong(1);
                headHash = rs.getString(2);
                headKinds = rs.getInt(3);
            }
        }
        List<ZNumbers.Closed> zs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT z_number, business_day FROM z_report ORDER BY z_number");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                zs.add(new ZNumbers.Closed(rs.getLong(1), rs.getObject(2, LocalDate.class)));
            }
        }
        return new Snapshot(links, headPosition, headHash, unlinked, zs, headKinds);
    }
}
