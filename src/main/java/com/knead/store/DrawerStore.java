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
import java.util.List;
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
                    movements.add(new CashDrawer.Movement(CashDrawer.Kind.valueOf(rs.getString("kind")),
                            Rows.money(rs, "amount", clinic.currency()), rs.getString("reason"),
                            Rows.instant(rs, "created_at")));
                }
            }
        }
        return Optional.of(new CashDrawer(id, day, opened, openingFloat, movements));
    }
}
