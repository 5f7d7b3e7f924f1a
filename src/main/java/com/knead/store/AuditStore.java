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
 * The owner's audit log: one row per thing worth knowing later (a kiosk lookup, a wrong PIN, a staff
 * change, the office unlocked …), appended and never changed; there is no update or delete here on purpose.
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

        /** A new entry with its own key, at an instant the database keeps exactly. */
        public static Entry of(String place, String action, String outcome, Optional<UUID> client, Optional<UUID> staff,
                               String detail, Instant at) {
            return new Entry(Ids.next(), place, action, outcome, client, staff, detail, Rows.storable(at));
        }
    }

    /**
     * Which entries to read: those at or after {@code from} and before {@code until}, and, when given,
     * of one place, one action and one staff member.
     */
    public record Query(Instant from, Instant until, Optional<String> place, Optional<String> action,
                        Optional<UUID> staff) {
        public Query {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(staff, "staff");
        }
    }

    /** An entry with the names of the staff member and client it concerns ("" when none). */
    public record Named(Entry entry, String staffName, String clientName) {
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
        Entry entry = Entry.of(place, action, outcome, client, staff, detail, at);
        if (db.isCopyOfRunning()) {
            // A command reading a copy while Knead's windows hold the folder: the running Knead appends it.
            CopyServer.audit(db.folder(), entry);
            return entry;
        }
        db.transaction(c -> {
            append(c, entry);
            return null;
        });
        return entry;
    }

    /** Appends inside a transaction that records the action itself, so the two land together or not at all. */
    static void append(Connection c, Entry entry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(ps, entry);
            ps.executeUpdate();
        }
    }

    /**
     * Appends an entry a command sent from its copy ({@link CopyServer}), once: asked again with the same key
     * (the command retried after a lost answer), it is not appended twice.
     */
    static void appendOnce(Connection c, Entry entry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit WHERE id = ?")) {
            ps.setObject(1, entry.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
        }
        append(c, entry);
    }

    private static final String INSERT = "INSERT INTO audit (id, place, action, outcome, client_id, "
            + "staff_id, detail, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)";

    private static void bind(PreparedStatement ps, Entry entry) throws SQLException {
        ps.setObject(1, entry.id());
        ps.setString(2, entry.place());
        ps.setString(3, entry.action());
        ps.setString(4, entry.outcome());
        ps.setObject(5, entry.client().orElse(null));
        ps.setObject(6, entry.staff().orElse(null));
        ps.setString(7, entry.detail());
        Rows.stamps(ps, 8, entry.at());
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
                        found.add(entry(rs));
                    }
                }
            }
            return found;
        });
    }
    /** The entries {@code query} asks for, newest first, each with its staff member's and client's names. */
    public List<Named> find(Query query) {
        StringBuilder sql = new StringBuilder("SELECT a.id, a.place, a.action, a.outcome, a.client_id, a.staff_id, "
                + "a.detail, a.created_at, s.name AS staff_name, c.name AS client_name FROM audit a "
                + "LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN client c ON c.id = a.client_id "
                + "WHERE a.created_at >= ? AND a.created_at < ?");
        List<Object> values = new ArrayList<>(List.of(Rows.utc(query.from()), Rows.utc(query.until())));
        query.place().ifPresent(place -> {
            sql.append(" AND a.place = ?");
            values.add(place);
        });
        query.action().ifPresent(action -> {
            sql.append(" AND a.action = ?");
            values.add(action);
        });
        query.staff().ifPresent(staff -> {
            sql.append(" AND a.staff_id = ?");
            values.add(staff);
        });
        sql.append(" ORDER BY a.created_at DESC, a.id DESC");
        return db.read(c -> {
            List<Named> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    ps.setObject(i + 1, values.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Named(entry(rs), Objects.toString(rs.getString("staff_name"), ""),
                                Objects.toString(rs.getString("client_name"), "")));
                    }
                }
            }
            return found;
        });
    }

    /** The places and the actions logged so far, each sorted: what the viewer's filters offer. */
    public record Kinds(List<String> places, List<String> actions) {
    }

    public Kinds kinds() {
        return db.read(c -> new Kinds(distinct(c, "place"), distinct(c, "action")));
    }

    private static List<String> distinct(Connection c, String column) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT " + column + " FROM audit ORDER BY " + column);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(Rows.uuid(rs, "id"), rs.getString("place"), rs.getString("action"),
                rs.getString("outcome"), Optional.ofNullable(rs.getObject("client_id", UUID.class)),
                Optional.ofNullable(rs.getObject("staff_id", UUID.class)), rs.getString("detail"),
                Rows.instant(rs, "created_at"));
    }
}
