package com.knead.store;

import com.knead.domain.AddOn;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.Pressure;
import com.knead.domain.ServicePrice;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Modalities, their prices per duration and add-ons: the clinic's price list. */
public final class CatalogStore {

    private final Database db;
    private final Currency currency;

    public CatalogStore(Database db, Currency currency) {
        this.db = db;
        this.currency = currency;
    }

    /** The active price list. */
    public PriceList priceList() {
        return db.read(c -> new PriceList(modalities(c), prices(c), addOns(c)));
    }

    /** The name of every modality ever offered, so old sales still name theirs. */
    public Map<UUID, String> modalityNames() {
        return db.read(c -> {
            Map<UUID, String> names = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM modality");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(Rows.uuid(rs, "id"), rs.getString("name"));
                }
            }
            return names;
        });
    }

    private static List<Modality> modalities(Connection c) throws SQLException {
        List<Modality> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, name, description, pressure, intense, sort_order "
                + "FROM modality WHERE active ORDER BY sort_order");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new Modality(Rows.uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("description"), Pressure.valueOf(rs.getString("pressure")),
                        rs.getBoolean("intense"), rs.getInt("sort_order")));
            }
        }
        return result;
    }

    private List<ServicePrice> prices(Connection c) throws SQLException {
        List<ServicePrice> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, modality_id, minutes, price FROM service_price WHERE active ORDER BY minutes");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new ServicePrice(Rows.uuid(rs, "id"), Rows.uuid(rs, "modality_id"), rs.getInt("minutes"),
                        Rows.money(rs, "price", currency)));
            }
        }
        return result;
    }

    private List<AddOn> addOns(Connection c) throws SQLException {
        List<AddOn> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, code, name, price, extra_minutes FROM add_on WHERE active ORDER BY sort_order");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new AddOn(Rows.uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
                        Rows.money(rs, "price", currency), rs.getInt("extra_minutes")));
            }
        }
        return result;
    }

    static void insert(Connection c, Modality m, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO modality (id, code, name, description, pressure, "
                + "intense, sort_order, active, created_at, updated_at) VALUES (?,?,?,?,?,?,?,TRUE,?,?)")) {
            ps.setObject(1, m.id());
            ps.setString(2, m.code());
            ps.setString(3, m.name());
            ps.setString(4, m.description());
            ps.setString(5, m.pressure().name());
            ps.setBoolean(6, m.intense());
            ps.setInt(7, m.sortOrder());
            Rows.stamps(ps, 8, at);
            ps.executeUpdate();
        }
    }

    static void insert(Connection c, ServicePrice p, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO service_price (id, modality_id, minutes, price, "
                + "active, created_at, updated_at) VALUES (?,?,?,?,TRUE,?,?)")) {
            ps.setObject(1, p.id());
            ps.setObject(2, p.modalityId());
            ps.setInt(3, p.minutes());
            ps.setBigDecimal(4, p.price().amount());
            Rows.stamps(ps, 5, at);
            ps.executeUpdate();
        }
    }

    static void insert(Connection c, AddOn a, int sortOrder, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO add_on (id, code, name, price, extra_minutes, "
                + "sort_order, active, created_at, updated_at) VALUES (?,?,?,?,?,?,TRUE,?,?)")) {
            ps.setObject(1, a.id());
            ps.setString(2, a.code());
            ps.setString(3, a.name());
            ps.setBigDecimal(4, a.price().amount());
            ps.setInt(5, a.extraMinutes());
            ps.setInt(6, sortOrder);
            Rows.stamps(ps, 7, at);
            ps.executeUpdate();
        }
    }
}
