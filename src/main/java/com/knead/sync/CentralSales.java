package com.knead.sync;

import com.knead.domain.Approval;
import com.knead.domain.Clinic;
import com.knead.domain.Discount;
import com.knead.domain.LineKind;
import com.knead.domain.Money;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refund;
import com.knead.domain.Sale;
import com.knead.domain.SaleLine;
import com.knead.domain.SaleTotals;
import com.knead.domain.TaxPolicy;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads, at the centre, what a sales report of a range of business days needs of every location
 * that has synced: its sales and refunds of those days (and the earlier sales they give back on),
 * its visits, the names of its modalities and staff, and its clinic's tax and day, as domain records,
 * so the report adds them up with the very rules each location's own report uses. One read-only
 * transaction at one instant: a sync committing meanwhile is either wholly in it or not at all.
 */
public final class CentralSales {

    /** One location's records for the range. */
    public record Location(UUID id, String name, Clinic clinic, List<Sale> sales, List<Refund> refunds,
                           Map<UUID, Sale> refundedSales, Map<LocalDate, Integer> visits,
                           Map<UUID, LocalDate> firstVisits, Map<UUID, String> modalityNames) {
    }

    private static final String SALE = "SELECT s.id, s.receipt_number, s.visit_id, s.business_day, s.client_name, "
            + "s.subtotal, s.discount, s.net, s.tax, s.total, s.tip, s.change_due, s.created_at, s.discount_kind, "
            + "s.discount_value, s.discount_reason, s.discount_approved_by, s.therapist_id, s.cashier_id FROM sale s ";

    private final Connection c;
    private final String where;

    private CentralSales(Connection connection, String where) {
        this.c = connection;
        this.where = where;
    }

    /** Every synced location's records from {@code from} to {@code to}, both included, by location name. */
    public static List<Location> read(CentralStore central, LocalDate from, LocalDate to) {
        CentralSales reader = new CentralSales(central.connection(), central.where());
        try {
            try (Statement st = reader.c.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
            }
            List<Location> locations = reader.locations(from, to);
            reader.c.commit();
            return locations;
        } catch (SQLException e) {
            central.rollBack();
            throw CentralProblem.of(e, reader.where);
        }
    }

    private List<Location> locations(LocalDate from, LocalDate to) throws SQLException {
        List<Location> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, currency, tax_rate, tax_inclusive, rounding, "
                + "zone, day_ends FROM location WHERE currency IS NOT NULL ORDER BY name, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject("id", UUID.class);
                Clinic clinic = new Clinic(rs.getString("name"), "", "", Currency.getInstance(rs.getString("currency").strip()),
                        new TaxPolicy(rs.getBigDecimal("tax_rate"), rs.getBoolean("tax_inclusive"),
                                RoundingMode.valueOf(rs.getString("rounding"))),
                        ZoneId.of(rs.getString("zone")), rs.getObject("day_ends", LocalTime.class), false, "");
                result.add(new Location(id, rs.getString("name"), clinic, null, null, null, null, null, null));
            }
        }
        List<Location> full = new ArrayList<>(result.size());
        for (Location bare : result) {
            full.add(location(bare, from, to));
        }
        return full;
    }

    private Location location(Location bare, LocalDate from, LocalDate to) throws SQLException {
        UUID id = bare.id();
        Clinic clinic = bare.clinic();
        Map<UUID, String> staff = names("SELECT id, name FROM location_staff WHERE location_id = ?", id);
        Map<UUID, String> modalities = names("SELECT id, name FROM location_modality WHERE location_id = ?", id);
        List<Sale> sales = sales(clinic, staff, "s.location_id = ? AND s.business_day BETWEEN ? AND ?", id, from, to);
        List<Refund> refunds = refunds(clinic, staff, id, from, to);
        Map<UUID, Sale> refunded = new HashMap<>();
        sales.forEach(sale -> refunded.put(sale.id(), sale));
        List<Sale> earlier = sales(clinic, staff, "s.id IN (SELECT r.sale_id FROM refund r WHERE r.location_id = ? "
                + "AND r.business_day BETWEEN ? AND ?) AND s.business_day < ?", id, from, to, from);
        earlier.forEach(sale -> refunded.put(sale.id(), sale));
        Map<LocalDate, Integer> visits = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT business_day, COUNT(*) FROM visit WHERE location_id = ? "
                + "AND business_day BETWEEN ? AND ? AND status <> 'CANCELLED' GROUP BY business_day")) {
            bind(ps, id, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visits.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
                }
            }
        }
        // As at the location: a client seen in the range is new when their first visit there is in it.
        Map<UUID, LocalDate> first = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.client_id, (SELECT MIN(f.business_day) FROM visit f "
                + "WHERE f.location_id = v.location_id AND f.client_id = v.client_id AND f.status <> 'CANCELLED') "
                + "FROM visit v WHERE v.location_id = ? AND v.business_day BETWEEN ? AND ? AND v.status <> 'CANCELLED' "
                + "GROUP BY v.location_id, v.client_id")) {
            bind(ps, id, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    first.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                }
            }
        }
        return new Location(id, bare.name(), clinic, sales, refunds, refunded, visits, first, modalities);
    }

    private Map<UUID, String> names(String sql, UUID location) throws SQLException {
        Map<UUID, String> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, location);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
        }
        return names;
    }

    private List<Sale> sales(Clinic clinic, Map<UUID, String> staff, String condition, Object... values)
            throws SQLException {
        Currency currency = clinic.currency();
        Map<UUID, List<SaleLine>> lines = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.sale_id, l.description, l.modality_id, l.minutes, "
                + "l.unit_price, l.quantity, l.kind, l.code, l.credits FROM sale_line l JOIN sale s ON s.id = l.sale_id "
                + "WHERE " + condition + " ORDER BY l.sale_id, l.line_no")) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.computeIfAbsent(rs.getObject("sale_id", UUID.class), k -> new ArrayList<>())
                            .add(new SaleLine(rs.getString("description"), rs.getObject("modality_id", UUID.class),
                                    rs.getInt("minutes"), money(rs, "unit_price", currency), rs.getInt("quantity"),
                                    LineKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getInt("credits")));
                }
            }
        }
        Map<UUID, List<Tender>> tenders = tenders("SELECT t.sale_id, t.kind, t.amount, t.reference FROM tender t "
                + "JOIN sale s ON s.id = t.sale_id WHERE " + condition + " ORDER BY t.sale_id, t.line_no", currency, values);
        List<Sale> sales = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SALE + "WHERE " + condition + " ORDER BY s.receipt_number")) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    SaleTotals totals = new SaleTotals(money(rs, "subtotal", currency), money(rs, "discount", currency),
                            money(rs, "net", currency), money(rs, "tax", currency), money(rs, "total", currency),
                            money(rs, "tip", currency), clinic.tax().ratePercent());
                    UUID approver = rs.getObject("discount_approved_by", UUID.class);
                    UUID therapist = rs.getObject("therapist_id", UUID.class);
                    UUID cashier = rs.getObject("cashier_id", UUID.class);
                    String kind = rs.getString("discount_kind");
                    sales.add(new Sale(id, new ReceiptNumber(rs.getLong("receipt_number")),
                            rs.getObject("visit_id", UUID.class), rs.getObject("business_day", LocalDate.class),
                            instant(rs, "created_at"), rs.getString("client_name"), lines.getOrDefault(id, List.of()),
                            totals, tenders.getOrDefault(id, List.of()), money(rs, "change_due", currency), therapist,
                            therapist == null ? "" : staff.getOrDefault(therapist, ""),
                            kind == null ? null : new Discount(Discount.Kind.valueOf(kind),
                                    rs.getBigDecimal("discount_value"), rs.getString("discount_reason")),
                            approver == null ? null : new Approval(approver, staff.getOrDefault(approver, "")),
                            cashier, cashier == null ? "" : staff.getOrDefault(cashier, "")));
                }
            }
        }
        return sales;
    }

    private List<Refund> refunds(Clinic clinic, Map<UUID, String> staff, UUID location, LocalDate from, LocalDate to)
            throws SQLException {
        String condition = "r.location_id = ? AND r.business_day BETWEEN ? AND ?";
        Map<UUID, List<Tender>> back = tenders("SELECT t.refund_id, t.kind, t.amount, t.reference FROM refund_tender t "
                + "JOIN refund r ON r.id = t.refund_id WHERE " + condition + " ORDER BY t.refund_id, t.line_no",
                clinic.currency(), location, from, to);
        List<Refund> refunds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.receipt_number, r.kind, r.sale_id, "
                + "s.receipt_number AS sale_receipt, r.business_day, r.created_at, r.what, r.reason, r.approved_by "
                + "FROM refund r JOIN sale s ON s.id = r.sale_id WHERE " + condition + " ORDER BY r.receipt_number")) {
            bind(ps, location, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    UUID approver = rs.getObject("approved_by", UUID.class);
                    refunds.add(new Refund(id, new ReceiptNumber(rs.getLong("receipt_number")),
                            Refund.Kind.valueOf(rs.getString("kind")), rs.getObject("sale_id", UUID.class),
                            new ReceiptNumber(rs.getLong("sale_receipt")), rs.getObject("business_day", LocalDate.class),
                            instant(rs, "created_at"), rs.getString("what"), back.getOrDefault(id, List.of()),
                            rs.getString("reason"), new Approval(approver, staff.getOrDefault(approver, ""))));
                }
            }
        }
        return refunds;
    }

    private Map<UUID, List<Tender>> tenders(String sql, Currency currency, Object... values) throws SQLException {
        Map<UUID, List<Tender>> tenders = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tenders.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Tender(TenderKind.valueOf(rs.getString("kind")), money(rs, "amount", currency),
                                    rs.getString("reference")));
                }
            }
        }
        return tenders;
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static Money money(ResultSet rs, String column, Currency currency) throws SQLException {
        BigDecimal stored = rs.getBigDecimal(column);
        return Money.of(stored.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY), currency);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
