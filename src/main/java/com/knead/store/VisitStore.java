package com.knead.store;

import com.knead.domain.Clearance;
import com.knead.domain.Clinic;
import com.knead.domain.ContactDetails;
import com.knead.domain.Ids;
import com.knead.domain.Modality;
import com.knead.domain.Refused;
import com.knead.domain.ServicePrice;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Check-ins and the day's visits. */
public final class VisitStore {

    private static final String SELECT = "SELECT v.id, v.business_day, v.queue_number, v.client_id, c.name AS client_name, "
            + "v.modality_id, m.name AS modality_name, v.minutes, v.price, v.status, v.created_at, "
            + "v.therapist_id, t.name AS therapist_name, v.room, v.red_flag "
            + "FROM visit v JOIN client c ON c.id = v.client_id JOIN modality m ON m.id = v.modality_id "
            + "LEFT JOIN staff t ON t.id = v.therapist_id ";

    private final Database db;
    private final Clinic clinic;

    public VisitStore(Database db, Clinic clinic) {
        this.db = db;
        this.clinic = clinic;
    }

    /**
     * Records a check-in in one transaction: finds the client by name and phone or adds them, and
     * gives the visit the day's next queue number. The price is the one shown at check-in.
     */
    public Visit checkIn(ContactDetails contact, Modality modality, ServicePrice service, Instant when) {
        return checkIn(contact, modality, service, when, null);
    }

    /** The same, by {@code checkedInBy} (who was signed in at the desk; may be null). */
    public Visit checkIn(ContactDetails contact, Modality modality, ServicePrice service, Instant when,
                         UUID checkedInBy) {
        Instant at = Rows.storable(when);
        if (!service.modalityId().equals(modality.id())) {
            throw new IllegalArgumentException("The price is not for " + modality.name());
        }
        return db.transaction(c -> {
            Optional<UUID> known = findClient(c, contact);
            UUID clientId = known.isPresent() ? known.get() : insertClient(c, contact, at);
            Visit visit = insert(c, clientId, contact.name(), modality, service, at, null, false);
            if (checkedInBy != null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE visit SET checked_in_by = ? WHERE id = ?")) {
                    ps.setObject(1, checkedInBy);
                    ps.setObject(2, visit.id());
                    ps.executeUpdate();
                }
            }
            if (known.isEmpty()) {
                Outbox.clientEdited(c, clientId);
            }
            Outbox.add(c, TravellingKinds.VISIT, visit.id());
            return visit;
        });
    }

    /**
     * Adds a visit with the day's next queue number inside the caller's transaction; {@code intakeId}
     * (may be null) is the intake it was checked in with, {@code redFlag} whether that raised a flag.
     */
    Visit insert(Connection c, UUID clientId, String clientName, Modality modality, ServicePrice service, Instant at,
                 UUID intakeId, boolean redFlag) throws SQLException {
        LocalDate day = clinic.businessDay(at);
        int number = (int) Counters.next(c, "queue:" + day);
        Visit visit = Visit.checkedIn(Ids.next(), day, number, clientId, clientName, modality.id(),
                modality.name(), service.minutes(), service.price(), at);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO visit (id, business_day, queue_number, client_id, "
                + "modality_id, minutes, price, status, created_at, updated_at, intake_id, red_flag) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, visit.id());
            ps.setObject(2, day);
            ps.setInt(3, number);
            ps.setObject(4, clientId);
            ps.setObject(5, modality.id());
            ps.setInt(6, visit.minutes());
            ps.setBigDecimal(7, visit.price().amount());
            ps.setString(8, visit.status().name());
            Rows.stamps(ps, 9, at);
            ps.setObject(11, intakeId);
            ps.setBoolean(12, redFlag);
            ps.executeUpdate();
        }
        return new Visit(visit.id(), day, number, clientId, clientName, modality.id(), modality.name(),
                service.minutes(), service.price(), visit.status(), at, null, null, null, redFlag);
    }

    /** The visits of one business day in queue order. */
    public List<Visit> forDay(LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE v.business_day = ? ORDER BY v.queue_number")) {
                ps.setObject(1, day);
                return list(ps);
            }
        });
    }

    /**
     * How many visits each business day from {@code from} to {@code to} has, cancelled ones left out (as
     * {@link #forDay} lists them); a day without one is absent.
     */
    public Map<LocalDate, Integer> countsByDay(LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT v.business_day, COUNT(*) FROM visit v "
                    + "JOIN client c ON c.id = v.client_id JOIN modality m ON m.id = v.modality_id "
                    + "WHERE v.business_day BETWEEN ? AND ? AND v.status <> 'CANCELLED' GROUP BY v.business_day")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                Map<LocalDate, Integer> counts = new java.util.HashMap<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
                    }
                }
                return counts;
            }
        });
    }

    /**
     * The clients who came from {@code from} to {@code to} (a visit not cancelled), each with the day
     * of their first such visit ever, so a report can tell new clients from returning ones.
     */
    public Map<UUID, LocalDate> firstVisitsOfClientsSeen(LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT v.client_id, (SELECT MIN(f.business_day) FROM visit f"
                    + " WHERE f.client_id = v.client_id AND f.status <> 'CANCELLED') FROM visit v"
                    + " WHERE v.business_day BETWEEN ? AND ? AND v.status <> 'CANCELLED' GROUP BY v.client_id")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                Map<UUID, LocalDate> first = new java.util.HashMap<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        first.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                    }
                }
                return first;
            }
        });
    }

    public Optional<Visit> find(UUID id) {
        return db.read(c -> find(c, id));
    }

    /**
     * Moves a visit on in its lifecycle; refuses a step it does not allow, and the session of a
     * red-flagged visit without a physician clearance (or a manager's waiver).
     */
    public Visit move(UUID id, VisitStatus target) {
        return db.transaction(c -> {
            Visit moved = move(c, id, target, Instant.now());
            Outbox.add(c, TravellingKinds.VISIT, id);
            return moved;
        });
    }

    /** Cancels a visit, keeping why ("No-show", or what the client said). */
    public Visit cancel(UUID id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refused("Say why the visit is cancelled, or choose No-show.");
        }
        return db.transaction(c -> {
            Visit cancelled = move(c, id, VisitStatus.CANCELLED, Instant.now());
            try (PreparedStatement ps = c.prepareStatement("UPDATE visit SET cancel_reason = ? WHERE id = ?")) {
                ps.setString(1, why.length() > 200 ? why.substring(0, 200) : why);
                ps.setObject(2, id);
                ps.executeUpdate();
            }
            Outbox.add(c, TravellingKinds.VISIT, id);
            return cancelled;
        });
    }

    /** Why a visit was cancelled, if it was. */
    public Optional<String> cancelReason(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT cancel_reason FROM visit WHERE id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Assigns who looks after the visit and in which room; either may be empty. */
    public Visit assign(UUID id, UUID therapistId, String room) {
        return db.transaction(c -> {
            Visit current = lockedForUpdate(c, id).orElseThrow(() -> new Refused("That visit no longer exists."));
            if (!current.status().isOpen()) {
                throw new Refused("That visit is " + current.status().label().toLowerCase() + "; it cannot be changed.");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE visit SET therapist_id = ?, room = ?, updated_at = ? WHERE id = ?")) {
                ps.setObject(1, therapistId);
                ps.setString(2, room == null || room.isBlank() ? null : room.strip());
                ps.setObject(3, Rows.utc(Instant.now()));
                ps.setObject(4, id);
                ps.executeUpdate();
            }
            Outbox.add(c, TravellingKinds.VISIT, id);
            return find(c, id).orElseThrow();
        });
    }

    Visit move(Connection c, UUID id, VisitStatus target, Instant at) throws SQLException {
        Visit current = lockedForUpdate(c, id).orElseThrow(() -> new Refused("That visit no longer exists."));
        Visit moved = current.moveTo(target);
        if (target == VisitStatus.IN_SESSION) {
            Clearance.requireBeforeSession(current, ClearanceStore.standing(c, id));
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE visit SET status = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, target.name());
            ps.setObject(2, Rows.utc(at));
            ps.setObject(3, id);
            ps.executeUpdate();
        }
        return moved;
    }

    private Optional<Visit> lockedForUpdate(Connection c, UUID id) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT id FROM visit WHERE id = ? FOR UPDATE")) {
            lock.setObject(1, id);
            lock.executeQuery().close();
        }
        return find(c, id);
    }

    private Optional<Visit> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE v.id = ?")) {
            ps.setObject(1, id);
            List<Visit> found = list(ps);
            return found.stream().findFirst();
        }
    }

    private List<Visit> list(PreparedStatement ps) throws SQLException {
        List<Visit> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new Visit(Rows.uuid(rs, "id"), rs.getObject("business_day", LocalDate.class),
                        rs.getInt("queue_number"), Rows.uuid(rs, "client_id"), rs.getString("client_name"),
                        Rows.uuid(rs, "modality_id"), rs.getString("modality_name"), rs.getInt("minutes"),
                        Rows.money(rs, "price", clinic.currency()), VisitStatus.valueOf(rs.getString("status")),
                        Rows.instant(rs, "created_at"), Rows.uuid(rs, "therapist_id"), rs.getString("therapist_name"),
                        rs.getString("room"), rs.getBoolean("red_flag")));
            }
        }
        return result;
    }

    private static Optional<UUID> findClient(Connection c, ContactDetails contact) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM client WHERE phone = ? AND LOWER(name) = LOWER(?) ORDER BY created_at LIMIT 1")) {
            ps.setString(1, contact.phone());
            ps.setString(2, contact.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Rows.uuid(rs, "id")) : Optional.empty();
            }
        }
    }

    private static UUID insertClient(Connection c, ContactDetails contact, Instant at) throws SQLException {
        UUID id = Ids.next();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO client (id, name, phone, created_at, updated_at) VALUES (?,?,?,?,?)")) {
            ps.setObject(1, id);
            ps.setString(2, contact.name());
            ps.setString(3, contact.phone());
            Rows.stamps(ps, 4, at);
            ps.executeUpdate();
        }
        return id;
    }
}
