package com.knead.store;

import com.knead.domain.PinHash;
import com.knead.domain.PinLockout;
import com.knead.domain.StaffList;
import com.knead.domain.StaffListing;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
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
 * The clinic's staff with their roles and PIN hashes. A person is configuration, so a change is
 * made in place, and each change is written with its audit entry in the same transaction.
 */
public final class StaffStore {

    private final Database db;

    public StaffStore(Database db) {
        this.db = db;
    }

    public List<StaffMember> active() {
        return db.read(c -> {
            List<StaffMember> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, role, pin_hash FROM staff WHERE active ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(member(rs));
                }
            }
            return result;
        });
    }

    /** The staff member with this id, active or not. */
    public Optional<StaffMember> find(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, role, pin_hash FROM staff WHERE id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<StaffMember>empty();
                    }
                    return Optional.of(member(rs));
                }
            }
        });
    }

    /** Everyone who works or worked here, active first, then by name. */
    public StaffList all() {
        return db.read(c -> {
            List<StaffListing> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + LISTING + " FROM staff ORDER BY active DESC, name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(listing(rs));
                }
            }
            return new StaffList(result);
        });
    }

    /** The person with this id, active or not, with the state of their PIN. */
    public Optional<StaffListing> listing(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + LISTING + " FROM staff WHERE id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(listing(rs)) : Optional.<StaffListing>empty();
                }
            }
        });
    }

    /** Adds a person (active), with the audit entries that say so. */
    public void add(StaffMember member, Instant at, AuditStore.Entry... log) {
        db.transaction(c -> {
            insert(c, member, at);
            audit(c, log);
            return null;
        });
    }

    /** Keeps a person's new name, role and whether they are active, with the audit entry that says so. */
    public void change(UUID id, String name, StaffRole role, boolean active, Instant at, AuditStore.Entry... log) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE staff SET name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, name);
                ps.setString(2, role.name());
                ps.setBoolean(3, active);
                ps.setObject(4, Rows.utc(at));
                ps.setObject(5, id);
                requireOne(ps.executeUpdate(), id);
            }
            audit(c, log);
            return null;
        });
    }

    /** Keeps a person's new PIN; a new PIN starts their count of wrong PINs again. */
    public void keepPin(UUID id, PinHash pin, Instant at, AuditStore.Entry... log) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff SET pin_hash = ?, wrong_pins = 0, "
                    + "locked_until = NULL, updated_at = ? WHERE id = ?")) {
                ps.setString(1, pin.encoded());
                ps.setObject(2, Rows.utc(at));
                ps.setObject(3, id);
                requireOne(ps.executeUpdate(), id);
            }
            audit(c, log);
            return null;
        });
    }

    /** Clears a person's run of wrong PINs and lock, with the audit entry that says who did. */
    public void clearLockout(UUID id, Instant at, AuditStore.Entry... log) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE staff SET wrong_pins = 0, locked_until = NULL, updated_at = ? WHERE id = ?")) {
                ps.setObject(1, Rows.utc(at));
                ps.setObject(2, id);
                requireOne(ps.executeUpdate(), id);
            }
            audit(c, log);
            return null;
        });
    }

    private static void audit(Connection c, AuditStore.Entry... log) throws SQLException {
        for (AuditStore.Entry entry : log) {
            AuditStore.append(c, entry);
        }
    }

    private static void requireOne(int updated, UUID id) {
        if (updated != 1) {
            throw new StoreFailure("No staff member " + id, null);
        }
    }

    /** The person's current run of wrong PINs and lock. */
    public PinLockout lockout(UUID staffId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT wrong_pins, locked_until FROM staff WHERE id = ?")) {
                ps.setObject(1, staffId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreFailure("No staff member " + staffId, null);
                    }
                    return lockout(rs);
                }
            }
        });
    }

    /** Keeps the person's new run of wrong PINs and lock (their own configuration, so updated in place). */
    public void keepLockout(UUID staffId, PinLockout lockout, Instant at) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE staff SET wrong_pins = ?, locked_until = ?, updated_at = ? WHERE id = ?")) {
                ps.setInt(1, lockout.wrongInARow());
                ps.setObject(2, lockout.lockedUntil().map(Rows::storable).map(Rows::utc).orElse(null));
                ps.setObject(3, Rows.utc(at));
                ps.setObject(4, staffId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static final String LISTING = "id, name, role, pin_hash, active, wrong_pins, locked_until";

    private static StaffListing listing(ResultSet rs) throws SQLException {
        return new StaffListing(member(rs), rs.getBoolean("active"), lockout(rs));
    }

    private static PinLockout lockout(ResultSet rs) throws SQLException {
        return new PinLockout(rs.getInt("wrong_pins"),
                Optional.ofNullable(rs.getObject("locked_until") == null ? null : Rows.instant(rs, "locked_until")));
    }

    private static StaffMember member(ResultSet rs) throws SQLException {
        String hash = rs.getString("pin_hash");
        return new StaffMember(Rows.uuid(rs, "id"), rs.getString("name"), StaffRole.valueOf(rs.getString("role")),
                hash == null ? null : new PinHash(hash));
    }

    static void insert(Connection c, StaffMember member, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff (id, name, role, pin_hash, active, "
                + "created_at, updated_at) VALUES (?,?,?,?,TRUE,?,?)")) {
            ps.setObject(1, member.id());
            ps.setString(2, member.name());
            ps.setString(3, member.role().name());
            ps.setString(4, member.pin() == null ? null : member.pin().encoded());
            Rows.stamps(ps, 5, at);
            ps.executeUpdate();
        }
    }
}
