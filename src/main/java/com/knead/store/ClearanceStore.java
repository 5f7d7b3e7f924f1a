package com.knead.store;

import com.knead.domain.Approval;
import com.knead.domain.Clearance;
import com.knead.domain.Refused;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Physician clearances of red-flagged visits: only ever added, the latest of a visit counts. */
public final class ClearanceStore {

    private static final String SELECT = "SELECT p.id, p.visit_id, p.kind, p.physician, p.cleared_on, p.note, "
            + "p.approved_by, a.name AS approver, p.created_at FROM physician_clearance p "
            + "LEFT JOIN staff a ON a.id = p.approved_by ";
    private static final String NEWEST_FIRST = " ORDER BY p.created_at DESC, p.id DESC";

    private final Database db;

    ClearanceStore(Database db) {
        this.db = db;
    }

    /** Adds a record to its visit; refuses a visit that does not exist or raised no red flag. */
    public Clearance record(Clearance clearance) {
        return record(clearance, null);
    }

    /** The same, by {@code recordedBy} (who was signed in at the desk; may be null). */
    public Clearance record(Clearance clearance, UUID recordedBy) {
        Clearance stored = new Clearance(clearance.id(), clearance.visitId(), clearance.kind(), clearance.physician(),
                clearance.clearedOn(), clearance.note(), clearance.approval(), Rows.storable(clearance.recordedAt()));
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT red_flag FROM visit WHERE id = ?")) {
                ps.setObject(1, stored.visitId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new Refused("That visit no longer exists.");
                    }
                    if (!rs.getBoolean(1)) {
                        throw new Refused("Only a visit whose intake raised a red flag needs a physician clearance.");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO physician_clearance (id, visit_id, kind, "
                    + "physician, cleared_on, note, approved_by, created_at, updated_at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                ps.setObject(1, stored.id());
                ps.setObject(2, stored.visitId());
                ps.setString(3, stored.kind().name());
                ps.setString(4, stored.physician());
                ps.setObject(5, stored.clearedOn());
                ps.setString(6, stored.note());
                ps.setObject(7, stored.approval() == null ? null : stored.approval().staffId());
                Rows.stamps(ps, 8, stored.recordedAt());
                ps.setObject(10, recordedBy);
                ps.executeUpdate();
            }
            Outbox.add(c, TravellingKinds.CLEARANCE, stored.id());
            return stored;
        });
    }

    /**
     * The record that stands for a visit: its own latest, or else a physician's clearance carried over
     * from one of the same client's earlier visits ({@link #carried}).
     */
    public Optional<Clearance> latest(UUID visitId) {
        return db.read(c -> standing(c, visitId));
    }

    /** Every record of the client's visits, newest first. */
    public List<Clearance> forClient(UUID clientId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "JOIN visit v ON v.id = p.visit_id "
                    + "WHERE v.client_id = ?" + NEWEST_FIRST)) {
                ps.setObject(1, clientId);
                List<Clearance> all = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.add(read(rs));
                    }
                }
                return all;
            }
        });
    }

    /** The latest record of the visit with this queue number on that day, if any. */
    public Optional<Clearance> latest(LocalDate day, int queueNumber) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "JOIN visit v ON v.id = p.visit_id "
                    + "WHERE v.business_day = ? AND v.queue_number = ?" + NEWEST_FIRST + " LIMIT 1")) {
                ps.setObject(1, day);
                ps.setInt(2, queueNumber);
                Optional<Clearance> own = first(ps);
                if (own.isPresent()) {
                    return own;
                }
                Optional<UUID> visit = visitId(c, day, queueNumber);
                return visit.isPresent() ? carried(c, visit.get()) : Optional.empty();
            }
        });
    }

    /** The latest record of each of a day's visits that has one, by visit. */
    public Map<UUID, Clearance> latestForDay(LocalDate day) {
        return db.read(c -> {
            Map<UUID, Clearance> latest = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + "JOIN visit v ON v.id = p.visit_id "
                    + "WHERE v.business_day = ?" + NEWEST_FIRST)) {
                ps.setObject(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Clearance clearance = read(rs);
                        latest.putIfAbsent(clearance.visitId(), clearance);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM visit WHERE business_day = ? AND red_flag")) {
                ps.setObject(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID visit = Rows.uuid(rs, "id");
                        if (!latest.containsKey(visit)) {
                            carried(c, visit).ifPresent(clearance -> latest.put(visit, clearance));
                        }
                    }
                }
            }
            return latest;
        });
    }

    /** The latest record of a visit inside the caller's transaction (the session start checks it there). */
    static Optional<Clearance> latest(Connection c, UUID visitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE p.visit_id = ?" + NEWEST_FIRST + " LIMIT 1")) {
            ps.setObject(1, visitId);
            return first(ps);
        }
    }

    /** The visit's own latest record, or else a clearance carried over to it, in the caller's transaction. */
    static Optional<Clearance> standing(Connection c, UUID visitId) throws SQLException {
        Optional<Clearance> own = latest(c, visitId);
        return own.isPresent() ? own : carried(c, visitId);
    }

    /**
     * A physician's clearance from one of the client's earlier visits that still speaks for this one:
     * the newest earlier visit whose latest record is a clearance of less than twelve months before
     * this visit's day, when no visit since (this one included) raised a red flag that visit did not.
     */
    static Optional<Clearance> carried(Connection c, UUID visitId) throws SQLException {
        List<UUID> visits = new ArrayList<>();
        List<Set<String>> flags = new ArrayList<>();
        LocalDate day = null;
        Optional<UUID> client = clientOf(c, visitId);
        if (client.isEmpty()) {
            return Optional.empty();
        }
        // The visits of every record merged with the client's: a clearance under one stands for the person.
        List<UUID> same = ClientMergeStore.sameClient(c, client.get());
        try (PreparedStatement ps = c.prepareStatement("SELECT v.id, v.business_day, v.red_flag, i.red_flags FROM visit v "
                + "LEFT JOIN intake i ON i.id = v.intake_id WHERE v.client_id IN (" + ClientMergeStore.marks(same) + ") "
                + "ORDER BY v.business_day, v.queue_number")) {
            ClientMergeStore.set(ps, 1, same);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && day == null) {
                    UUID id = Rows.uuid(rs, "id");
                    visits.add(id);
                    flags.add(flagCodes(rs.getBoolean("red_flag"), rs.getString("red_flags")));
                    if (id.equals(visitId)) {
                        day = rs.getObject("business_day", LocalDate.class);
                    }
                }
            }
        }
        if (day == null) {
            return Optional.empty();
        }
        for (int earlier = visits.size() - 2; earlier >= 0; earlier--) {
            Optional<Clearance> record = latest(c, visits.get(earlier));
            if (record.isPresent() && record.get().carriesOverTo(day, flags.get(earlier),
                    flags.subList(earlier + 1, flags.size()))) {
                return record;
            }
        }
        return Optional.empty();
    }

    /** The codes of a visit's red flags; a flagged visit without an intake counts as a flag no clearance covers. */
    private static Set<String> flagCodes(boolean flagged, String stored) {
        Set<String> codes = new HashSet<>();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                if (line.contains("=")) {
                    codes.add(line.substring(0, line.indexOf('=')));
                }
            }
        }
        if (flagged && codes.isEmpty()) {
            codes.add("?");
        }
        return codes;
    }

    private static Optional<UUID> clientOf(Connection c, UUID visitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT client_id FROM visit WHERE id = ?")) {
            ps.setObject(1, visitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(Rows.uuid(rs, "client_id")) : Optional.empty();
            }
        }
    }

    private static Optional<UUID> visitId(Connection c, LocalDate day, int queueNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM visit WHERE business_day = ? AND queue_number = ?")) {
            ps.setObject(1, day);
            ps.setInt(2, queueNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Rows.uuid(rs, "id")) : Optional.empty();
            }
        }
    }

    private static Optional<Clearance> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
    }

    private static Clearance read(ResultSet rs) throws SQLException {
        UUID approver = Rows.uuid(rs, "approved_by");
        return new Clearance(Rows.uuid(rs, "id"), Rows.uuid(rs, "visit_id"),
                Clearance.Kind.valueOf(rs.getString("kind")), rs.getString("physician"),
                rs.getObject("cleared_on", LocalDate.class), rs.getString("note"),
                approver == null ? null : new Approval(approver, rs.getString("approver")),
                Rows.instant(rs, "created_at"));
    }
}
