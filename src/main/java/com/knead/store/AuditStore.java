package com.knead.store;

import com.knead.domain.Ids;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
     */
    public record Entry(UUID id, String place, String action, String outcome, Optional<UUID> client, Instant at) {
        public Entry {
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

    /** Appends an event at {@code at}; returns it as stored. */
    public Entry append(String place, String action, String outcome, Optional<UUID> client, Instant at) {
        Entry entry = new Entry(Ids.next(), place, action, outcome, client, Rows.storable(at));
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit (id, place, action, outcome, client_id, "
                    + "created_at, updated_at) VALUES (?,?,?,?,?,?,?)")) {
                ps.setObject(1, entry.id());
                ps.setString(2, place);
                ps.setString(3, action);
                ps.setString(4, outcome);
                ps.setObject(5, client.orElse(null));
                Rows.stamps(ps, 6, entry.at());
                ps.executeUpdate();
            }
            return null;
        });
        return entry;
    }

    /** The newest {@code limit} events, newest first. */
    public List<Entry> latest(int limit) {
        return db.read(c -> {
            List<Entry> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, place, action, outcome, client_id, created_at "
                    + "FROM audit ORDER BY created_at DESC, id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Entry(Rows.uuid(rs, "id"), rs.getString("place"), rs.getString("action"),
                                rs.getString("outcome"), Optional.ofNullable(rs.getObject("client_id", UUID.class)),
                                Rows.instant(rs, "created_at")));
                    }
                }
            }
            return found;
        });
    }
}
