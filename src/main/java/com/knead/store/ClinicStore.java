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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

/** The one clinic row: name, contact lines, currency, tax, time zone, end of the business day, demo or not, logo. */
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
                "SELECT name, address, phone, currency, tax_rate, tax_inclusive, rounding, zone, day_ends, demo, logo_file "
                        + "FROM clinic");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            TaxPolicy tax = new TaxPolicy(rs.getBigDecimal("tax_rate"), rs.getBoolean("tax_inclusive"),
                    RoundingMode.valueOf(rs.getString("rounding")));
            return Optional.of(new Clinic(rs.getString("name"), rs.getString("address"), rs.getString("phone"),
                    Currency.getInstance(rs.getString("currency").strip()), tax, ZoneId.of(rs.getString("zone")),
                    LocalTime.parse(rs.getString("day_ends")), rs.getBoolean("demo"), rs.getString("logo_file")));
        }
    }

    static void insert(Connection c, Clinic clinic, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clinic (id, name, address, phone, currency, "
                + "tax_rate, tax_inclusive, rounding, zone, day_ends, demo, logo_file, created_at, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, Ids.next());
            ps.setString(2, clinic.name());
            ps.setString(3, clinic.address());
            ps.setString(4, clinic.phone());
            ps.setString(5, clinic.currency().getCurrencyCode());
            ps.setBigDecimal(6, clinic.tax().ratePercent());
            ps.setBoolean(7, clinic.tax().inclusive());
            ps.setString(8, clinic.tax().rounding().name());
            ps.setString(9, clinic.zone().getId());
            ps.setString(10, clinic.dayEnds().toString());
            ps.setBoolean(11, clinic.demo());
            ps.setString(12, clinic.logo());
            Rows.stamps(ps, 13, at);
            ps.executeUpdate();
        }
    }

    /** Changes the clinic's lines on its receipts. */
    void changeDetails(String name, String address, String phone, Instant at) {
        update("UPDATE clinic SET name = ?, address = ?, phone = ?, updated_at = ?", at, name, address, phone);
    }

    /** Changes the file name (inside the data folder) of the receipt's logo; blank for none. */
    void changeLogo(String fileName, Instant at) {
        update("UPDATE clinic SET logo_file = ?, updated_at = ?", at, fileName);
    }

    private void update(String sql, Instant at, String... values) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setString(i + 1, values[i]);
                }
                ps.setObject(values.length + 1, Rows.utc(at));
                if (ps.executeUpdate() != 1) {
                    throw new StoreFailure("There is no clinic to change.", null);
                }
            }
            return null;
        });
    }
}
