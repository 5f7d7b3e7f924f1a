package com.knead.store;

import com.knead.domain.Ids;
import com.knead.domain.Room;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The clinic's treatment rooms: added, renamed, retired (a retired room stays, for the visits that name it). */
public final class RoomStore {

    private final Database db;

    RoomStore(Database db) {
        this.db = db;
    }

    /** Every room, in use first, each group in the order they were added. */
    public List<Room> all() {
        return db.read(c -> {
            List<Room> rooms = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, active FROM room ORDER BY active DESC, sort_order, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rooms.add(new Room(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("active")));
                }
            }
            return rooms;
        });
    }

    /** Adds a room in use; returns it. */
    public Room add(String name, Instant at) {
        return db.transaction(c -> insert(c, new Room(Ids.next(), name, true), at));
    }

    /** Adds {@code room} after the others, inside the caller's transaction. */
    static Room insert(Connection c, Room room, Instant at) throws SQLException {
        int order;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM room");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            order = rs.getInt(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO room (id, name, sort_order, active, "
                + "created_at, updated_at) VALUES (?,?,?,?,?,?)")) {
            ps.setObject(1, room.id());
            ps.setString(2, room.name());
            ps.setInt(3, order);
            ps.setBoolean(4, room.inUse());
            Rows.stamps(ps, 5, at);
            ps.executeUpdate();
        }
        return room;
    }

    public void rename(UUID id, String name, Instant at) {
        change(id, "name = ?", name, at);
    }

    /** Takes a room out of use, or back into it. */
    public void setInUse(UUID id, boolean inUse, Instant at) {
        change(id, "active = ?", inUse, at);
    }

    private void change(UUID id, String assignment, Object value, Instant at) {
        db.transaction(c -> {
            update(c, id, assignment, value, at);
            return null;
        });
    }

    private static void update(Connection c, UUID id, String assignment, Object value, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE room SET " + assignment + ", updated_at = ? WHERE id = ?")) {
            ps.setObject(1, value);
            ps.setObject(2, Rows.utc(at));
            ps.setObject(3, id);
            if (ps.executeUpdate() != 1) {
                throw new StoreFailure("There is no such room.", null);
            }
        }
    }
}
