package com.knead.store;

import com.knead.domain.PrepaidOffer;
import com.knead.domain.PricedKind;
import com.knead.domain.Refused;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The prepaid_offer table (packages and gift cards at set prices), for {@link CatalogStore}'s transactions. */
final class PrepaidOfferRows {

    private PrepaidOfferRows() {
    }

    /** The offers still sold, in the order they were added. */
    static List<PrepaidOffer> active(Connection c) throws SQLException {
        List<PrepaidOffer> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, name, service_price_id, visits FROM prepaid_offer "
                + "WHERE active ORDER BY sort_order");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new PrepaidOffer(Rows.uuid(rs, "id"), PricedKind.valueOf(rs.getString("kind")), rs.getString("name"),
                        Optional.ofNullable(rs.getObject("service_price_id") == null ? null : Rows.uuid(rs, "service_price_id")),
                        rs.getInt("visits")));
            }
        }
        return result;
    }

    /** Adds {@code offer}; an offer of the same name still sold is refused. */
    static void insert(Connection c, PrepaidOffer offer, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM prepaid_offer WHERE active AND LOWER(name) = LOWER(?)")) {
            ps.setString(1, offer.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new Refused("\"" + offer.name() + "\" is already on the price list; give the new one another name.");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO prepaid_offer (id, kind, name, service_price_id, visits, "
                + "sort_order, active, created_at, updated_at) "
                + "VALUES (?,?,?,?,?,(SELECT COALESCE(MAX(sort_order), 0) + 1 FROM prepaid_offer),TRUE,?,?)")) {
            ps.setObject(1, offer.id());
            ps.setString(2, offer.kind().name());
            ps.setString(3, offer.name());
            ps.setObject(4, offer.service().orElse(null));
            ps.setInt(5, offer.visits());
            Rows.stamps(ps, 6, at);
            ps.executeUpdate();
        }
    }

    /** No longer sells the offer; cards and packages already sold keep working. */
    static void retire(Connection c, UUID id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE prepaid_offer SET active = FALSE, updated_at = ? WHERE id = ? AND active")) {
            ps.setObject(1, Rows.utc(at));
            ps.setObject(2, id);
            if (ps.executeUpdate() != 1) {
                throw new Refused("That offer is no longer on the price list; open the prices again.");
            }
        }
    }
}
