package com.knead.usecase;

import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.SessionNote;
import com.knead.domain.StaffMember;
import com.knead.store.Stores;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The client record and session notes as a screen uses them: found clients and an open record as
 * finished lines of text, and notes signed and added to. Worker work (database, PIN checks).
 */
public final class ClientServices {

    /** A client found: their number and one line about them. */
    public record Found(UUID clientId, String line) {
    }

    /** An open record: who, the record as lines (section headings unindented), and the notes readable. */
    public record Opened(UUID clientId, String name, List<String> lines, List<SessionNote> notes) {
    }

    private final ClientRecord records;
    private final SessionNotes notes;
    private final ZoneId zone;
    private final TherapistDay day;
    private final MergeClients merges;
    private final Stores stores;

    ClientServices(Stores stores, ClientRecord records, SessionNotes notes, TherapistDay day, MergeClients merges) {
        this.stores = stores;
        this.records = records;
        this.notes = notes;
        this.zone = stores.clinic().zone();
        this.day = day;
        this.merges = merges;
    }

    public static ClientServices over(Stores stores, PinCheck pins, Clock clock) {
        SessionNotes notes = new SessionNotes(stores.notes(), pins, stores.audit(), clock);
        return new ClientServices(stores, new ClientRecord(stores, notes, clock), notes,
                new TherapistDay(stores, notes, pins, clock), new MergeClients(stores.clientMerges(), pins, stores.audit(), clock));
    }

    public List<Found> find(String text, StaffMember who, String place) {
        return records.find(text, who, place).stream().map(c -> new Found(c.id(), c.details().name() + " · "
                + ClientHistory.contactLine(c.details()) + (c.lastVisit() == null ? "" : " · last visit "
                + c.lastVisit()))).toList();
    }

    public Opened open(UUID clientId, StaffMember reader, String place) {
        ClientRecord.Record record = records.open(clientId, reader, place);
        return new Opened(clientId, record.contact().name(), ClientHistory.textLines(record), record.notes());
    }

    public SessionNote sign(SessionNote.Draft draft, UUID clientId, StaffMember therapist, String pin, String place) {
        return notes.sign(draft, clientId, null, therapist, pin, place);
    }

    public SessionNote addendum(UUID noteId, String text, StaffMember therapist, String pin, String place) {
        return notes.addendum(noteId, text, therapist, pin, place);
    }

    /** Who may merge two records (and undo a merge), to choose from before typing a PIN. */
    public List<StaffMember> mergers() {
        return stores.staff().active().stream().filter(m -> RoleRights.may(m.role(), Permission.MERGE_CLIENTS)).toList();
    }

    /** The records merged into {@code kept} now, each as a line like a found client's. */
    public List<Found> mergedInto(UUID kept) {
        return stores.clientMerges().mergedInto(kept).stream().flatMap(id -> stores.clients().details(id).stream()
                .map(c -> new Found(id, c.name() + " · " + ClientHistory.contactLine(c)))).toList();
    }

    /** Reads {@code merged}'s visits, sales, intakes and notes with {@code kept}'s, approved by {@code manager}'s PIN. */
    public void merge(UUID kept, UUID merged, String reason, StaffMember manager, String pin, String place) {
        if (kept.equals(merged)) {
            throw new Refused("Choose two different records: the one to keep and the one to merge into it.");
        }
        merges.merge(kept, merged, reason, manager, pin, place);
    }

    /** Separates {@code merged} from {@code kept} again, approved the same way. */
    public void undo(UUID kept, UUID merged, String reason, StaffMember manager, String pin, String place) {
        merges.undo(kept, merged, reason, manager, pin, place);
    }

    /** The therapist's own visits of today, read before each session and noted after it. */
    public TherapistDay day() {
        return day;
    }

    /** The clinic's zone, to show when a note was signed. */
    public ZoneId zone() {
        return zone;
    }
}
