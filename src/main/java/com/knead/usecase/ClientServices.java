package com.knead.usecase;

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

    ClientServices(ClientRecord records, SessionNotes notes, ZoneId zone, TherapistDay day) {
        this.records = records;
        this.notes = notes;
        this.zone = zone;
        this.day = day;
    }

    public static ClientServices over(Stores stores, PinCheck pins, Clock clock) {
        SessionNotes notes = new SessionNotes(stores.notes(), pins, stores.audit(), clock);
        return new ClientServices(new ClientRecord(stores, notes, clock), notes, stores.clinic().zone(),
                new TherapistDay(stores, notes, pins, clock));
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

    /** The therapist's own visits of today, read before each session and noted after it. */
    public TherapistDay day() {
        return day;
    }

    /** The clinic's zone, to show when a note was signed. */
    public ZoneId zone() {
        return zone;
    }
}
