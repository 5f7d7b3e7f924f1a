package com.knead.store;

import com.knead.domain.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the services, add-ons and staff the centre made into this clinic's tables, inside the
 * pull's transaction, each change with its audit entry (place "sync"). The centre's item as it is now
 * replaces what it names here: a modality or an add-on matched by its code, a staff member by the id
 * the centre gave them (kept here as their key). An item already as the centre has it is left alone
 * and not audited, so a repeated pull changes nothing. Nothing is deleted: a staff member the centre
 * made inactive is made inactive, and a duration the centre no longer lists is retired. PIN hashes
 * are never touched.
 */
final class PulledCatalogRows {

    static final String PLACE = "sync";

    private final Connection c;
    private final Instant at;
    private int changed;

    PulledCatalogRows(Connection c, Instant at) {
        this.c = c;
        this.at = Rows.storable(at);
    }

    /** Applies the lot; returns how many items it changed here. */
    int apply(SyncStore.PulledCatalog catalog) throws SQLException {
        for (SyncStore.PulledModality m : catalog.modalities()) {
            modality(m);
        }
        for (SyncStore.PulledAddOn a : catalog.addOns()) {
            addOn(a);
        }
        for (SyncStore.PulledStaff s : catalog.staff()) {
            staff(s);
        }
        return changed;
    }

    private void modality(SyncStore.PulledModality m) throws SQLException {
        UUID id;
        List<String> what = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, description, on_kiosk, sort_order, active "
                + "FROM modality WHERE code = ?")) {
            ps.setString(1, m.code());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    id = m.id();
                    try (PreparedStatement in = c.prepareStatement("INSERT INTO modality (id, code, name, description, "
                            + "pressure, intense, sort_order, active, on_kiosk, created_at, updated_at) "
                            + "VALUES (?,?,?,?,'VARIES',FALSE,?,TRUE,?,?,?)")) {
                        in.setObject(1, id);
                        in.setString(2, m.code());
                        in.setString(3, m.name());
                        in.setString(4, m.description());
                        in.setInt(5, m.sortOrder().orElse(lastOrder("modality") + 1));
                        in.setBoolean(6, m.onKiosk());
                        Rows.stamps(in, 7, at);
                        in.executeUpdate();
                    }
                    durations(id, m.minutes());
                    audit("modality added", m.name() + " (" + m.code() + ") from the centre"
                            + (m.minutes().isEmpty() ? "" : ": " + minutes(m.minutes())));
                    return;
                }
                id = Rows.uuid(rs, "id");
                differs(what, "name", rs.getString("name"), m.name());
                differs(what, "description", rs.getString("description"), m.description());
                differs(what, "kiosk", rs.getBoolean("on_kiosk"), m.onKiosk());
                differs(what, "order", rs.getInt("sort_order"), m.sortOrder().orElse(rs.getInt("sort_order")));
                differs(what, "offered", rs.getBoolean("active"), true);
            }
        }
        if (!what.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE modality SET name = ?, description = ?, on_kiosk = ?, "
                    + "sort_order = COALESCE(?, sort_order), active = TRUE, updated_at = ? WHERE id = ?")) {
                ps.setString(1, m.name());
                ps.setString(2, m.description());
                ps.setBoolean(3, m.onKiosk());
                ps.setObject(4, m.sortOrder().orElse(null), Types.INTEGER);
                ps.setObject(5, Rows.utc(at));
                ps.setObject(6, id);
                ps.executeUpdate();
            }
        }
        if (durations(id, m.minutes())) {
            what.add("durations " + minutes(m.minutes()));
        }
        if (!what.isEmpty()) {
            audit("modality changed", m.name() + " (" + m.code() + ") from the centre: " + String.join(", ", what));
        }
    }

    /**
     * Makes the modality's durations the centre's list (none listed: the clinic's own stay): a missing
     * one is added, ready to be priced, a retired one comes back, one not listed is retired.
     */
    private boolean durations(UUID modality, List<Integer> minutes) throws SQLException {
        if (minutes.isEmpty()) {
            return false;
        }
        boolean any = false;
        List<Integer> here = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, minutes, active FROM service_price WHERE modality_id = ?")) {
            ps.setObject(1, modality);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int length = rs.getInt("minutes");
                    here.add(length);
                    boolean listed = minutes.contains(length);
                    if (listed != rs.getBoolean("active")) {
                        any |= update("UPDATE service_price SET active = ?, updated_at = ? WHERE id = ?", listed,
                                Rows.utc(at), Rows.uuid(rs, "id"));
                    }
                }
            }
        }
        for (int length : minutes) {
            if (!here.contains(length)) {
                CatalogStore.insertDuration(c, Ids.next(), modality, length, at);
                any = true;
            }
        }
        return any;
    }

    private void addOn(SyncStore.PulledAddOn a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, active FROM add_on WHERE code = ?")) {
            ps.setString(1, a.code());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    try (PreparedStatement in = c.prepareStatement("INSERT INTO add_on (id, code, name, extra_minutes, "
                            + "sort_order, active, created_at, updated_at) VALUES (?,?,?,0,?,TRUE,?,?)")) {
                        in.setObject(1, a.id());
                        in.setString(2, a.code());
                        in.setString(3, a.name());
                        in.setInt(4, lastOrder("add_on") + 1);
                        Rows.stamps(in, 5, at);
                        in.executeUpdate();
                    }
                    audit("add-on added", a.name() + " (" + a.code() + ") from the centre");
                } else if (!rs.getString("name").equals(a.name()) || !rs.getBoolean("active")) {
                    update("UPDATE add_on SET name = ?, active = TRUE, updated_at = ? WHERE id = ?", a.name(),
                            Rows.utc(at), Rows.uuid(rs, "id"));
                    audit("add-on changed", rs.getString("name") + " → " + a.name() + " (" + a.code() + ") from the centre");
                }
            }
        }
    }

    private void staff(SyncStore.PulledStaff s) throws SQLException {
        String role = s.role().toLowerCase(Locale.ROOT);
        try (PreparedStatement ps = c.prepareStatement("SELECT name, role, active FROM staff WHERE id = ?")) {
            ps.setObject(1, s.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    try (PreparedStatement in = c.prepareStatement("INSERT INTO staff (id, name, role, pin_hash, active, "
                            + "created_at, updated_at) VALUES (?,?,?,NULL,?,?,?)")) {
                        in.setObject(1, s.id());
                        in.setString(2, s.name());
                        in.setString(3, s.role());
                        in.setBoolean(4, s.active());
                        Rows.stamps(in, 5, at);
                        in.executeUpdate();
                    }
                    audit("staff added", s.name() + ", " + role + (s.active() ? "" : " (inactive)")
                            + " from the centre; the PIN is set here");
                    return;
                }
                List<String> what = new ArrayList<>();
                differs(what, "name " + rs.getString("name") + " → " + s.name(), rs.getString("name"), s.name());
                differs(what, "role " + rs.getString("role").toLowerCase(Locale.ROOT) + " → " + role,
                        rs.getString("role"), s.role());
                if (what.isEmpty() && rs.getBoolean("active") == s.active()) {
                    return;
                }
                update("UPDATE staff SET name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?", s.name(), s.role(),
                        s.active(), Rows.utc(at), s.id());
                if (rs.getBoolean("active") != s.active()) {
                    audit(s.active() ? "staff reactivated" : "staff deactivated", s.name() + " from the centre");
                }
                if (!what.isEmpty()) {
                    audit("staff changed", s.name() + " from the centre: " + String.join(", ", what));
                }
            }
        }
    }

    private static void differs(List<String> what, String called, Object here, Object centre) {
        if (!here.equals(centre)) {
            what.add(called);
        }
    }

    private static String minutes(List<Integer> minutes) {
        return String.join(" / ", minutes.stream().map(String::valueOf).toList()) + " min";
    }

    private int lastOrder(String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(sort_order), 0) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private boolean update(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate() == 1;
        }
    }

    private void audit(String action, String detail) throws SQLException {
        changed++;
        AuditStore.append(c, AuditStore.Entry.of(PLACE, action, "done", Optional.empty(), Optional.empty(), detail, at));
    }
}
