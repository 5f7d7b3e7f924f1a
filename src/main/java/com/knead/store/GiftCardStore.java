package com.knead.store;

import com.knead.domain.Ids;
import com.knead.domain.Money;
import com.knead.domain.PrepaidCode;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleLine;
import com.knead.domain.Tender;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * Gift cards: loaded when sold on a sale line, drawn down by gift card tenders. The balance is the
 * sum of the card's movements and never goes below zero; the checks run inside the sale's transaction
 * with the card's row locked, so two desks cannot spend the same balance.
 */
public final class GiftCardStore {

    private final Database db;
    private final Currency currency;

    GiftCardStore(Database db, Currency currency) {
        this.db = db;
        this.currency = currency;
    }

    /** The card's balance, or empty when no card has that number. */
    public Optional<Money> balance(PrepaidCode code) {
        return db.read(c -> {
            Optional<UUID> id = find(c, code, false);
            return id.isEmpty() ? Optional.<Money>empty() : Optional.of(balance(c, id.get()));
        });
    }

    void issue(Connection c, Sale sale, SaleLine line) throws SQLException {
        PrepaidCode code = new PrepaidCode(line.code());
        if (find(c, code, false).isPresent()) {
            throw new Refused("Gift card " + code + " has already been sold; use a new card.");
        }
        UUID id = Ids.next();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO gift_card (id, code, sale_id, created_at, updated_at) VALUES (?,?,?,?,?)")) {
            ps.setObject(1, id);
            ps.setString(2, code.value());
            ps.setObject(3, sale.id());
            Rows.stamps(ps, 4, sale.createdAt());
            ps.executeUpdate();
        }
        move(c, id, sale, line.amount(), null, sale.createdAt());
    }

    /** Puts {@code amount} back on the card a sale was paid with, for a void or refund. */
    void credit(Connection c, Sale sale, UUID refundId, Tender tender, java.time.Instant at) throws SQLException {
        PrepaidCode code = new PrepaidCode(tender.reference());
        UUID id = find(c, code, true).orElseThrow(() -> new Refused("There is no gift card " + code + "."));
        move(c, id, sale, tender.amount(), refundId, at);
    }

    void redeem(Connection c, Sale sale, Tender tender) throws SQLException {
        PrepaidCode code = new PrepaidCode(tender.reference());
        UUID id = find(c, code, true).orElseThrow(() -> new Refused("There is no gift card " + code + "."));
        Money balance = balance(c, id);
        if (balance.compareTo(tender.amount()) < 0) {
            throw new Refused("Gift card " + code + " has " + balance.plain() + " left, less than "
                    + tender.amount().plain() + ".");
        }
        move(c, id, sale, tender.amount().negate(), null, sale.createdAt());
    }

    private Optional<UUID> find(Connection c, PrepaidCode code, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM gift_card WHERE code = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, code.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Rows.uuid(rs, "id")) : Optional.empty();
            }
        }
    }

    private Money balance(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(SUM(amount), 0) AS balance FROM gift_card_movement WHERE gift_card_id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Rows.money(rs, "balance", currency);
            }
        }
    }

    private static void move(Connection c, UUID card, Sale sale, Money amount, UUID refundId, java.time.Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gift_card_movement (id, gift_card_id, sale_id, "
                + "amount, created_at, updated_at, refund_id) VALUES (?,?,?,?,?,?,?)")) {
            ps.setObject(1, Ids.next());
            ps.setObject(2, card);
            ps.setObject(3, sale.id());
            ps.setBigDecimal(4, amount.amount());
            Rows.stamps(ps, 5, at);
            ps.setObject(7, refundId);
            ps.executeUpdate();
        }
    }
}
