package com.knead.store;

import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.Money;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.VisitStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Clients as the staff look them up (by name, phone or date of birth) and what a client's record
 * reads from the other tables: contact details and their earlier versions, visits with what was paid
 * and the receipt, and the gift cards and packages bought or used on their visits. Read only; the
 * kiosk and the desk add clients ({@link IntakeStore}, {@link VisitStore}).
 */
public final class ClientStore {

    /**
     * A client's contact details as kept: a walk-in typed at the desk has no email or date of birth.
     *
     * @param email       the email, or ""
     * @param dateOfBirth the date of birth, or null
     */
    public record Contact(String name, String phone, String email, LocalDate dateOfBirth) {
        static Contact of(ClientDetails details) {
            return new Contact(details.contact().name(), details.contact().phone(), details.email(),
                    details.dateOfBirth());
        }
    }

    /** A client found by a search, with the day of their latest visit (null if none). */
    public record Listing(UUID id, Contact details, LocalDate lastVisit) {
    }

    /** The contact details a client had until {@code changedAt}; null: those of a record merged into this one. */
    public record ContactChange(Contact details, Instant changedAt) {
    }

    /**
     * One visit as the record lists it.
     *
     * @param therapist the therapist's name, or ""
     * @param receipt   the sale's receipt number, or null when the visit was not (yet) paid
     * @param paid      what the sale took in total, or null
     * @param refunded  what voids and refunds gave back of it, or null
     */
    public record VisitLine(UUID visitId, LocalDate day, String service, int minutes, String therapist,
                            VisitStatus status, ReceiptNumber receipt, Money paid, Money refunded) {
    }

    /** A gift card or package bought, or used, on one of the client's visits: code, what it is, what is left. */
    public record Prepaid(String code, String what, String left) {
    }

    /** The most found by one search; the staff narrow it by typing more. */
    public static final int MOST_FOUND = 50;

    private final Database db;
    private final Currency currency;

    ClientStore(Database db, Currency currency) {
        this.db = db;
        this.currency = currency;
    }

    /**
     * Clients whose name contains {@code text} (any case), whose phone contains its digits (when it
     * is a phone number) or whose date of birth it is (as year-month-day); by name.
     */
    public List<Listing> find(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        String digits = ContactDetails.normalisePhone(typed).replace("+", "");
        boolean phone = typed.matches("[+0-9 ()./-]+") && digits.length() >= 3;
        LocalDate born = birthDate(typed);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.name, c.phone, c.email, c.date_of_birth, "
                    + "(SELECT MAX(v.business_day) FROM visit v WHERE v.client_id = c.id) AS last_visit FROM client c "
                    + "WHERE LOWER(c.name) LIKE ? ESCAPE '\\' OR (? AND c.phone LIKE ?) OR c.date_of_birth = ? "
                    + "ORDER BY LOWER(c.name), c.created_at LIMIT " + MOST_FOUND)) {
                ps.setString(1, "%" + typed.toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%");
                ps.setBoolean(2, phone);
                ps.setString(3, "%" + digits + "%");
                ps.setObject(4, born);
                List<Listing> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Listing(Rows.uuid(rs, "id"), details(rs),
                                rs.getObject("last_visit", LocalDate.class)));
                    }
                }
                return found;
            }
        });
    }

    /** The client's contact details as they are now. */
    public Optional<Contact> details(UUID clientId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, phone, email, date_of_birth FROM client WHERE id = ?")) {
                ps.setObject(1, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(details(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The details the client had before each change, newest first. */
    public List<ContactChange> contactHistory(UUID clientId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, phone, email, date_of_birth, changed_at "
                    + "FROM client_contact_change WHERE client_id = ? ORDER BY changed_at DESC, id DESC")) {
                ps.setObject(1, clientId);
                List<ContactChange> changes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        changes.add(new ContactChange(details(rs), Rows.instant(rs, "changed_at")));
                    }
                }
                return changes;
            }
        });
    }

    /** Every visit of the client, newest first, with its sale's receipt and what it took and gave back. */
    public List<VisitLine> visits(UUID clientId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT v.id, v.business_day, m.name AS service, v.minutes, "
                    + "t.name AS therapist, v.status, s.receipt_number, s.total, (SELECT SUM(rt.amount) FROM refund r "
                    + "JOIN refund_tender rt ON rt.refund_id = r.id WHERE r.sale_id = s.id) AS refunded "
                    + "FROM visit v JOIN modality m ON m.id = v.modality_id LEFT JOIN staff t ON t.id = v.therapist_id "
                    + "LEFT JOIN sale s ON s.visit_id = v.id WHERE v.client_id = ? "
                    + "ORDER BY v.business_day DESC, v.queue_number DESC")) {
                ps.setObject(1, clientId);
                List<VisitLine> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long receipt = rs.getLong("receipt_number");
                        boolean sold = !rs.wasNull();
                        String therapist = rs.getString("therapist");
                        lines.add(new VisitLine(Rows.uuid(rs, "id"), rs.getObject("business_day", LocalDate.class),
                                rs.getString("service"), rs.getInt("minutes"), therapist == null ? "" : therapist,
                                VisitStatus.valueOf(rs.getString("status")), sold ? new ReceiptNumber(receipt) : null,
                                sold ? Rows.money(rs, "total", currency) : null,
                                rs.getBigDecimal("refunded") == null ? null : Rows.money(rs, "refunded", currency)));
                    }
                }
                return lines;
            }
        });
    }

    /** Gift cards and packages bought or redeemed on the client's visits, with their balances now. */
    public List<Prepaid> prepaid(UUID clientId) {
        return db.read(c -> {
            List<Prepaid> found = new ArrayList<>();
            String ofClient = " IN (SELECT s.id FROM sale s JOIN visit v ON v.id = s.visit_id WHERE v.client_id = ?)";
            try (PreparedStatement ps = c.prepareStatement("SELECT g.code, (SELECT COALESCE(SUM(m.amount), 0) FROM "
                    + "gift_card_movement m WHERE m.gift_card_id = g.id) AS balance FROM gift_card g WHERE g.sale_id"
                    + ofClient + " OR g.id IN (SELECT gift_card_id FROM gift_card_movement WHERE sale_id" + ofClient
                    + ") ORDER BY g.created_at")) {
                ps.setObject(1, clientId);
                ps.setObject(2, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Prepaid(rs.getString("code"), "Gift card",
                                Rows.money(rs, "balance", currency).toString() + " left"));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT p.code, m.name AS service, p.minutes, (SELECT "
                    + "COALESCE(SUM(pm.visits), 0) FROM package_movement pm WHERE pm.package_id = p.id) AS visits_left "
                    + "FROM service_package p JOIN modality m ON m.id = p.modality_id WHERE p.sale_id" + ofClient
                    + " OR p.id IN (SELECT package_id FROM package_movement WHERE sale_id" + ofClient
                    + ") ORDER BY p.created_at")) {
                ps.setObject(1, clientId);
                ps.setObject(2, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int left = rs.getInt("visits_left");
                        found.add(new Prepaid(rs.getString("code"), "Package: " + rs.getString("service") + " "
                                + rs.getInt("minutes") + " min", left + (left == 1 ? " visit left" : " visits left")));
                    }
                }
            }
            return found;
        });
    }

    /**
     * Keeps the client's details as they are before {@code updated} replaces them, when anything
     * differs; inside the caller's transaction.
     */
    static void keepBeforeChange(Connection c, UUID clientId, ClientDetails updated, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, phone, email, date_of_birth FROM client WHERE id = ?")) {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || details(rs).equals(Contact.of(updated))) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO client_contact_change (id, client_id, name, phone, "
                + "email, date_of_birth, changed_at, created_at, updated_at) SELECT ?, id, name, phone, email, "
                + "date_of_birth, ?, ?, ? FROM client WHERE id = ?")) {
            ps.setObject(1, com.knead.domain.Ids.next());
            ps.setObject(2, Rows.utc(at));
            Rows.stamps(ps, 3, at);
            ps.setObject(5, clientId);
            ps.executeUpdate();
        }
    }

    private static Contact details(ResultSet rs) throws SQLException {
        String email = rs.getString("email");
        return new Contact(rs.getString("name"), rs.getString("phone"), email == null ? "" : email,
                rs.getObject("date_of_birth", LocalDate.class));
    }

    private static LocalDate birthDate(String typed) {
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
