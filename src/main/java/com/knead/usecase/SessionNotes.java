package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.SessionNote;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.SessionNoteStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The therapist's session notes: written on screen, signed with their own PIN (which locks the note
 * for good), added to by signed addenda, and read only by staff whose role allows it. Therapists read
 * the notes of clients they have treated; a manager or the owner reads every client's. Every signing,
 * opening and refusal goes into the audit log. PIN checks are slow: worker work.
 */
public final class SessionNotes {

    private final SessionNoteStore notes;
    private final PinCheck pins;
    private final AuditStore audit;
    private final Clock clock;

    public SessionNotes(SessionNoteStore notes, PinCheck pins, AuditStore audit, Clock clock) {
        this.notes = notes;
        this.pins = pins;
        this.audit = audit;
        this.clock = clock;
    }

    /** Signs {@code draft} as {@code therapist}'s note of the client's visit (visit may be null), checked by their PIN. */
    public SessionNote sign(SessionNote.Draft draft, UUID clientId, UUID visitId, StaffMember therapist, String pin,
                            String place) {
        if (!draft.problems().isEmpty()) {
            throw new Refused(draft.problems().get(0));
        }
        Approval signer = pins.check(therapist, pin, Permission.WRITE_NOTES, place);
        SessionNote note = notes.record(SessionNote.signed(draft, clientId, visitId, signer, clock.instant()));
        log(place, "signed", clientId, therapist, "session note");
        return note;
    }

    /** Adds a signed addendum to the note {@code noteId}; the note itself stays as it was signed. */
    public SessionNote addendum(UUID noteId, String text, StaffMember therapist, String pin, String place) {
        SessionNote note = notes.find(noteId).orElseThrow(() -> new Refused("That note is not there any more."));
        SessionNote.addendum(note, text, new Approval(therapist.id(), therapist.name()), clock.instant());
        Approval signer = pins.check(therapist, pin, Permission.WRITE_NOTES, place);
        SessionNote added = notes.record(SessionNote.addendum(note, text, signer, clock.instant()));
        log(place, "signed", note.clientId(), therapist, "addendum");
        return added;
    }

    /** Whether {@code reader} may read the client's notes, without opening them. */
    public boolean mayRead(UUID clientId, StaffMember reader) {
        return reader != null && RoleRights.may(reader.role(), Permission.WRITE_NOTES)
                && (RoleRights.may(reader.role(), Permission.READ_ALL_NOTES) || notes.hasTreated(reader.id(), clientId));
    }

    /**
     * Every note and addendum of the client, oldest first, for {@code reader}; refused (and logged)
     * when their role does not allow it, or when a therapist has never treated the client.
     */
    public List<SessionNote> read(UUID clientId, StaffMember reader, String place) {
        if (reader == null) {
            throw new Refused("Sign in first.");
        }
        try {
            RoleRights.require(reader, Permission.WRITE_NOTES);
            if (!RoleRights.may(reader.role(), Permission.READ_ALL_NOTES) && !notes.hasTreated(reader.id(), clientId)) {
                RoleRights.require(reader, Permission.READ_ALL_NOTES);
            }
        } catch (Refused noRight) {
            log(place, "no right", clientId, reader, "");
            throw noRight;
        }
        List<SessionNote> all = notes.forClient(clientId);
        log(place, "opened", clientId, reader, all.size() + (all.size() == 1 ? " note" : " notes"));
        return all;
    }

    /** The same, from the command line: whoever holds the data folder is the owner; logged without a name. */
    public List<SessionNote> readAtCommandLine(UUID clientId) {
        List<SessionNote> all = notes.forClient(clientId);
        audit.append("command line", "session notes", "opened", Optional.of(clientId), Optional.empty(),
                all.size() + (all.size() == 1 ? " note" : " notes"), clock.instant());
        return all;
    }

    private void log(String place, String outcome, UUID clientId, StaffMember who, String detail) {
        audit.append(place, "session notes", outcome, Optional.of(clientId), Optional.of(who.id()), detail,
                clock.instant());
    }
}
