package com.knead.store;

import com.knead.domain.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner's audit log: one row per thing worth knowing later (a kiosk lookup, …), appended and
 * never changed; there is no update or delete here on purpose.
 */
public final class AuditStore {

    /**
     * One logged event.
     *
     * @param place   where it happened ("kiosk", "desk", "office")
     * @param action  what was tried ("returning lookup")
     * @param outcome how it ended ("found", "not found", "refused")
     * @param client  the client it concerned, when one was found
     * @param staff   the staff member who acted, or whose PIN was tried
     * @param detail  a short detail in words ("receipt 1042", "price of Swedish 60 min"), or ""
     */
    public record Entry(UUID id, String place, String action, String outcome, Optional<UUID> client,
                        Optional<UUID> staff, String detail, Instant at) {
        public Entry {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(at, "at");
        }
    }

    private final Database db;

    AuditStore(Database db) {
        this.db = db;
    }

    /** Appends an event about a client at {@code at}, by nobody in particular; returns it as stored. */
    public Entry append(String place, String action, String outcome, Optional<UUID> client, Instant at) {
        return append(place, action, outcome, client, Optional.empty(), "", at);
    }

    /** Appends an event at {@code at}; returns it as stored. */
    public Entry append(String place, String action, String outcome, Optional<UUID> client, Optional<UUID> staff,
                        String detail, Instant at) {
        Entry entry = new Entry(Ids.next(), place, action, outcome, client, staff, detail, Rows.storable(at));
        db.transaction(c -> {
            append(c, entry);
            return null;
        });
        return entry;
    }

    /** Appends inside a transaction that records the action itself, so the two land together or not at all. */
    static void append(Connection c, Entry entry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit (id, place, action, outcome, client_id, "
                + "staff_id, detail, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, entry.id());
            ps.setString(2, entry.place());
            ps.setString(3, entry.action());
            ps.setString(4, entry.outcome());
            ps.setObject(5, entry.client().orElse(null));
            ps.setObject(6, entry.staff().orElse(null));
            ps.setString(7, entry.detail());
            Rows.stamps(ps, 8, entry.at());
            ps.executeUpdate();
        }
    }

    /** The newest {@code limit} events, newest first. */
    public List<Entry> latest(int limit) {
        return db.read(c -> {
            List<Entry> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, place, action, outcome, client_id, staff_id, detail, created_at "
                    + "FROM audit ORDER BY created_at DESC, id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Entry(Rows.uuid(rs, "id"), rs.getString("place"), rs.getString("action"),
                                rs.getString("outcome"), Optional.ofNullable(rs.getObject("client_id", UUID.class)),
                                Optional.ofNullable(rs.getObject("staff_id", UUID.class)), rs.getString("detail"),
                                Rows.instant(rs, "created_at")));
                    }
                }
            }
            return found;
        });
    }
}
