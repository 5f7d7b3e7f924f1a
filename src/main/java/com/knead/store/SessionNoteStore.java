package com.knead.store;

import com.knead.domain.Approval;
import com.knead.domain.BodyRegion;
import com.knead.domain.Pressure;
import com.knead.domain.Refused;
import com.knead.domain.SessionNote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed session notes and their addenda: inserted once, each linked into the tamper-evidence chain
 * in the same transaction, and never changed. There is no update here on purpose; recording a note
 * whose key is already there (a changed copy of a signed note) is refused.
 */
public final class SessionNoteStore {

    private static final String SELECT = "SELECT n.*, s.name AS signer FROM session_note n "
            + "JOIN staff s ON s.id = n.signed_by ";

    private final Database db;
    private final ZoneId zone;

    SessionNoteStore(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    /** Records a signed note (or addendum) and links it into the chain; refuses any change to one already signed. */
    public SessionNote record(SessionNote note) {
        SessionNote stored = new SessionNote(note.id(), note.clientId(), note.visitId(), note.addendumTo(), note.areas(),
                note.modalities(), note.pressure(), note.response(), note.advice(), note.rebookWeeks(), note.text(),
                note.signedBy(), Rows.storable(note.signedAt()));
        return db.transaction(c -> {
            Optional<SessionNote> already = find(c, stored.id());
            if (already.isPresent()) {
                throw new Refused("That note was " + already.get().signature(zone).replace("Signed", "signed")
                        + " and is locked; write an addendum instead.");
            }
            if (stored.addendumTo() != null) {
                SessionNote original = find(c, stored.addendumTo())
                        .orElseThrow(() -> new Refused("The note this addendum adds to is not there."));
                if (original.isAddendum() || !original.clientId().equals(stored.clientId())) {
                    throw new Refused("An addendum adds to a session note of the same client.");
                }
            }
            insert(c, stored);
            Chain.append(c, ChainedKinds.SESSION_NOTE, stored.id());
            return stored;
        });
    }

    public Optional<SessionNote> find(UUID id) {
        return db.read(c -> find(c, id));
    }

    /**
     * Every note and addendum of a client, oldest first: those of every record merged with it too
     * ({@link ClientMergeStore#sameClient}), and no longer those of a record separated again.
     */
    public List<SessionNote> forClient(UUID clientId) {
        return db.read(c -> {
            List<UUID> same = ClientMergeStore.sameClient(c, clientId);
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE n.client_id IN ("
                    + ClientMergeStore.marks(same) + ") ORDER BY n.signed_at, n.id")) {
                ClientMergeStore.set(ps, 1, same);
                return list(ps);
            }
        });
    }

    /**
     * Whether {@code staffId} looks or looked after one of the client's visits, or signed a note of
     * theirs, under any record merged with it.
     */
    public boolean hasTreated(UUID staffId, UUID clientId) {
        return db.read(c -> {
            List<UUID> same = ClientMergeStore.sameClient(c, clientId);
            String in = ClientMergeStore.marks(same);
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM visit WHERE client_id IN (" + in
                    + ") AND therapist_id = ?) + (SELECT COUNT(*) FROM session_note WHERE client_id IN (" + in
                    + ") AND signed_by = ?)")) {
                ps.setObject(ClientMergeStore.set(ps, 1, same), staffId);
                ps.setObject(ClientMergeStore.set(ps, same.size() + 2, same), staffId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }

    private static void insert(Connection c, SessionNote n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO session_note (id, client_id, visit_id, addendum_to, "
                + "areas, modalities, pressure, response, advice, rebook_weeks, free_text, signed_by, signed_at, "
                + "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, n.id());
            ps.setObject(2, n.clientId());
            ps.setObject(3, n.visitId());
            ps.setObject(4, n.addendumTo());
            ps.setString(5, String.join(",", n.areas().stream().map(Enum::name).toList()));
            ps.setString(6, String.join("|", n.modalities()));
            ps.setString(7, n.pressure() == null ? "" : n.pressure().name());
            ps.setString(8, n.response());
            ps.setString(9, n.advice());
            ps.setObject(10, n.rebookWeeks());
            ps.setString(11, n.text());
            ps.setObject(12, n.signedBy().staffId());
            ps.setObject(13, Rows.utc(n.signedAt()));
            Rows.stamps(ps, 14, n.signedAt());
            ps.executeUpdate();
        }
    }

    private static Optional<SessionNote> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE n.id = ?")) {
            ps.setObject(1, id);
            return list(ps).stream().findFirst();
        }
    }

    private static List<SessionNote> list(PreparedStatement ps) throws SQLException {
        List<SessionNote> notes = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String pressure = rs.getString("pressure");
                int weeks = rs.getInt("rebook_weeks");
                Integer rebook = rs.wasNull() ? null : weeks;
                notes.add(new SessionNote(Rows.uuid(rs, "id"), Rows.uuid(rs, "client_id"), Rows.uuid(rs, "visit_id"),
                        Rows.uuid(rs, "addendum_to"), split(rs.getString("areas"), ",").stream().map(BodyRegion::valueOf)
                        .toList(), split(rs.getString("modalities"), "\\|"),
                        pressure.isEmpty() ? null : Pressure.valueOf(pressure), rs.getString("response"),
                        rs.getString("advice"), rebook, rs.getString("free_text"),
                        new Approval(Rows.uuid(rs, "signed_by"), rs.getString("signer")), Rows.instant(rs, "signed_at")));
            }
        }
        return notes;
    }

    private static List<String> split(String joined, String separator) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
