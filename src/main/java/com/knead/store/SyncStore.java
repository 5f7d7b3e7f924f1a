package com.knead.store;

import com.knead.domain.ClientVersions;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The local side of the nightly sync: this installation's location id, the outbox read in order
 * with each record as stored now, how far the centre has confirmed, and what was pulled from the
 * centre (dated prices, clients) written into the clinic's tables. The outbox itself is written by
 * {@link Outbox} inside the transactions that record.
 */
public final class SyncStore {

    /** One outbox entry with its record: the table's columns in order, and its part tables' rows. */
    public record Travelling(long seq, String kind, String table, UUID recordId, Map<String, Object> values,
                             Map<String, List<Map<String, Object>>> parts) {
    }

    /** The sync's state: the location, how far the push is confirmed and the pull has read, and the last run. */
    public record State(UUID location, long pushedThrough, long pulledThrough, long waiting,
                        Optional<Instant> lastAttempt, Optional<Instant> lastSuccess, String lastProblem) {
    }

    /** A dated price the centre made, by the item's code (ids differ between installations). */
    public record PulledPrice(UUID id, String itemKind, String modalityCode, int minutes, String addOnCode,
                              BigDecimal price, Optional<LocalDate> from, String madeByName, Instant createdAt) {
    }

    /** A client as the centre holds it, with the version that decides between two edits. */
    public record PulledClient(UUID id, String name, String phone, String email, LocalDate dateOfBirth, long version,
                               UUID versionLocation, Instant createdAt, Instant updatedAt) {
    }

    /**
     * A modality as the centre made it, by the code every installation shares: its durations in
     * minutes (empty: the centre names none, the clinic's own stay), whether the kiosk shows it, and
     * its place in the list (empty: after the clinic's own).
     */
    public record PulledModality(UUID id, String code, String name, String description, List<Integer> minutes,
                                 boolean onKiosk, Optional<Integer> sortOrder) {
        public PulledModality {
            minutes = List.copyOf(minutes);
        }
    }

    /** An add-on as the centre made it, by its code; priced by the centre's dated prices. */
    public record PulledAddOn(UUID id, String code, String name) {
    }

    /** A staff member as the centre made them, kept here under the centre's id; never a PIN. */
    public record PulledStaff(UUID id, String name, String role, boolean active) {
    }

    /** The services, add-ons and staff the centre changed, in its change order. */
    public record PulledCatalog(List<PulledModality> modalities, List<PulledAddOn> addOns, List<PulledStaff> staff) {
        public static final PulledCatalog NONE = new PulledCatalog(List.of(), List.of(), List.of());

        public PulledCatalog {
            modalities = List.copyOf(modalities);
            addOns = List.copyOf(addOns);
            staff = List.copyOf(staff);
        }
    }

    /**
     * What the centre's reports need to read this location's records as its own reports do: how it
     * taxes, rounds and cuts its business day, and what it calls its modalities and staff (never a PIN).
     */
    public record Reference(com.knead.domain.Clinic clinic, List<Modality> modalities, List<Staff> staff) {
    }

    /** A modality by this installation's id, with the code every installation shares and its name here. */
    public record Modality(UUID id, String code, String name) {
    }

    /** Someone on the staff here: name, role and whether still active; the PIN hash stays at the location. */
    public record Staff(UUID id, String name, String role, boolean active) {
    }

    private final Database db;

    SyncStore(Database db) {
        this.db = db;
    }

    public State state() {
        return db.read(SyncStore::state);
    }

    private static State state(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT location_id, pushed_through, pulled_through, "
                + "last_attempt, last_success, last_problem, (SELECT COUNT(*) FROM outbox o WHERE o.seq > s.pushed_through) "
                + "FROM sync_state s");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreFailure("The database has no sync state; it was not upgraded to version 24", null);
            }
            return new State(Rows.uuid(rs, "location_id"), rs.getLong(2), rs.getLong(3), rs.getLong(7),
                    instant(rs.getObject(4, OffsetDateTime.class)), instant(rs.getObject(5, OffsetDateTime.class)),
                    rs.getString(6));
        }
    }

    private static Optional<Instant> instant(OffsetDateTime at) {
        return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
    }

    /** The clinic's settings and names as they are now, sent to the centre with every sync. */
    public Reference reference() {
        return db.read(c -> {
            com.knead.domain.Clinic clinic = ClinicStore.find(c).orElseThrow(() -> new StoreFailure(
                    "The clinic is not set up yet, so there is nothing to sync", null));
            List<Modality> modalities = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, code, name FROM modality ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    modalities.add(new Modality(Rows.uuid(rs, "id"), rs.getString("code"), rs.getString("name")));
                }
            }
            List<Staff> staff = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, role, active FROM staff ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    staff.add(new Staff(Rows.uuid(rs, "id"), rs.getString("name"), rs.getString("role"),
                            rs.getBoolean("active")));
                }
            }
            return new Reference(clinic, modalities, staff);
        });
    }

    /** Up to {@code limit} outbox entries after {@code afterSeq}, in order, each with its record as stored now. */
    public List<Travelling> after(long afterSeq, int limit) {
        return db.read(c -> {
            List<Travelling> batch = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, kind, record_id FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, afterSeq);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        TravellingKinds.Kind kind = TravellingKinds.byTag(rs.getString(2));
                        batch.add(new Travelling(rs.getLong(1), kind.tag(), kind.table(), Rows.uuid(rs, "record_id"),
                                null, null));
                    }
                }
            }
            // Read per kind, all of a batch's records of that kind at once: a query per table, not per record.
            Map<String, Map<Object, List<Map<String, Object>>>> read = new HashMap<>();
            for (TravellingKinds.Kind kind : TravellingKinds.ALL) {
                List<UUID> ids = batch.stream().filter(t -> t.kind().equals(kind.tag())).map(Travelling::recordId)
                        .distinct().toList();
                if (ids.isEmpty()) {
                    continue;
                }
                read.put(kind.table(), rows(c, kind.table(), kind.columns(), "id", ids));
                for (TravellingKinds.Part part : kind.parts()) {
                    read.put(part.table(), rows(c, part.table(), withOwner(part), part.ownerColumn(), ids));
                }
            }
            List<Travelling> full = new ArrayList<>(batch.size());
            for (Travelling entry : batch) {
                TravellingKinds.Kind kind = TravellingKinds.byTag(entry.kind());
                List<Map<String, Object>> rows = read.get(kind.table()).getOrDefault(entry.recordId(), List.of());
                if (rows.isEmpty()) {
                    throw new StoreFailure("The outbox points at " + kind.tag() + " " + entry.recordId()
                            + ", which is not there", null);
                }
                Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
                for (TravellingKinds.Part part : kind.parts()) {
                    parts.put(part.table(), read.get(part.table()).getOrDefault(entry.recordId(), List.of()));
                }
                full.add(new Travelling(entry.seq(), kind.tag(), kind.table(), entry.recordId(), rows.get(0), parts));
            }
            return full;
        });
    }

    private static List<String> withOwner(TravellingKinds.Part part) {
        List<String> columns = new ArrayList<>(part.columns());
        if (!columns.contains(part.ownerColumn())) {
            columns.add(1, part.ownerColumn());
        }
        return columns;
    }

    /** The rows of {@code table} whose {@code keyColumn} is one of {@code keys}, by that key, each in column order. */
    private static Map<Object, List<Map<String, Object>>> rows(Connection c, String table, List<String> columns,
                                                              String keyColumn, List<UUID> keys) throws SQLException {
        Map<Object, List<Map<String, Object>>> rows = new HashMap<>();
        int keyIndex = columns.indexOf(keyColumn);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + table
                + " WHERE " + keyColumn + " IN (" + "?, ".repeat(keys.size() - 1) + "?) ORDER BY id")) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setObject(i + 1, keys.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(columns.get(i), value(rs.getObject(i + 1)));
                    }
                    rows.computeIfAbsent(row.get(columns.get(keyIndex)), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return rows;
    }

    /** Values as the central driver takes them: instants as UTC offsets, days as LocalDate. */
    private static Object value(Object value) {
        if (value instanceof Timestamp at) {
            return at.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        return value;
    }

    /** The centre has committed every entry through {@code seq}: the push's high-water mark moves on (never back). */
    public void pushedThrough(long seq) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_state SET pushed_through = GREATEST("
                    + "pushed_through, ?), updated_at = ?")) {
                ps.setLong(1, seq);
                ps.setObject(2, Rows.utc(Instant.now()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A run ended: when, and the problem in plain words ("" when it went through). */
    public void ran(Instant at, String problem) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_state SET last_attempt = ?, last_problem = ?, "
                    + "last_success = CASE WHEN ? THEN ? ELSE last_success END, updated_at = ?")) {
                ps.setObject(1, Rows.utc(at));
                ps.setString(2, problem.length() > 400 ? problem.substring(0, 400) : problem);
                ps.setBoolean(3, problem.isEmpty());
                ps.setObject(4, Rows.utc(at));
                ps.setObject(5, Rows.utc(at));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Writes what was pulled from the centre through its change sequence {@code through}, in one
     * transaction with the pull's mark: a price already here is not added twice, a price for a
     * service this clinic does not have is skipped (counted in the result), and a client replaces the
     * one here only when it wins (higher version, or the same version from the greater location id).
     * The services, add-ons and staff the centre made are written first, so a price for a service that
     * arrives in the same pull finds it; each of their changes is audited at {@code at} (see
     * {@link PulledCatalogRows}), as is each price taken.
     */
    public Pulled applyPulled(PulledCatalog catalog, List<PulledPrice> prices, List<PulledClient> clients, long through,
                              Instant at) {
        return db.transaction(c -> {
            int items = new PulledCatalogRows(c, at).apply(catalog);
            int added = 0;
            int unknown = 0;
            for (PulledPrice price : prices) {
                Optional<UUID> item = item(c, price);
                if (item.isEmpty()) {
                    unknown++;
                } else if (insertPrice(c, price, item.get())) {
                    added++;
                    AuditStore.append(c, AuditStore.Entry.of(PulledCatalogRows.PLACE, "price change", "done",
                            Optional.empty(), Optional.empty(), ("SERVICE".equals(price.itemKind())
                                    ? price.modalityCode() + " " + price.minutes() + " min" : price.addOnCode())
                                    + ": " + price.price().stripTrailingZeros().toPlainString() + " from "
                                    + price.from().map(LocalDate::toString).orElse("the start") + ", by "
                                    + price.madeByName() + " at the centre", at));
                }
            }
            int clientsTaken = 0;
            for (PulledClient client : clients) {
                if (takeClient(c, client)) {
                    clientsTaken++;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_state SET pulled_through = GREATEST("
                    + "pulled_through, ?), updated_at = ?")) {
                ps.setLong(1, through);
                ps.setObject(2, Rows.utc(Instant.now()));
                ps.executeUpdate();
            }
            return new Pulled(added, unknown, clientsTaken, items);
        });
    }

    /**
     * What a pull changed here: prices added, prices for services not offered here, clients taken,
     * and changes of services, add-ons and staff made.
     */
    public record Pulled(int prices, int unknownItems, int clients, int catalog) {
    }

    private static Optional<UUID> item(Connection c, PulledPrice price) throws SQLException {
        String sql = "SERVICE".equals(price.itemKind())
                ? "SELECT sp.id FROM service_price sp JOIN modality m ON m.id = sp.modality_id WHERE m.code = ? AND sp.minutes = ?"
                : "SELECT id FROM add_on WHERE code = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if ("SERVICE".equals(price.itemKind())) {
                ps.setString(1, price.modalityCode());
                ps.setInt(2, price.minutes());
            } else {
                ps.setString(1, price.addOnCode());
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Rows.uuid(rs, "id")) : Optional.empty();
            }
        }
    }

    private static boolean insertPrice(Connection c, PulledPrice price, UUID item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO price_change (id, item_kind, item_id, price, "
                + "effective_from, made_by, made_by_name, created_at, updated_at) SELECT ?,?,?,?,?,NULL,?,?,? "
                + "WHERE NOT EXISTS (SELECT 1 FROM price_change WHERE id = ?)")) {
            ps.setObject(1, price.id());
            ps.setString(2, price.itemKind());
            ps.setObject(3, item);
            ps.setBigDecimal(4, price.price());
            ps.setObject(5, price.from().orElse(null));
            ps.setString(6, price.madeByName());
            Rows.stamps(ps, 7, Rows.storable(price.createdAt()));
            ps.setObject(9, price.id());
            return ps.executeUpdate() == 1;
        }
    }

    private static boolean takeClient(Connection c, PulledClient client) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, version_location FROM client WHERE id = ?")) {
            ps.setObject(1, client.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    UUID here = Rows.uuid(rs, "version_location");
                    if (!ClientVersions.wins(client.version(), client.versionLocation(), rs.getLong(1), here)) {
                        return false;
                    }
                    return updateClient(c, client);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO client (id, name, phone, email, date_of_birth, "
                + "version, version_location, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, client.id());
            ps.setString(2, client.name());
            ps.setString(3, client.phone());
            ps.setString(4, client.email());
            ps.setObject(5, client.dateOfBirth());
            ps.setLong(6, client.version());
            ps.setObject(7, client.versionLocation());
            ps.setObject(8, Rows.utc(Rows.storable(client.createdAt())));
            ps.setObject(9, Rows.utc(Rows.storable(client.updatedAt())));
            return ps.executeUpdate() == 1;
        }
    }

    private static boolean updateClient(Connection c, PulledClient client) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE client SET name = ?, phone = ?, email = ?, "
                + "date_of_birth = ?, version = ?, version_location = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, client.name());
            ps.setString(2, client.phone());
            ps.setString(3, client.email());
            ps.setObject(4, client.dateOfBirth());
            ps.setLong(5, client.version());
            ps.setObject(6, client.versionLocation());
            ps.setObject(7, Rows.utc(Rows.storable(client.updatedAt())));
            ps.setObject(8, client.id());
            return ps.executeUpdate() == 1;
        }
    }
}
