package com.knead.store;

import com.knead.domain.Ids;
import com.knead.domain.LineKind;
import com.knead.domain.PrepaidCode;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePackage;
import com.knead.domain.Tender;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Packages of prepaid visits: sold on a sale line with N visits of one service, and one visit taken
 * by each package credit tender on a sale of that service. What is left is the sum of the
 * package's movements and never goes below zero.
 */
public final class PackageStore {

    private static final String SELECT = "SELECT p.id, p.code, p.modality_id, m.name AS modality_name, p.minutes, "
            + "(SELECT COALESCE(SUM(visits), 0) FROM package_movement pm WHERE pm.package_id = p.id) AS left_visits "
            + "FROM service_package p JOIN modality m ON m.id = p.modality_id WHERE p.code = ?";

    private final Database db;

    PackageStore(Database db) {
        this.db = db;
    }

    /** The package with that number as it stands, or empty when there is none. */
    public Optional<ServicePackage> find(PrepaidCode code) {
        return db.read(c -> find(c, code, false).map(Found::pack));
    }

    void issue(Connection c, Sale sale, SaleLine line) throws SQLException {
        PrepaidCode code = new PrepaidCode(line.code());
        if (find(c, code, false).isPresent()) {
            throw new Refused("Package " + code + " has already been sold; use a new card.");
        }
        UUID id = Ids.next();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO service_package (id, code, sale_id, modality_id, "
                + "minutes, created_at, updated_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setObject(1, id);
            ps.setString(2, code.value());
            ps.setObject(3, sale.id());
            ps.setObject(4, line.modalityId());
            ps.setInt(5, line.minutes());
            Rows.stamps(ps, 6, sale.createdAt());
            ps.executeUpdate();
        }
        move(c, id, sale, line.credits(), null, sale.createdAt());
    }

    /** Gives back the visit a voided sale took from the package. */
    void restore(Connection c, Sale sale, UUID refundId, Tender tender, java.time.Instant at) throws SQLException {
        PrepaidCode code = new PrepaidCode(tender.reference());
        Found found = find(c, code, true).orElseThrow(() -> new Refused("There is no package " + code + "."));
        move(c, found.id(), sale, 1, refundId, at);
    }

    /** Takes one visit for a sale that has a session of the package's service, covering at most its price. */
    void redeem(Connection c, Sale sale, Tender tender) throws SQLException {
        PrepaidCode code = new PrepaidCode(tender.reference());
        Found found = find(c, code, true).orElseThrow(() -> new Refused("There is no package " + code + "."));
        ServicePackage pack = found.pack();
        if (pack.visitsLeft() < 1) {
            throw new Refused("Package " + code + " has no visits left.");
        }
        SaleLine session = sale.lines().stream()
                .filter(l -> l.kind() == LineKind.SERVICE && pack.modalityId().equals(l.modalityId())
                        && l.minutes() == pack.minutes())
                .findFirst()
                .orElseThrow(() -> new Refused("Package " + code + " is for " + pack.modalityName() + ", "
                        + pack.minutes() + " min; this sale has no such session."));
        if (tender.amount().compareTo(session.unitPrice()) > 0) {
            throw new Refused("A package visit covers at most the session's price, " + session.unitPrice().plain() + ".");
        }
        move(c, found.id(), sale, -1, null, sale.createdAt());
    }

    private Optional<Found> find(Connection c, PrepaidCode code, boolean lock) throws SQLException {
        if (lock) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM service_package WHERE code = ? FOR UPDATE")) {
                ps.setString(1, code.value());
                ps.executeQuery().close();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setString(1, code.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Found(Rows.uuid(rs, "id"), new ServicePackage(code, Rows.uuid(rs, "modality_id"),
                        rs.getString("modality_name"), rs.getInt("minutes"), rs.getInt("left_visits"))));
            }
        }
    }

    private static void move(Connection c, UUID pack, Sale sale, int visits, UUID refundId, java.time.Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO package_movement (id, package_id, sale_id, visits, "
                + "created_at, updated_at, refund_id) VALUES (?,?,?,?,?,?,?)")) {
            ps.setObject(1, Ids.next());
            ps.setObject(2, pack);
            ps.setObject(3, sale.id());
            ps.setInt(4, visits);
            Rows.stamps(ps, 5, at);
            ps.setObject(7, refundId);
            ps.executeUpdate();
        }
    }

    private record Found(UUID id, ServicePackage pack) {
    }
}
