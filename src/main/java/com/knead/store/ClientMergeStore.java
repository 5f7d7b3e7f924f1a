package com.knead.store;

import com.knead.domain.Ids;
import com.knead.domain.Refused;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Merges of two records of the same client, only ever added: a MERGE row joins the merged record to
 * the kept one, an UNDO row separates them again; the latest row of a pair counts. No visit, sale,
 * intake or note is moved, changed or deleted (notes and sales are in the tamper-evidence chain).
 */
public final class ClientMergeStore {

    private final Database db;

    ClientMergeStore(Database db) {
        this.db = db;
    }

    /** Joins {@code merged} to {@code kept}; refuses the same record twice, or a record already merged either way. */
    public void merge(UUID kept, UUID merged, UUID staffId, String reason, Instant at) {
        if (kept.equals(merged)) {
            throw new Refused("Choose two different client records to merge.");
        }
        db.transaction(c -> {
            lockClients(c, kept, merged);
            if (keptFor(c, merged).isPresent() || keptFor(c, kept).isPresent()) {
                throw new Refused("One of these records is already merged into another; undo that merge first.");
            }
            if (!mergedInto(c, merged).isEmpty()) {
                throw new Refused("Other records are merged into the one to merge away; merge into that record instead.");
            }
            insert(c, kept, merged, "MERGE", staffId, reason, at);
            return null;
        });
    }

    /** Separates {@code merged} from {@code kept} again; refuses when they are not merged. */
    public void undo(UUID kept, UUID merged, UUID staffId, String reason, Instant at) {
        db.transaction(c -> {
            lockClients(c, kept, merged);
            if (!keptFor(c, merged).equals(Optional.of(kept))) {
                throw new Refused("Those two records are not merged.");
            }
            insert(c, kept, merged, "UNDO", staffId, reason, at);
            return null;
        });
    }

    /** The records merged into {@code kept} now, oldest merge first. */
    public List<UUID> mergedInto(UUID kept) {
        return db.read(c -> mergedInto(c, kept));
    }

    /** The record {@code clientId} is merged into now, if it is. */
    public Optional<UUID> keptFor(UUID clientId) {
        return db.read(c -> keptFor(c, clientId));
    }

    /**
     * The records that are one client with {@code clientId} now: the kept record first, then those
     * merged into it, oldest merge first; just {@code clientId} when it is merged with nothing.
     */
    public List<UUID> sameClient(UUID clientId) {
        return db.read(c -> sameClient(c, clientId));
    }

    /** The same, in the caller's transaction, for a store's per-client list to read the whole client. */
    static List<UUID> sameClient(Connection c, UUID clientId) throws SQLException {
        UUID kept = keptFor(c, clientId).orElse(clientId);
        List<UUID> all = new ArrayList<>(List.of(kept));
        all.addAll(mergedInto(c, kept));
        return all;
    }

    /** "?,?,?" for {@code ids}, set from parameter {@code first} on by {@link #set}. */
    static String marks(List<UUID> ids) {
        return String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    }

    /** Sets {@code ids} as parameters from {@code first} on; returns the next parameter's index. */
    static int set(PreparedStatement ps, int first, List<UUID> ids) throws SQLException {
        int i = first;
        for (UUID id : ids) {
            ps.setObject(i++, id);
        }
        return i;
    }

    private static List<UUID> mergedInto(Connection c, UUID kept) throws SQLException {
        List<UUID> merged = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.merged_id FROM client_merge m WHERE m.kept_id = ? "
                + "AND m.kind = 'MERGE' AND NOT EXISTS (SELECT 1 FROM client_merge l WHERE l.merged_id = m.merged_id "
                + "AND (l.created_at > m.created_at OR (l.created_at = m.created_at AND l.id > m.id))) "
                + "ORDER BY m.created_at")) {
            ps.setObject(1, kept);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    merged.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return merged;
    }

    private static Optional<UUID> keptFor(Connection c, UUID clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT kept_id, kind FROM client_merge WHERE merged_id = ? "
                + "ORDER BY created_at DESC, id DESC LIMIT 1")) {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString("kind").equals("MERGE") ? Optional.of(rs.getObject(1, UUID.class))
                        : Optional.empty();
            }
        }
    }

    /** Locks both client rows, so two merges of the same records queue; refuses a record that is not there. */
    private static void lockClients(Connection c, UUID... ids) throws SQLException {
        for (UUID id : ids) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM client WHERE id = ? FOR UPDATE")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new Refused("There is no client with that number.");
                    }
                }
            }
        }
    }

    private static void insert(Connection c, UUID kept, UUID merged, String kind, UUID staffId, String reason,
                               Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO client_merge (id, kept_id, merged_id, kind, "
                + "staff_id, reason, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, Ids.next());
            ps.setObject(2, kept);
            ps.setObject(3, merged);
            ps.setString(4, kind);
            ps.setObject(5, staffId);
            ps.setString(6, reason == null ? "" : reason.strip());
            Rows.stamps(ps, 7, Rows.storable(at));
            ps.executeUpdate();
        }
    }
}
