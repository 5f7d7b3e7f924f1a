package com.knead.store;

import com.knead.domain.Approval;
import com.knead.domain.Clinic;
import com.knead.domain.Ids;
import com.knead.domain.Money;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refund;
import com.knead.domain.RefundRules;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
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
 * Voids and refunds. Each is one transaction with the sale's row locked: what was already given back
 * is read, the rules decide, the refund gets the next receipt number, and a gift card is credited or
 * a package visit restored. The sale itself is never touched.
 */
public final class RefundStore {

    private static final String SELECT = "SELECT r.id, r.receipt_number, r.kind, r.sale_id, s.receipt_number AS sale_receipt, "
            + "r.business_day, r.created_at, r.what, r.reason, r.approved_by, a.name AS approver "
            + "FROM refund r JOIN sale s ON s.id = r.sale_id JOIN staff a ON a.id = r.approved_by ";

    private final Database db;
    private final Clinic clinic;
    private final SaleStore sales;
    private final GiftCardStore giftCards;
    private final PackageStore packages;

    RefundStore(Database db, Clinic clinic, SaleStore sales, GiftCardStore giftCards, PackageStore packages) {
        this.db = db;
        this.clinic = clinic;
        this.sales = sales;
        this.giftCards = giftCards;
        this.packages = packages;
    }

    /** Voids the whole sale on its own business day, under a key of its own. */
    public Refund voidSale(ReceiptNumber original, String reason, Approval approval, Instant when) {
        return voidSale(Ids.next(), original, reason, approval, when);
    }

    /**
     * Voids the whole sale on its own business day. {@code key} becomes the void's id: submitting the
     * same key again returns the void already recorded under it and records nothing.
     */
    public Refund voidSale(UUID key, ReceiptNumber original, String reason, Approval approval, Instant when) {
        return voidSale(key, original, reason, approval, null, when);
    }

    /** The same, by {@code staffId} (who was signed in at the desk; may be null), audited with its approver. */
    public Refund voidSale(UUID key, ReceiptNumber original, String reason, Approval approval, UUID staffId,
                           Instant when) {
        Instant at = Rows.storable(when);
        return record(key, original, staffId, (sale, refunded, number, day) -> RefundRules.voidSale(sale, refunded,
                day, reason, approval, key, number, at), at);
    }

    /** Gives back {@code amount} of the sale to {@code to} (cash, or the card or gift card it was paid with). */
    public Refund refund(ReceiptNumber original, Money amount, TenderKind to, String what, String reason,
                         Approval approval, Instant when) {
        return refund(Ids.next(), original, amount, to, what, reason, approval, when);
    }

    /**
     * Gives back {@code amount} of the sale to {@code to}. {@code key} becomes the refund's id:
     * submitting the same key again returns the refund already recorded under it and records nothing.
     */
    public Refund refund(UUID key, ReceiptNumber original, Money amount, TenderKind to, String what, String reason,
                         Approval approval, Instant when) {
        return refund(key, original, amount, to, what, reason, approval, null, when);
    }

    /** The same, by {@code staffId} (who was signed in at the desk; may be null), audited with its approver. */
    public Refund refund(UUID key, ReceiptNumber original, Money amount, TenderKind to, String what, String reason,
                         Approval approval, UUID staffId, Instant when) {
        Instant at = Rows.storable(when);
        return record(key, original, staffId, (sale, refunded, number, day) -> RefundRules.refund(sale, refunded, amount, to,
                what, reason, approval, key, number, at, day), at);
    }

    /** What has been given back on a sale so far. */
    public Money refundedOn(ReceiptNumber original) {
        return db.read(c -> {
            Sale sale = sales.find(c, original).orElseThrow(() -> new Refused("There is no receipt " + original + "."));
            Money sum = Money.zero(clinic.currency());
            for (Tender back : givenBack(c, sale.id())) {
                sum = sum.plus(back.amount());
            }
            return sum;
        });
    }

    public Optional<Refund> find(ReceiptNumber number) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE r.receipt_number = ?")) {
                ps.setLong(1, number.value());
                List<Refund> found = list(c, ps);
                return found.stream().findFirst();
            }
        });
    }

    /** The voids and refunds of one business day in receipt order. */
    public List<Refund> forDay(LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE r.business_day = ? ORDER BY r.receipt_number")) {
                ps.setObject(1, day);
                return list(c, ps);
            }
        });
    }

    /**
     * The voids and refunds of every business day from {@code from} to {@code to}, by day, each day's in
     * receipt order (as {@link #forDay} gives them), with what each gave back: two queries in all.
     */
    public Map<LocalDate, List<Refund>> forDays(LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<UUID, List<Tender>> givenBack = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.refund_id, t.kind, t.amount, t.reference "
                    + "FROM refund_tender t JOIN refund r ON r.id = t.refund_id WHERE r.business_day BETWEEN ? AND ? "
                    + "ORDER BY t.refund_id, t.line_no")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        givenBack.computeIfAbsent(Rows.uuid(rs, "refund_id"), k -> new ArrayList<>()).add(tender(rs));
                    }
                }
            }
            Map<LocalDate, List<Refund>> byDay = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE r.business_day BETWEEN ? AND ? "
                    + "ORDER BY r.business_day, r.receipt_number")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                for (Refund refund : list(ps, id -> givenBack.getOrDefault(id, List.of()))) {
                    byDay.computeIfAbsent(refund.businessDay(), d -> new ArrayList<>()).add(refund);
                }
            }
            return byDay;
        });
    }

    @FunctionalInterface
    private interface Rule {
        Refund decide(Sale sale, List<Tender> alreadyBack, ReceiptNumber number, LocalDate day);
    }

    private Refund record(UUID key, ReceiptNumber original, UUID staffId, Rule rule, Instant at) {
        return db.transaction(c -> {
            Sale sale = sales.find(c, original).orElseThrow(() -> new Refused("There is no receipt " + original + "."));
            try (PreparedStatement lock = c.prepareStatement("SELECT id FROM sale WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, sale.id());
                lock.executeQuery().close();
            }
            // Read under the sale's lock, so two submits of one key cannot both get past it.
            try (PreparedStatement already = c.prepareStatement(SELECT + "WHERE r.id = ?")) {
                already.setObject(1, key);
                Optional<Refund> recorded = list(c, already).stream().findFirst();
                if (recorded.isPresent()) {
                    return recorded.get();
                }
            }
            ReceiptNumber number = new ReceiptNumber(Counters.next(c, "receipt"));
            // After the receipt counter's lock (which a close also takes): a day closed meanwhile is seen, and
            // a refund made after its day was closed counts on the next open day.
            LocalDate day = ZReportStore.openFrom(c, clinic.businessDay(at));
            Refund refund = rule.decide(sale, givenBack(c, sale.id()), number, day);
            insert(c, refund, staffId);
            AuditStore.append(c, new AuditStore.Entry(Ids.next(), "desk", refund.kind().label().toLowerCase(),
                    "approved", Optional.empty(), Optional.of(refund.approval().staffId()), "receipt "
                    + refund.receiptNumber() + " gives back " + refund.amount().plain() + " of receipt " + original
                    + ", approved by " + refund.approval().staffName() + doneBy(c, staffId), refund.createdAt()));
            for (Tender back : refund.paidBack()) {
                if (back.kind() == TenderKind.GIFT_CARD) {
                    giftCards.credit(c, sale, refund.id(), back, refund.createdAt());
                } else if (back.kind() == TenderKind.PACKAGE_CREDIT) {
                    packages.restore(c, sale, refund.id(), back, refund.createdAt());
                }
            }
            Chain.append(c, ChainedKinds.REFUND, refund.id());
            Chain.appendPrepaid(c, "refund_id = ?", refund.id());
            return refund;
        });
    }

    /** Every tender given back so far on the sale. */
    private List<Tender> givenBack(Connection c, UUID saleId) throws SQLException {
        List<Tender> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.kind, t.amount, t.reference FROM refund_tender t "
                + "JOIN refund r ON r.id = t.refund_id WHERE r.sale_id = ?")) {
            ps.setObject(1, saleId);
            readTenders(ps, result);
        }
        return result;
    }

    private void readTenders(PreparedStatement ps, List<Tender> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.add(tender(rs));
            }
        }
    }

    private Tender tender(ResultSet rs) throws SQLException {
        return new Tender(TenderKind.valueOf(rs.getString("kind")), Rows.money(rs, "amount", clinic.currency()),
                rs.getString("reference"));
    }

    /** ", done by Riley Brooks", or nothing when nobody was signed in. */
    private static String doneBy(Connection c, UUID staffId) throws SQLException {
        if (staffId == null) {
            return "";
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM staff WHERE id = ?")) {
            ps.setObject(1, staffId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ", done by " + rs.getString(1) : "";
            }
        }
    }

    private void insert(Connection c, Refund refund, UUID staffId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO refund (id, receipt_number, kind, sale_id, business_day, "
                + "what, reason, approved_by, created_at, updated_at, staff_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, refund.id());
            ps.setLong(2, refund.receiptNumber().value());
            ps.setString(3, refund.kind().name());
            ps.setObject(4, refund.saleId());
            ps.setObject(5, refund.businessDay());
            ps.setString(6, refund.what());
            ps.setString(7, refund.reason());
            ps.setObject(8, refund.approval().staffId());
            Rows.stamps(ps, 9, refund.createdAt());
            ps.setObject(11, staffId);
            ps.executeUpdate();
        }
        SaleStore.insertTenders(c, "refund_tender", "refund_id", refund.id(), refund.paidBack(), refund.createdAt());
    }

    private List<Refund> list(Connection c, PreparedStatement ps) throws SQLException {
        return list(ps, id -> tenders(c, id));
    }

    /** What a refund gave back, by its key. */
    @FunctionalInterface
    private interface GivenBack {
        List<Tender> of(UUID refundId) throws SQLException;
    }

    private List<Refund> list(PreparedStatement ps, GivenBack givenBack) throws SQLException {
        List<Refund> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = Rows.uuid(rs, "id");
                result.add(new Refund(id, new ReceiptNumber(rs.getLong("receipt_number")),
                        Refund.Kind.valueOf(rs.getString("kind")), Rows.uuid(rs, "sale_id"),
                        new ReceiptNumber(rs.getLong("sale_receipt")), rs.getObject("business_day", LocalDate.class),
                        Rows.instant(rs, "created_at"), rs.getString("what"), givenBack.of(id), rs.getString("reason"),
                        new Approval(Rows.uuid(rs, "approved_by"), rs.getString("approver"))));
            }
        }
        return result;
    }

    private List<Tender> tenders(Connection c, UUID refundId) throws SQLException {
        List<Tender> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, amount, reference FROM refund_tender WHERE refund_id = ? ORDER BY line_no")) {
            ps.setObject(1, refundId);
            readTenders(ps, result);
        }
        return result;
    }
}
