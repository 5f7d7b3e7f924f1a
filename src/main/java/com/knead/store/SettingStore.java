package com.knead.store;

import com.knead.domain.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The owner's choices for this installation, by name: for example which printer prints receipts.
 * A setting is configuration, not a record of business, so changing one updates its row.
 */
public final class SettingStore {

    /** The name of the print queue receipts go to. */
    public static final String RECEIPT_PRINTER = "receipt.printer";

    /** "true" when the cash drawer wired to the receipt printer opens after cash sales and "no sale". */
    public static final String DRAWER_KICK = "drawer.kick";

    private final Database db;

    SettingStore(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The print queue the owner chose for receipts; empty when none is chosen. */
    public Optional<String> receiptPrinter() {
        return get(RECEIPT_PRINTER).filter(queue -> !queue.isBlank());
    }

    /** True when the owner wired a cash drawer to the receipt printer and wants it opened by Knead. */
    public boolean drawerKick() {
        return get(DRAWER_KICK).map("true"::equals).orElse(false);
    }

    public void put(String name, String value) {
        db.transaction(c -> {
            put(c, name, value, Instant.now());
            return null;
        });
    }

    /** Sets {@code name} to {@code value} at {@code at} and appends its audit entry, when it has one, in one transaction. */
    public void put(String name, String value, Instant at, Optional<AuditStore.Entry> audit) {
        db.transaction(c -> {
            put(c, name, value, at);
            if (audit.isPresent()) {
                AuditStore.append(c, audit.get());
            }
            return null;
        });
    }

    static void put(Connection c, String name, String value, Instant at) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE setting SET setting_value = ?, updated_at = ? WHERE name = ?")) {
            update.setString(1, value);
            update.setObject(2, Rows.utc(at));
            update.setString(3, name);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO setting (id, name, setting_value, created_at, updated_at) VALUES (?,?,?,?,?)")) {
            insert.setObject(1, Ids.next());
            insert.setString(2, name);
            insert.setString(3, value);
            Rows.stamps(insert, 4, at);
            insert.executeUpdate();
        }
    }
}
