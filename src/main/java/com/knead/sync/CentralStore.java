package com.knead.sync;

import com.knead.domain.Ids;
import com.knead.domain.Refused;
import com.knead.store.SyncStore;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central PostgreSQL database, over one connection: its schema made and migrated by Flyway
 * ({@code db/central}), a location's batch applied in one transaction, and what installations pull.
 * Every record is applied idempotently: the key it was born with is the primary key here, so an
 * append-only record pushed again is a no-op ({@code ON CONFLICT DO NOTHING}), and a client replaces
 * the stored one only when its version wins ({@link com.knead.domain.ClientVersions}, in SQL).
 */
public final class CentralStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralStore.class);

    /** Taken (per transaction) by every writer of what installations pull, so its sequence numbers become visible in order. */
    private static final long PULLED_WRITERS_LOCK = 1_100_011L;

    /** What one batch did at the centre: rows new to it, and records of days the centre had closed. */
    public record Applied(int records, int late) {
    }

    /** What changed at the centre after a pull's mark, and the mark to keep. */
    public record Changes(List<SyncStore.PulledPrice> prices, List<SyncStore.PulledClient> clients,
                          SyncStore.PulledCatalog catalog, long through) {
    }

    private final Connection connection;
    private final CentralAddress address;

    private CentralStore(Connection connection, CentralAddress address) {
        this.connection = connection;
        this.address = address;
    }

    /** Connects (a few seconds at most before saying the centre does not answer). */
    public static CentralStore connect(CentralAddress address) {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        properties.setProperty("password", address.password());
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "120");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("reWriteBatchedInserts", "true");
        properties.setProperty("ApplicationName", "Knead sync");
        try {
            Connection c = DriverManager.getConnection(address.jdbcUrl(), properties);
            c.setAutoCommit(false);
            return new CentralStore(c, address);
        } catch (SQLException e) {
            throw CentralProblem.of(e, address.where());
        }
    }

    /** Makes or migrates the central schema; returns the version it is at. */
    public static String migrate(CentralAddress address) {
        try {
            var result = Flyway.configure()
                    .dataSource(address.jdbcUrl(), address.user(), address.password())
                    .locations("classpath:db/central")
                    .connectRetries(0)
                    .load().migrate();
            return result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion;
        } catch (FlywayException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw CentralProblem.of(sql, address.where());
            }
            throw new CentralProblem("Cannot set up the central database at " + address.where() + ": "
                    + e.getMessage(), false, e);
        }
    }

    /**
     * Applies a batch from {@code location} (outbox order) and records how far that location has
     * pushed, all in one transaction: committed whole or not at all. Only after this returns may the
     * installation move its own mark.
     */
    public Applied push(UUID location, String locationName, List<SyncStore.Travelling> batch) {
        try {
            if (batch.stream().anyMatch(t -> t.kind().equals("client"))) {
                lockPulledWriters();
            }
            Map<String, PreparedStatement> statements = new LinkedHashMap<>();
            List<String> partTables = new ArrayList<>();
            try {
                // A client queued twice in one batch is sent once: both entries carry it as it is now.
                Map<UUID, SyncStore.Travelling> once = new LinkedHashMap<>();
                batch.forEach(record -> once.put(record.recordId(), record));
                for (SyncStore.Travelling record : once.values()) {
                    add(statements, record.table(), record.values(), location);
                }
                for (SyncStore.Travelling record : batch) {
                    for (Map.Entry<String, List<Map<String, Object>>> part : record.parts().entrySet()) {
                        if (!partTables.contains(part.getKey())) {
                            partTables.add(part.getKey());
                        }
                    }
                }
                int records = 0;
                for (PreparedStatement ps : statements.values()) {
                    records += count(ps.executeBatch());
                }
                Map<String, PreparedStatement> parts = new LinkedHashMap<>();
                for (SyncStore.Travelling record : batch) {
                    for (Map.Entry<String, List<Map<String, Object>>> part : record.parts().entrySet()) {
                        for (Map<String, Object> row : part.getValue()) {
                            add(parts, part.getKey(), row, location);
                        }
                    }
                }
                for (PreparedStatement ps : parts.values()) {
                    ps.executeBatch();
                    ps.close();
                }
                int late = markLate(location);
                closeDays(location);
                moveLocation(location, locationName, batch.isEmpty() ? 0 : batch.get(batch.size() - 1).seq());
                connection.commit();
                return new Applied(records, late);
            } finally {
                for (PreparedStatement ps : statements.values()) {
                    ps.close();
                }
            }
        } catch (SQLException e) {
            rollBack();
            throw CentralProblem.of(e, address.where());
        }
    }

    private static int count(int[] results) {
        int sum = 0;
        for (int result : results) {
            sum += result == Statement.SUCCESS_NO_INFO ? 1 : Math.max(result, 0);
        }
        return sum;
    }

    private void add(Map<String, PreparedStatement> statements, String table, Map<String, Object> values,
                     UUID location) throws SQLException {
        PreparedStatement ps = statements.get(table);
        List<String> columns = new ArrayList<>(values.keySet());
        if (ps == null) {
            ps = connection.prepareStatement(insert(table, columns));
            statements.put(table, ps);
        }
        int i = 1;
        ps.setObject(i++, location);
        for (String column : columns) {
            ps.setObject(i++, values.get(column));
        }
        ps.addBatch();
    }

    /** The idempotent insert of one table's rows: append-only records once, a client when its version wins. */
    private static String insert(String table, List<String> columns) {
        String names = "location_id, " + String.join(", ", columns);
        String marks = "?" + ", ?".repeat(columns.size());
        if (table.equals("visit")) {
            // Sent as it is now by the one location that changes it: the latest push is the truth; the same state again is a no-op.
            List<String> changing = columns.stream().filter(c -> !c.equals("id") && !c.equals("created_at")).toList();
            return "INSERT INTO visit (" + names + ") VALUES (" + marks + ") ON CONFLICT (id) DO UPDATE SET "
                    + String.join(", ", changing.stream().map(c -> c + " = excluded." + c).toList())
                    + " WHERE (" + String.join(", ", changing.stream().map(c -> "visit." + c).toList()) + ") IS DISTINCT FROM ("
                    + String.join(", ", changing.stream().map(c -> "excluded." + c).toList()) + ")";
        }
        if (!table.equals("client")) {
            return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT (id) DO NOTHING";
        }
        StringBuilder set = new StringBuilder("change_seq = excluded.change_seq");
        for (String column : columns) {
            if (!column.equals("id") && !column.equals("created_at")) {
                set.append(", ").append(column).append(" = excluded.").append(column);
            }
        }
        return "INSERT INTO client (" + names + ", change_seq) VALUES (" + marks + ", nextval('change_seq')) "
                + "ON CONFLICT (id) DO UPDATE SET " + set + " WHERE excluded.version > client.version "
                + "OR (excluded.version = client.version AND COALESCE(excluded.version_location::text, '') "
                + "> COALESCE(client.version_location::text, ''))";
    }

    /** Records new in this transaction (received now) for a day the centre had already closed for the location. */
    private int markLate(UUID location) throws SQLException {
        int late = 0;
        for (String[] kind : new String[][] {{"sale", "sale"}, {"refund", "refund"}, {"drawer-opening", "drawer_session"}}) {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO late_record (kind, record_id, "
                    + "location_id, business_day, received_at) SELECT ?, r.id, r.location_id, r.business_day, now() FROM "
                    + kind[1] + " r JOIN closed_day d ON d.location_id = r.location_id AND d.business_day = r.business_day "
                    + "WHERE r.location_id = ? AND r.received_at = now() AND d.closed_at < now() ON CONFLICT DO NOTHING")) {
                ps.setString(1, kind[0]);
                ps.setObject(2, location);
                late += ps.executeUpdate();
            }
        }
        return late;
    }

    private void closeDays(UUID location) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO closed_day (location_id, business_day, "
                + "closed_at) SELECT location_id, business_day, now() FROM z_report WHERE location_id = ? AND "
                + "received_at = now() ON CONFLICT DO NOTHING")) {
            ps.setObject(1, location);
            ps.executeUpdate();
        }
    }

    private void moveLocation(UUID location, String name, long through) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO location (id, name, pushed_through, "
                + "last_push_at, created_at, updated_at) VALUES (?, ?, ?, now(), now(), now()) ON CONFLICT (id) DO UPDATE "
                + "SET name = excluded.name, pushed_through = GREATEST(location.pushed_through, excluded.pushed_through), "
                + "last_push_at = now(), updated_at = now()")) {
            ps.setObject(1, location);
            ps.setString(2, name);
            ps.setLong(3, through);
            ps.executeUpdate();
        }
    }

    /**
     * Keeps what the centre's reports need to read {@code location}'s records as it reads them itself:
     * its tax, rounding, currency and business day, and its modalities' and staff's names as they are now.
     */
    public void describe(UUID location, String locationName, SyncStore.Reference reference) {
        var clinic = reference.clinic();
        try {
            moveLocation(location, locationName, 0);
            try (PreparedStatement ps = connection.prepareStatement("UPDATE location SET currency = ?, tax_rate = ?, "
                    + "tax_inclusive = ?, rounding = ?, zone = ?, day_ends = ? WHERE id = ?")) {
                ps.setString(1, clinic.currency().getCurrencyCode());
                ps.setBigDecimal(2, clinic.tax().ratePercent());
                ps.setBoolean(3, clinic.tax().inclusive());
                ps.setString(4, clinic.tax().rounding().name());
                ps.setString(5, clinic.zone().getId());
                ps.setObject(6, clinic.dayEnds());
                ps.setObject(7, location);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO location_modality (location_id, id, code, "
                    + "name, updated_at) VALUES (?, ?, ?, ?, now()) ON CONFLICT (location_id, id) DO UPDATE SET "
                    + "code = excluded.code, name = excluded.name, updated_at = now()")) {
                for (SyncStore.Modality modality : reference.modalities()) {
                    ps.setObject(1, location);
                    ps.setObject(2, modality.id());
                    ps.setString(3, modality.code());
                    ps.setString(4, modality.name());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO location_staff (location_id, id, name, "
                    + "role, active, updated_at) VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT (location_id, id) DO UPDATE SET "
                    + "name = excluded.name, role = excluded.role, active = excluded.active, updated_at = now()")) {
                for (SyncStore.Staff person : reference.staff()) {
                    ps.setObject(1, location);
                    ps.setObject(2, person.id());
                    ps.setString(3, person.name());
                    ps.setString(4, person.role());
                    ps.setBoolean(5, person.active());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            rollBack();
            throw CentralProblem.of(e, address.where());
        }
    }

    /** The one connection, for the centre's reports (read only, in this package). */
    Connection connection() {
        return connection;
    }

    /** Where the centre is, for messages. */
    String where() {
        return address.where();
    }

    /** Everything installations pull that changed after {@code after}, read as of one instant. */
    public Changes changesAfter(long after) {
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
            }
            List<SyncStore.PulledPrice> prices = new ArrayList<>();
            long through = each("SELECT id, change_seq, item_kind, modality_code, minutes, add_on_code, price, "
                    + "effective_from, made_by_name, created_at FROM price_change", after, rs -> prices.add(
                    new SyncStore.PulledPrice(rs.getObject("id", UUID.class), rs.getString("item_kind"),
                            rs.getString("modality_code"), rs.getInt("minutes"), rs.getString("add_on_code"),
                            rs.getBigDecimal("price"), Optional.ofNullable(rs.getObject("effective_from", LocalDate.class)),
                            rs.getString("made_by_name"), instant(rs, "created_at"))));
            List<SyncStore.PulledClient> clients = new ArrayList<>();
            through = Math.max(through, each("SELECT id, change_seq, name, phone, email, date_of_birth, version, "
                    + "version_location, created_at, updated_at FROM client", after, rs -> clients.add(
                    new SyncStore.PulledClient(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("phone"),
                            rs.getString("email"), rs.getObject("date_of_birth", LocalDate.class), rs.getLong("version"),
                            rs.getObject("version_location", UUID.class), instant(rs, "created_at"),
                            instant(rs, "updated_at")))));
            List<SyncStore.PulledModality> modalities = new ArrayList<>();
            through = Math.max(through, each("SELECT id, change_seq, code, name, description, minutes, on_kiosk, "
                    + "sort_order FROM central_modality", after, rs -> {
                List<Integer> minutes = new ArrayList<>();
                for (Object m : (Object[]) rs.getArray("minutes").getArray()) {
                    minutes.add(((Number) m).intValue());
                }
                modalities.add(new SyncStore.PulledModality(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name"), rs.getString("description"), minutes, rs.getBoolean("on_kiosk"),
                        Optional.ofNullable(rs.getObject("sort_order", Integer.class))));
            }));
            List<SyncStore.PulledAddOn> addOns = new ArrayList<>();
            through = Math.max(through, each("SELECT id, change_seq, code, name FROM central_add_on", after,
                    rs -> addOns.add(new SyncStore.PulledAddOn(rs.getObject("id", UUID.class), rs.getString("code"),
                            rs.getString("name")))));
            List<SyncStore.PulledStaff> staff = new ArrayList<>();
            through = Math.max(through, each("SELECT id, change_seq, name, role, active FROM central_staff", after,
                    rs -> staff.add(new SyncStore.PulledStaff(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getString("role"), rs.getBoolean("active")))));
            connection.commit();
            return new Changes(prices, clients, new SyncStore.PulledCatalog(modalities, addOns, staff), through);
        } catch (SQLException e) {
            rollBack();
            throw CentralProblem.of(e, address.where());
        }
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Reads each row of {@code select} changed after {@code after}, in change order; the last change number read. */
    private long each(String select, long after, Row row) throws SQLException {
        long through = after;
        try (PreparedStatement ps = connection.prepareStatement(select + " WHERE change_seq > ? ORDER BY change_seq")) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    through = Math.max(through, rs.getLong("change_seq"));
                    row.read(rs);
                }
            }
        }
        return through;
    }

    /**
     * A dated price made at the centre, for every location: a duration of a modality by their codes
     * ({@code addOnCode} null), or an add-on by its code ({@code modalityCode} null).
     */
    public UUID changePrice(UUID id, String modalityCode, int minutes, String addOnCode, BigDecimal price,
                            LocalDate from, String madeBy, Instant at) {
        return pulledWrite(() -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO price_change (id, change_seq, "
                    + "item_kind, modality_code, minutes, add_on_code, price, effective_from, made_by_name, created_at, "
                    + "updated_at) VALUES (?, nextval('change_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                ps.setObject(1, id);
                ps.setString(2, addOnCode == null ? "SERVICE" : "ADD_ON");
                ps.setString(3, modalityCode);
                ps.setObject(4, addOnCode == null ? minutes : null);
                ps.setString(5, addOnCode);
                ps.setBigDecimal(6, price);
                ps.setObject(7, from);
                ps.setString(8, madeBy);
                ps.setObject(9, at.atOffset(ZoneOffset.UTC));
                ps.setObject(10, at.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return id;
        });
    }

    /**
     * A modality for every location, made or changed at the centre by its code; an empty
     * {@code description}, {@code minutes} or {@code order} keeps what the centre had (a new one: none,
     * no durations, after the location's own). Returns whether it was new.
     */
    public boolean changeModality(String code, String name, Optional<String> description, Optional<List<Integer>> minutes,
                                  boolean onKiosk, Optional<Integer> order, Instant at) {
        return pulledWrite(() -> {
            boolean made = !exists("SELECT 1 FROM central_modality WHERE code = ?", code);
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO central_modality (id, code, name, "
                    + "description, minutes, on_kiosk, sort_order, change_seq, created_at, updated_at) VALUES (?, ?, ?, "
                    + "COALESCE(?, ''), COALESCE(?, '{}'::int[]), ?, ?, nextval('change_seq'), ?, ?) ON CONFLICT (code) DO "
                    + "UPDATE SET name = excluded.name, description = COALESCE(?, central_modality.description), "
                    + "minutes = COALESCE(?, central_modality.minutes), on_kiosk = excluded.on_kiosk, "
                    + "sort_order = COALESCE(?, central_modality.sort_order), change_seq = excluded.change_seq, "
                    + "updated_at = excluded.updated_at")) {
                Array durations = minutes.isEmpty() ? null
                        : connection.createArrayOf("int4", minutes.get().stream().sorted().distinct().toArray());
                ps.setObject(1, Ids.next());
                ps.setString(2, code);
                ps.setString(3, name);
                ps.setString(4, description.orElse(null));
                ps.setArray(5, durations);
                ps.setBoolean(6, onKiosk);
                ps.setObject(7, order.orElse(null), Types.INTEGER);
                ps.setObject(8, at.atOffset(ZoneOffset.UTC));
                ps.setObject(9, at.atOffset(ZoneOffset.UTC));
                ps.setString(10, description.orElse(null));
                ps.setArray(11, durations);
                ps.setObject(12, order.orElse(null), Types.INTEGER);
                ps.executeUpdate();
            }
            return made;
        });
    }

    /** An add-on for every location, made or renamed at the centre by its code. Returns whether it was new. */
    public boolean changeAddOn(String code, String name, Instant at) {
        return pulledWrite(() -> {
            boolean made = !exists("SELECT 1 FROM central_add_on WHERE code = ?", code);
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO central_add_on (id, code, name, "
                    + "change_seq, created_at, updated_at) VALUES (?, ?, ?, nextval('change_seq'), ?, ?) ON CONFLICT "
                    + "(code) DO UPDATE SET name = excluded.name, change_seq = excluded.change_seq, "
                    + "updated_at = excluded.updated_at")) {
                ps.setObject(1, Ids.next());
                ps.setString(2, code);
                ps.setString(3, name);
                ps.setObject(4, at.atOffset(ZoneOffset.UTC));
                ps.setObject(5, at.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return made;
        });
    }

    /** What {@link #changeStaff} did: whether the person was new, and their name as the centre keeps it. */
    public record StaffChange(boolean made, String name) {
    }

    /**
     * A staff member for every location, known at the centre by name (in any case; the name stays as
     * first made): made, or given a new role, or made active or inactive. An empty {@code role} keeps
     * theirs; a new person needs one.
     */
    public StaffChange changeStaff(String name, Optional<String> role, boolean active, Instant at) {
        return pulledWrite(() -> {
            String known = null;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT name FROM central_staff WHERE lower(name) = lower(?)")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    known = rs.next() ? rs.getString(1) : null;
                }
            }
            if (known == null && role.isEmpty()) {
                throw new Refused("There is no " + name + " at the centre yet; give their role with "
                        + "--role, e.g. --role therapist.");
            }
            String sql = known == null
                    ? "INSERT INTO central_staff (role, active, updated_at, name, id, change_seq, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, nextval('change_seq'), ?)"
                    : "UPDATE central_staff SET role = COALESCE(?, role), active = ?, "
                    + "updated_at = ?, change_seq = nextval('change_seq') WHERE name = ?";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, role.orElse(null));
                ps.setBoolean(2, active);
                ps.setObject(3, at.atOffset(ZoneOffset.UTC));
                ps.setString(4, known == null ? name : known);
                if (known == null) {
                    ps.setObject(5, Ids.next());
                    ps.setObject(6, at.atOffset(ZoneOffset.UTC));
                }
                ps.executeUpdate();
            }
            return new StaffChange(known == null, known == null ? name : known);
        });
    }

    private interface Write<T> {
        T run() throws SQLException;
    }

    /** One write of what installations pull: the writers' lock taken first, committed whole or rolled back. */
    private <T> T pulledWrite(Write<T> write) {
        try {
            lockPulledWriters();
            T result = write.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollBack();
            throw CentralProblem.of(e, address.where());
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        }
    }

    private boolean exists(String sql, String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The head office closes a location's day: records of it that arrive later are kept and listed as late. */
    public void closeDay(UUID location, LocalDate day) {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO closed_day (location_id, business_day, "
                + "closed_at) VALUES (?, ?, now()) ON CONFLICT DO NOTHING")) {
            ps.setObject(1, location);
            ps.setObject(2, day);
            ps.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollBack();
            throw CentralProblem.of(e, address.where());
        }
    }

    /** The late records (arrived for a day already closed) of a location, as "kind id" lines. */
    public List<String> late(UUID location) {
        List<String> late = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT kind, record_id, business_day FROM late_record "
                + "WHERE location_id = ? ORDER BY business_day, kind, record_id")) {
            ps.setObject(1, location);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    late.add(rs.getString(1) + " " + rs.getObject(2) + " " + rs.getObject(3));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollBack();
            throw CentralProblem.of(e, address.where());
        }
        return late;
    }

    private void lockPulledWriters() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, PULLED_WRITERS_LOCK);
            ps.executeQuery().close();
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    void rollBack() {
        try {
            connection.rollback();
        } catch (SQLException gone) {
            // The connection is gone (the server stopped, the network cut): nothing was committed to roll back.
            LOG.debug("Rollback on a lost connection to {}: {}", address.where(), gone.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a connection the server already dropped: nothing is left open either way.
            LOG.debug("Closing a lost connection to {}: {}", address.where(), e.getMessage());
        }
    }
}
