package com.knead.store;

import com.knead.domain.Clinic;
import com.knead.domain.Ids;
import com.knead.domain.TaxPolicy;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

/** The one clinic row: name, contact lines, currency, tax and time zone. */
public final class ClinicStore {

    private final Database db;

    public ClinicStore(Database db) {
        this.db = db;
    }

    public Optional<Clinic> find() {
        return db.read(ClinicStore::find);
    }

    static Optional<Clinic> find(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, address, phone, currency, tax_rate, tax_inclusive, rounding, zone FROM clinic");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            TaxPolicy tax = new TaxPolicy(rs.getBigDecimal("tax_rate"), rs.getBoolean("tax_inclusive"),
                    RoundingMode.valueOf(rs.getString("rounding")));
            return Optional.of(new Clinic(rs.getString("name"), rs.getString("address"), rs.getString("phone"),
                    Currency.getInstance(rs.getString("currency").strip()), tax, ZoneId.of(rs.getString("zone"))));
        }
    }

    static void insert(Connection c, Clinic clinic) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clinic (id, name, address, phone, currency, "
                + "tax_rate, tax_inclusive, rounding, zone, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, Ids.next());
            ps.setString(2, clinic.name());
            ps.setString(3, clinic.address());
            ps.setString(4, clinic.phone());
            ps.setString(5, clinic.currency().getCurrencyCode());
            ps.setBigDecimal(6, clinic.tax().ratePercent());
            ps.setBoolean(7, clinic.tax().inclusive());
            ps.setString(8, clinic.tax().rounding().name());
            ps.setString(9, clinic.zone().getId());
            Rows.stamps(ps, 10, Instant.now());
            ps.executeUpdate();
        }
    }
}
