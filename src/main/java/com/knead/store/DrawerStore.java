package com.knead.store;

import com.knead.domain.CashDrawer;
import com.knead.domain.Clinic;
import com.knead.domain.Ids;
import com.knead.domain.Money;
import com.knead.domain.Refused;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The cash drawer's sessions and hand movements, and what should be in it. */
public final class DrawerStore {

    private final Database db;
    private final Clinic clinic;
    private final SaleStore sales;
    private final RefundStore refunds;

    DrawerStore(Database db, Clinic clinic, SaleStore sales, RefundStore refunds) {
        this.db = db;
        this.clinic = clinic;
        this.sales = sales;
        this.refunds = refunds;
    }

    /** The drawer as it stands: the latest session of the business day, if one was opened. */
    public Optional<CashDrawer> current(Instant now) {
        // Once the day is closed, the drawer in use is the next open day's.
        return db.read(c -> current(c, ZReportStore.openFrom(c, clinic.businessDay(now))));
    }

    /** The drawer of a business day as it was left: its latest session, if one was opened. */
    public Optional<CashDrawer> ofDay(LocalDate day) {
        return db.read(c -> current(c, day));
    }

    /**
     * The drawer of each business day from {@code from} to {@code to} as it was left (its latest session, as
     * {@link #ofDay} gives it), by day: two queries in all. A day without a session is absent.
     */
    public Map<LocalDate, CashDrawer> ofDays(LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<LocalDate, CashDrawer> latest = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, business_day, created_at, opening_float "
                    + "FROM drawer_session WHERE business_day BETWEEN ? AND ? ORDER BY business_day, created_at DESC, id DESC")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate day = rs.getObject("business_day", LocalDate.class);
                        if (!latest.containsKey(day)) {
                            latest.put(day, new CashDrawer(Rows.uuid(rs, "id"), day, Rows.instant(rs, "created_at"),
                                    Rows.money(rs, "opening_float", clinic.currency()), List.of()));
                        }
                    }
                }
            }
            Map<UUID, List<CashDrawer.Movement>> movements = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.session_id, m.kind, m.amount, m.reason, m.created_at "
                    + "FROM drawer_movement m JOIN drawer_session s ON s.id = m.session_id "
                    + "WHERE s.business_day BETWEEN ? AND ? ORDER BY m.created_at, m.id")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        movements.computeIfAbsent(Rows.uuid(rs, "session_id"), k -> new ArrayList<>()).add(movement(rs));
                    }
                }
            }
            Map<LocalDate, CashDrawer> byDay = new HashMap<>();
            latest.forEach((day, drawer) -> byDay.put(day, new CashDrawer(drawer.id(), day, drawer.openedAt(),
                    drawer.openingFloat(), movements.getOrDefault(drawer.id(), List.of()))));
            return byDay;
        });
    }

    /** Opens a new session with its float. */
    public CashDrawer open(Money openingFloat, Instant when) {
        return open(openingFloat, when, null);
    }

    /** Opens a new session with its float, by {@code staffId} (who was signed in at the desk; may be null). */
    public CashDrawer open(Money openingFloat, Instant when, UUID staffId) {
        Instant at = Rows.storable(when);
        return db.transaction(c -> {
            // Opened after its day was closed, the drawer is the next open day's.
            CashDrawer drawer = new CashDrawer(Ids.next(), ZReportStore.openFrom(c, clinic.businessDay(at)), at,
                    openingFloat, List.of());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO drawer_session (id, business_day, opening_float, "
                    + "created_at, updated_at, staff_id) VALUES (?,?,?,?,?,?)")) {
                ps.setObject(1, drawer.id());
                ps.setObject(2, drawer.businessDay());
                ps.setBigDecimal(3, openingFloat.amount());
                Rows.stamps(ps, 4, at);
                ps.setObject(6, staffId);
                ps.executeUpdate();
            }
            Chain.append(c, ChainedKinds.DRAWER_OPENING, drawer.id());
            return drawer;
        });
    }

    /** Logs a pay-in, pay-out or "no sale" on the open session; a pay-out is refused above what should be there. */
    public CashDrawer move(CashDrawer.Movement movement) {
        return move(movement, null);
    }

    /** The same, by {@code staffId} (who was signed in at the desk; may be null). */
    public CashDrawer move(CashDrawer.Movement movement, UUID staffId) {
        return db.transaction(c -> {
            // A movement after its day was closed lands on the next open day, as a late sale or refund does.
            LocalDate day = ZReportStore.openFrom(c, clinic.businessDay(movement.at()));
            CashDrawer drawer = current(c, day).orElseThrow(() -> new Refused("Open the drawer with its float first."));
            drawer.requireCashFor(movement, expected(drawer));
            UUID id = Ids.next();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO drawer_movement (id, session_id, kind, amount, "
                    + "reason, created_at, updated_at, staff_id) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setObject(1, id);
                ps.setObject(2, drawer.id());
                ps.setString(3, movement.kind().name());
                ps.setBigDecimal(4, movement.amount().amount());
                ps.setString(5, movement.reason());
                Rows.stamps(ps, 6, Rows.storable(movement.at()));
                ps.setObject(8, staffId);
                ps.executeUpdate();
            }
            Chain.append(c, ChainedKinds.DRAWER_MOVEMENT, id);
            return current(c, day).orElseThrow();
        });
    }

    /** What should be in the drawer: float, cash kept from sales and given back by refunds since it opened, hand movements. */
    public Money expected(CashDrawer drawer) {
        return drawer.expected(sales.forDay(drawer.businessDay()), refunds.forDay(drawer.businessDay()));
    }

    private Optional<CashDrawer> current(Connection c, LocalDate day) throws SQLException {
        UUID id;
        Instant opened;
        Money openingFloat;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, created_at, opening_float FROM drawer_session "
                + "WHERE business_day = ? ORDER BY created_at DESC, id DESC LIMIT 1")) {
            ps.setObject(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = Rows.uuid(rs, "id");
                opened = Rows.instant(rs, "created_at");
                openingFloat = Rows.money(rs, "opening_float", clinic.currency());
            }
        }
        List<CashDrawer.Movement> movements = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, amount, reason, created_at FROM drawer_movement "
                + "WHERE session_id = ? ORDER BY created_at, id")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    movements.add(movement(rs));
                }
            }
        }
        return Optional.of(new CashDrawer(id, day, opened, openingFloat, movements));
    }

    private CashDrawer.Movement movement(ResultSet rs) throws SQLException {
        return new CashDrawer.Movement(CashDrawer.Kind.valueOf(rs.getString("kind")),
                Rows.money(rs, "amount", clinic.currency()), rs.getString("reason"), Rows.instant(rs, "created_at"));
    }
}
