package com.knead.store;

import com.knead.domain.Approval;
import com.knead.domain.Clinic;
import com.knead.domain.Discount;
import com.knead.domain.Ids;
import com.knead.domain.LineKind;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.SaleTotals;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.domain.VisitStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records sales and reads them back. A sale, its lines, its tenders, its receipt number and the
 * visit becoming paid are one transaction: all of it is kept, or none. Sales are never updated.
 */
public final class SaleStore {

    private static final String SELECT_SALE = "SELECT s.id, s.receipt_number, s.visit_id, s.business_day, s.client_name, "
            + "s.subtotal, s.discount, s.net, s.tax, s.tax_rate, s.total, s.tip, s.change_due, s.created_at, "
            + "s.discount_kind, s.discount_value, s.discount_reason, s.discount_approved_by, a.name AS approver_name, "
            + "s.therapist_id, t.name AS therapist_name, s.cashier_id, k.name AS cashier_name "
            + "FROM sale s LEFT JOIN staff a ON a.id = s.discount_approved_by LEFT JOIN staff t ON t.id = s.therapist_id "
            + "LEFT JOIN staff k ON k.id = s.cashier_id ";
    private static final String IN_RANGE = "s.business_day BETWEEN ? AND ?";

    private final Database db;
    private final Clinic clinic;
    private final VisitStore visits;
    private final GiftCardStore giftCards;
    private final PackageStore packages;

    SaleStore(Database db, Clinic clinic, VisitStore visits, GiftCardStore giftCards, PackageStore packages) {
        this.db = db;
        this.clinic = clinic;
        this.visits = visits;
        this.giftCards = giftCards;
        this.packages = packages;
    }

    /**
     * Records a fully paid draft; returns the sale with its receipt number once it is durably committed.
     * Recording the same draft again returns the sale already recorded under its key and records nothing.
     */
    public Sale record(SaleDraft draft, Instant when) {
        return record(draft, when, true);
    }

    /**
     * The same; {@code chained} false leaves the sale out of the tamper-evidence chain. Only the chain
     * benchmark does that, to time the same commit without its link; {@code knead verify} then names it.
     */
    Sale record(SaleDraft draft, Instant when, boolean chained) {
        Instant at = Rows.storable(when);
        return db.transaction(c -> {
            Optional<Sale> already = findById(c, draft.key());
            if (already.isPresent()) {
                return already.get();
            }
            if (draft.visitId() != null) {
                visits.move(c, draft.visitId(), VisitStatus.PAID, at);
            }
            ReceiptNumber number = new ReceiptNumber(Counters.next(c, "receipt"));
            Sale made = draft.complete(draft.key(), number, at);
            // After the receipt counter's lock (which a close also takes): a day closed meanwhile is seen.
            Sale sale = made.onDay(ZReportStore.openFrom(c, made.businessDay()));
            insert(c, sale);
            prepaid(c, sale);
            if (sale.discountApproval() != null) {
                AuditStore.append(c, new AuditStore.Entry(Ids.next(), "desk", "discount", "approved", Optional.empty(),
                        Optional.of(sale.discountApproval().staffId()), "receipt " + number + ", "
                        + sale.totals().discount().plain() + " off, approved by " + sale.discountApproval().staffName()
                        + (sale.cashierName().isEmpty() ? "" : " for " + sale.cashierName()), at));
            }
            if (chained) {
                Chain.append(c, ChainedKinds.SALE, sale.id());
                Chain.appendPrepaid(c, "sale_id = ? AND refund_id IS NULL", sale.id());
            }
            if (draft.visitId() != null) {
                // Queued last, under the outbox's lock like the sale: the visit is now paid.
                Outbox.add(c, TravellingKinds.VISIT, draft.visitId());
            }
            return sale;
        });
    }

    public Optional<Sale> find(ReceiptNumber number) {
        return db.read(c -> find(c, number));
    }

    private Optional<Sale> findById(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_SALE + "WHERE s.id = ?")) {
            ps.setObject(1, id);
            return read(c, ps, "s.id = ?", id).stream().findFirst();
        }
    }

    Optional<Sale> find(Connection c, ReceiptNumber number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_SALE + "WHERE s.receipt_number = ?")) {
            ps.setLong(1, number.value());
            return read(c, ps, "s.receipt_number = ?", number.value()).stream().findFirst();
        }
    }

    /** The newest receipt number handed out (to a sale, void or refund), if any. */
    public Optional<ReceiptNumber> last() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(n) FROM (SELECT MAX(receipt_number) AS n FROM sale "
                    + "UNION ALL SELECT MAX(receipt_number) FROM refund)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long value = rs.getLong(1);
                return rs.wasNull() ? Optional.<ReceiptNumber>empty() : Optional.of(new ReceiptNumber(value));
            }
        });
    }

    /** The sales of one business day in receipt order. */
    public List<Sale> forDay(LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_SALE + "WHERE s.business_day = ? ORDER BY s.receipt_number")) {
                ps.setObject(1, day);
                return read(c, ps, "s.business_day = ?", day);
            }
        });
    }

    /**
     * The sales of every business day from {@code from} to {@code to}, by day, each day's in receipt order
     * (as {@link #forDay} gives them): one query each for the sales, their lines and their tenders.
     */
    public Map<LocalDate, List<Sale>> forDays(LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_SALE + "WHERE " + IN_RANGE
                    + " ORDER BY s.business_day, s.receipt_number")) {
                bind(ps, from, to);
                Map<LocalDate, List<Sale>> byDay = new LinkedHashMap<>();
                for (Sale sale : read(c, ps, IN_RANGE, from, to)) {
                    byDay.computeIfAbsent(sale.businessDay(), d -> new ArrayList<>()).add(sale);
                }
                return byDay;
            }
        });
    }

    /**
     * The sales of days before {@code from} (or after {@code to}) that the voids and refunds of the days from
     * {@code from} to {@code to} give back on, by key: what a range report reads besides the range's own sales.
     */
    public Map<UUID, Sale> refundedOutside(LocalDate from, LocalDate to) {
        String condition = "s.id IN (SELECT r.sale_id FROM refund r WHERE r.business_day BETWEEN ? AND ?) AND NOT "
                + IN_RANGE;
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_SALE + "WHERE " + condition)) {
                Object[] values = {from, to, from, to};
                bind(ps, values);
                Map<UUID, Sale> byId = new HashMap<>();
                read(c, ps, condition, values).forEach(sale -> byId.put(sale.id(), sale));
                return byId;
            }
        });
    }

    /** Reads the sales {@code ps} selects, with their lines and tenders chosen by the same condition. */
    private List<Sale> read(Connection c, PreparedStatement ps, String condition, Object... values) throws SQLException {
        Map<UUID, List<SaleLine>> lines = lines(c, condition, values);
        Map<UUID, List<Tender>> tenders = tenders(c, condition, values);
        List<Sale> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = Rows.uuid(rs, "id");
                SaleTotals totals = new SaleTotals(money(rs, "subtotal"), money(rs, "discount"), money(rs, "net"),
                        money(rs, "tax"), money(rs, "total"), money(rs, "tip"), taxRate(rs));
                UUID approver = Rows.uuid(rs, "discount_approved_by");
                result.add(new Sale(id, new ReceiptNumber(rs.getLong("receipt_number")), Rows.uuid(rs, "visit_id"),
                        rs.getObject("business_day", LocalDate.class), Rows.instant(rs, "created_at"),
                        rs.getString("client_name"), lines.getOrDefault(id, List.of()), totals,
                        tenders.getOrDefault(id, List.of()), money(rs, "change_due"), Rows.uuid(rs, "therapist_id"),
                        rs.getString("therapist_name"), discount(rs),
                        approver == null ? null : new Approval(approver, rs.getString("approver_name")),
                        Rows.uuid(rs, "cashier_id"), rs.getString("cashier_name")));
            }
        }
        return result;
    }

    private Map<UUID, List<SaleLine>> lines(Connection c, String condition, Object... values) throws SQLException {
        Map<UUID, List<SaleLine>> result = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.sale_id, l.description, l.modality_id, l.minutes, "
                + "l.unit_price, l.quantity, l.kind, l.code, l.credits FROM sale_line l JOIN sale s ON s.id = l.sale_id WHERE " + condition
                + " ORDER BY l.sale_id, l.line_no")) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(Rows.uuid(rs, "sale_id"), k -> new ArrayList<>())
                            .add(new SaleLine(rs.getString("description"), Rows.uuid(rs, "modality_id"),
                                    rs.getInt("minutes"), money(rs, "unit_price"), rs.getInt("quantity"),
                                    LineKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getInt("credits")));
                }
            }
        }
        return result;
    }

    private Map<UUID, List<Tender>> tenders(Connection c, String condition, Object... values) throws SQLException {
        Map<UUID, List<Tender>> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.sale_id, t.kind, t.amount, t.reference FROM tender t "
                + "JOIN sale s ON s.id = t.sale_id WHERE " + condition + " ORDER BY t.sale_id, t.line_no")) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(Rows.uuid(rs, "sale_id"), k -> new ArrayList<>())
                            .add(new Tender(TenderKind.valueOf(rs.getString("kind")), money(rs, "amount"),
                                    rs.getString("reference")));
                }
            }
        }
        return result;
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static Discount discount(ResultSet rs) throws SQLException {
        String kind = rs.getString("discount_kind");
        return kind == null ? null : new Discount(Discount.Kind.valueOf(kind),
                rs.getBigDecimal("discount_value"), rs.getString("discount_reason"));
    }

    /** Gift cards and packages sold on the sale's lines, and drawn down by its tenders. */
    private void prepaid(Connection c, Sale sale) throws SQLException {
        for (SaleLine line : sale.lines()) {
            if (line.kind() == LineKind.GIFT_CARD) {
                giftCards.issue(c, sale, line);
            } else if (line.kind() == LineKind.PACKAGE) {
                packages.issue(c, sale, line);
            }
        }
        for (Tender tender : sale.tenders()) {
            if (tender.kind() == TenderKind.GIFT_CARD) {
                giftCards.redeem(c, sale, tender);
            } else if (tender.kind() == TenderKind.PACKAGE_CREDIT) {
                packages.redeem(c, sale, tender);
            }
        }
    }

    /** The rate a sale was taxed at; a sale from before dated tax rates was taxed at the rate as set up. */
    private java.math.BigDecimal taxRate(ResultSet rs) throws SQLException {
        java.math.BigDecimal rate = rs.getBigDecimal("tax_rate");
        return rate == null ? clinic.tax().ratePercent() : rate;
    }

    private com.knead.domain.Money money(ResultSet rs, String column) throws SQLException {
        return Rows.money(rs, column, clinic.currency());
    }

    private void insert(Connection c, Sale sale) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sale (id, receipt_number, visit_id, business_day, "
                + "client_name, currency, subtotal, net, tax, total, change_due, created_at, updated_at, discount, "
                + "discount_kind, discount_value, discount_reason, discount_approved_by, tip, therapist_id, cashier_id, "
                + "tax_rate) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, sale.id());
            ps.setLong(2, sale.receiptNumber().value());
            ps.setObject(3, sale.visitId());
            ps.setObject(4, sale.businessDay());
            ps.setString(5, sale.clientName());
            ps.setString(6, clinic.currency().getCurrencyCode());
            ps.setBigDecimal(7, sale.totals().subtotal().amount());
            ps.setBigDecimal(8, sale.totals().net().amount());
            ps.setBigDecimal(9, sale.totals().tax().amount());
            ps.setBigDecimal(10, sale.totals().total().amount());
            ps.setBigDecimal(11, sale.changeDue().amount());
            Rows.stamps(ps, 12, sale.createdAt());
            ps.setBigDecimal(14, sale.totals().discount().amount());
            Discount discount = sale.discount();
            ps.setString(15, discount == null ? null : discount.kind().name());
            ps.setBigDecimal(16, discount == null ? null : discount.value());
            ps.setString(17, discount == null ? null : discount.reason());
            ps.setObject(18, sale.discountApproval() == null ? null : sale.discountApproval().staffId());
            ps.setBigDecimal(19, sale.totals().tip().amount());
            ps.setObject(20, sale.therapistId());
            ps.setObject(21, sale.cashierId());
            ps.setBigDecimal(22, sale.totals().taxRate());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sale_line (id, sale_id, line_no, description, "
                + "modality_id, minutes, unit_price, quantity, created_at, updated_at, kind, code, credits) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int lineNo = 0;
            for (SaleLine line : sale.lines()) {
                ps.setObject(1, Ids.next());
                ps.setObject(2, sale.id());
                ps.setInt(3, ++lineNo);
                ps.setString(4, line.description());
                ps.setObject(5, line.modalityId());
                ps.setInt(6, line.minutes());
                ps.setBigDecimal(7, line.unitPrice().amount());
                ps.setInt(8, line.quantity());
                Rows.stamps(ps, 9, sale.createdAt());
                ps.setString(11, line.kind().name());
                ps.setString(12, line.code());
                ps.setInt(13, line.credits());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        insertTenders(c, "tender", "sale_id", sale.id(), sale.tenders(), sale.createdAt());
    }

    /** Inserts tenders in order under their owner (a sale's payments, or what a refund gave back). */
    static void insertTenders(Connection c, String table, String ownerColumn, UUID owner, List<Tender> tenders,
                              Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, " + ownerColumn + ", line_no, "
                + "kind, amount, reference, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)")) {
            int lineNo = 0;
            for (Tender tender : tenders) {
                ps.setObject(1, Ids.next());
                ps.setObject(2, owner);
                ps.setInt(3, ++lineNo);
                ps.setString(4, tender.kind().name());
                ps.setBigDecimal(5, tender.amount().amount());
                ps.setString(6, tender.reference());
                Rows.stamps(ps, 7, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
