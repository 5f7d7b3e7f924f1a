package com.knead.store;

import com.knead.domain.PinHash;
import com.knead.domain.PinLockout;
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

/** The clinic's staff with their roles and PIN hashes. */
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

    /** The person's current run of wrong PINs and lock. */
    public PinLockout lockout(UUID staffId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT wrong_pins, locked_until FROM staff WHERE id = ?")) {
                ps.setObject(1, staffId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreFailure("No staff member " + staffId, null);
                    }
                    return new PinLockout(rs.getInt("wrong_pins"),
                            Optional.ofNullable(rs.getObject("locked_until") == null ? null : Rows.instant(rs, "locked_until")));
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
                ps.setObject(2, lockout.lockedUntil().map(Rows::utc).orElse(null));
                ps.setObject(3, Rows.utc(at));
                ps.setObject(4, staffId);
                ps.executeUpdate();
            }
            return null;
        });
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
