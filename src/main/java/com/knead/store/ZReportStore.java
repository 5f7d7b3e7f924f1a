package com.knead.store;

import com.knead.domain.Approval;
import com.knead.domain.Clinic;
import com.knead.domain.CountedDrawer;
import com.knead.domain.DrawerCount;
import com.knead.domain.Ids;
import com.knead.domain.Money;
import com.knead.domain.Refused;
import com.knead.domain.ZReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The Z of each closed business day, and the sums the close needs. Closing is one transaction that
 * holds the receipt counter's lock (so no sale or refund lands on the day while it closes), refuses a
 * day already closed, takes the next gap-free Z number and inserts the Z; the unique business day
 * backs this up, so closing twice, or two desks at once, gives one Z. A Z is never updated.
 */
public final class ZReportStore {

    private static final String SELECT = "SELECT z.id, z.z_number, z.business_day, z.expected, z.counted, "
            + "z.counted_pieces, z.reason, z.sales_total, z.refunded, z.net_taken, z.grand_total, z.visits, z.new_clients, z.returning_clients, z.closed_by, "
            + "s.name AS closed_by_name, z.closed_at, z.chain_head FROM z_report z JOIN staff s ON s.id = z.closed_by ";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Database db;
    private final Clinic clinic;

    ZReportStore(Database db, Clinic clinic) {
        this.db = db;
        this.clinic = clinic;
    }

    /** New clients (no earlier visit) and returning ones among the day's visits (cancelled ones left out). */
    public record Clients(int fresh, int returning) {
    }

    /**
     * Closes {@code day}: {@code closing} makes the Z from its number, reading the day's figures while the
     * receipt counter is held. Refused, with nothing recorded, when the day is already closed.
     */
    public ZReport close(LocalDate day, LongFunction<ZReport> closing) {
        try {
            return db.transaction(c -> {
                Counters.hold(c, "receipt");
                Optional<ZReport> already = find(c, day);
                if (already.isPresent()) {
                    throw alreadyClosed(already.get());
                }
                ZReport made = closing.apply(Counters.next(c, "z_report"));
                // The chain is locked last (as every writer does) and the Z keeps its head, then joins it.
                ZReport z = made.closingOn(Chain.head(c));
                insert(c, z, receiptCounter(c));
                Chain.append(c, ChainedKinds.Z, z.id());
                AuditStore.append(c, new AuditStore.Entry(Ids.next(), "office", "close of day", "closed",
                        Optional.empty(), Optional.of(z.closedBy().staffId()), z.label() + " closes " + day
                        + ", drawer " + z.drawer().difference() + ", closed by " + z.closedBy().staffName(), z.closedAt()));
                return z;
            });
        } catch (StoreFailure e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                // Another desk's close of the same day committed first.
                throw find(day).map(this::alreadyClosed).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** Refuses a day already closed, saying by whom and when. */
    public void requireOpen(LocalDate day) {
        Optional<ZReport> z = find(day);
        if (z.isPresent()) {
            throw alreadyClosed(z.get());
        }
    }

    private Refused alreadyClosed(ZReport z) {
        return new Refused(z.day() + " is already closed: " + z.label() + ", by " + z.closedBy().staffName() + " at "
                + CLOCK.format(z.closedAt().atZone(clinic.zone())) + ". A day is closed once.");
    }

    /** The Z of a day, if it was closed. */
    public Optional<ZReport> find(LocalDate day) {
        return db.read(c -> find(c, day));
    }

    /** Every Z in number order. */
    public List<ZReport> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "ORDER BY z.z_number")) {
                return list(ps);
            }
        });
    }

    /**
     * Sales kept (voided ones left out) less refunds, tax included, tips not, of every day up to {@code day}:
     * the grand total of the last Z on or before it, plus what came after that Z (on later days, and on
     * earlier days still open, numbered after its close). Without such a Z, summed from the first sale.
     */
    public Money grandTotalThrough(LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT business_day, grand_total, last_receipt FROM z_report "
                    + "WHERE business_day <= ? AND last_receipt IS NOT NULL ORDER BY business_day DESC LIMIT 1")) {
                ps.setObject(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        LocalDate closed = rs.getObject("business_day", LocalDate.class);
                        String later = "s.business_day > ? AND s.business_day <= ?";
                        return money(rs, "grand_total")
                                .plus(kept(c, later, later, "r.business_day > ? AND r.business_day <= ?", closed, day))
                                .plus(kept(c, "s.business_day <= ? AND s.receipt_number > ?",
                                        "s.business_day <= ? AND v.receipt_number > ?",
                                        "r.business_day <= ? AND r.receipt_number > ?", closed, rs.getLong("last_receipt")));
                    }
                }
            }
            return kept(c, "s.business_day <= ?", "s.business_day <= ?", "r.business_day <= ?", day);
        });
    }

    /**
     * Sales kept less refunds: the sales {@code sales} chooses (alias s), less the voided sales {@code voids}
     * chooses (void v of sale s), less the refunds {@code refunds} chooses (alias r), each bound to {@code values}.
     */
    private Money kept(Connection c, String sales, String voids, String refunds, Object... values) throws SQLException {
        // Every sale less the voided ones (a sale is voided at most once): plain sums, where a NOT EXISTS
        // looked up each of three years' sales (benchmark: scripts/bench-reports).
        return sum(c, "SELECT COALESCE(SUM(s.total), 0) FROM sale s WHERE " + sales, values)
                .minus(sum(c, "SELECT COALESCE(SUM(s.total), 0) FROM refund v JOIN sale s ON s.id = v.sale_id "
                        + "WHERE v.kind = 'VOID' AND " + voids, values))
                .minus(sum(c, "SELECT COALESCE(SUM(t.amount), 0) FROM refund_tender t JOIN refund r "
                        + "ON r.id = t.refund_id WHERE r.kind = 'REFUND' AND " + refunds, values));
    }

    /** The receipt counter now (0 before the first receipt); the close holds it, so it cannot move meanwhile. */
    private static long receiptCounter(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_value FROM counter WHERE name = 'receipt'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The day's clients who had never visited before, and those who had. */
    public Clients clients(LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT v.client_id, (SELECT COUNT(*) FROM visit e "
                    + "WHERE e.client_id = v.client_id AND e.business_day < ? AND e.status <> 'CANCELLED') AS earlier "
                    + "FROM visit v WHERE v.business_day = ? AND v.status <> 'CANCELLED'")) {
                ps.setObject(1, day);
                ps.setObject(2, day);
                int fresh = 0;
                int returning = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getLong("earlier") > 0) {
                            returning++;
                        } else {
                            fresh++;
                        }
                    }
                }
                return new Clients(fresh, returning);
            }
        });
    }

    /** {@code day}, or the first day after it not yet closed: where a record made now for {@code day} counts. */
    static LocalDate openFrom(Connection c, LocalDate day) throws SQLException {
        LocalDate open = day;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM z_report WHERE business_day = ?")) {
            while (true) {
                ps.setObject(1, open);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return open;
                    }
                }
                open = open.plusDays(1);
            }
        }
    }

    private Money sum(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Money.of(rs.getBigDecimal(1), clinic.currency());
            }
        }
    }

    private Optional<ZReport> find(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE z.business_day = ?")) {
            ps.setObject(1, day);
            return list(ps).stream().findFirst();
        }
    }

    private List<ZReport> list(PreparedStatement ps) throws SQLException {
        List<ZReport> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Money counted = money(rs, "counted");
                CountedDrawer drawer = new CountedDrawer(money(rs, "expected"),
                        DrawerCount.read(rs.getString("counted_pieces"), counted), rs.getString("reason"));
                result.add(new ZReport(Rows.uuid(rs, "id"), rs.getLong("z_number"),
                        rs.getObject("business_day", LocalDate.class), drawer,
                        new Approval(Rows.uuid(rs, "closed_by"), rs.getString("closed_by_name")),
                        Rows.instant(rs, "closed_at"), money(rs, "sales_total"), money(rs, "refunded"),
                        money(rs, "net_taken"), money(rs, "grand_total"), rs.getInt("visits"), rs.getInt("new_clients"),
                        rs.getInt("returning_clients"), rs.getString("chain_head")));
            }
        }
        return result;
    }

    private Money money(ResultSet rs, String column) throws SQLException {
        return Rows.money(rs, column, clinic.currency());
    }

    private static void insert(Connection c, ZReport z, long lastReceipt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO z_report (id, z_number, business_day, expected, "
                + "counted, over_short, counted_pieces, reason, sales_total, refunded, net_taken, grand_total, closed_by, "
                + "closed_at, chain_head, created_at, updated_at, visits, new_clients, returning_clients, last_receipt) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, z.id());
            ps.setLong(2, z.number());
            ps.setObject(3, z.day());
            ps.setBigDecimal(4, z.drawer().expected().amount());
            ps.setBigDecimal(5, z.drawer().counted().amount());
            ps.setBigDecimal(6, z.drawer().overShort().amount());
            ps.setString(7, z.drawer().count().written());
            ps.setString(8, z.drawer().reason());
            ps.setBigDecimal(9, z.salesTotal().amount());
            ps.setBigDecimal(10, z.refunded().amount());
            ps.setBigDecimal(11, z.netTaken().amount());
            ps.setBigDecimal(12, z.grandTotal().amount());
            ps.setObject(13, z.closedBy().staffId());
            ps.setObject(14, Rows.utc(z.closedAt()));
            ps.setString(15, z.chainHead());
            Rows.stamps(ps, 16, z.closedAt());
            ps.setInt(18, z.visits());
            ps.setInt(19, z.newClients());
            ps.setInt(20, z.returningClients());
            ps.setLong(21, lastReceipt);
            ps.executeUpdate();
        }
    }
}
