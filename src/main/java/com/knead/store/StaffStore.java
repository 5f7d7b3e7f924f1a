package com.knead.store;

import com.knead.domain.PinHash;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
                    String hash = rs.getString("pin_hash");
                    result.add(new StaffMember(Rows.uuid(rs, "id"), rs.getString("name"),
                            StaffRole.valueOf(rs.getString("role")), hash == null ? null : new PinHash(hash)));
                }
            }
            return result;
        });
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
