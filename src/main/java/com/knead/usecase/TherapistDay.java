package com.knead.usecase;

import com.knead.domain.ClientIntake;
import com.knead.domain.IntakeForm;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.Modality;
import com.knead.domain.Permission;
import com.knead.domain.RedFlag;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.SessionNote;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import com.knead.store.Stores;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A therapist's day: their own visits of today, each opened before the session with the intake's
 * answers, its red flags and clearance, and the client's last session note; and the note written
 * after it, signed with their PIN, for that visit. Who may read the notes and the intake is the role
 * table's ({@link RoleRights}) and {@link SessionNotes}' to decide, here and not on the screen, and
 * every opening (and refusal) is in the audit log. Database and PIN work: run through the tasks.
 */
public final class TherapistDay {

    /**
     * One visit as its therapist reads it before the session.
     *
     * @param intake    the pain marked and the intake's answers as "question answer" lines
     * @param redFlags  the intake's red flags, empty when none
     * @param clearance the physician clearance in words, or ""
     * @param lastNote  the client's latest session note (not an addendum), if any
     */
    public record Session(Visit visit, List<String> intake, List<String> redFlags, String clearance,
                          Optional<SessionNote> lastNote) {
    }

    private final Stores stores;
    private final SessionNotes notes;
    private final PinCheck pins;
    private final Clock clock;

    public TherapistDay(Stores stores, SessionNotes notes, PinCheck pins, Clock clock) {
        this.stores = stores;
        this.notes = notes;
        this.pins = pins;
        this.clock = clock;
    }

    /** Everyone who writes session notes, to choose oneself from when someone else is signed in at the desk. */
    public List<StaffMember> therapists() {
        return stores.staff().active().stream().filter(m -> RoleRights.may(m.role(), Permission.WRITE_NOTES)).toList();
    }

    /** {@code chosen}, once their own PIN says it is them (wrong PINs count towards their lockout). */
    public StaffMember identify(StaffMember chosen, String pin, String place) {
        pins.check(chosen, pin, Permission.WRITE_NOTES, place);
        return chosen;
    }

    /**
     * Today's visits of {@code reader}, in queue order (with {@code everyone}, every visit of today, as
     * the desk's queue shows them); cancelled visits left out.
     */
    public List<Visit> visits(StaffMember reader, boolean everyone) {
        writer(reader);
        return stores.visits().forDay(today()).stream().filter(v -> v.status() != VisitStatus.CANCELLED)
                .filter(v -> everyone || reader.id().equals(v.therapistId())).toList();
    }

    /**
     * Opens the visit {@code visitId} for {@code reader} before its session. Refused, and the refusal
     * logged, when {@code reader}'s role may not open intakes or they may not read the client's notes;
     * the opening is logged as the desk's intake summary's is, and the notes' as {@link SessionNotes}' are.
     */
    public Session open(UUID visitId, StaffMember reader, String place) {
        signedIn(reader);
        Visit visit = visit(visitId);
        Optional<UUID> client = Optional.of(visit.clientId());
        String detail = "visit " + visit.queueNumber() + " of " + visit.businessDay() + ", before the session";
        try {
            RoleRights.require(reader, Permission.OPEN_INTAKE);
        } catch (Refused noRight) {
            stores.audit().append(place, "intake summary", "no right", client, Optional.of(reader.id()), detail,
                    clock.instant());
            throw noRight;
        }
        List<SessionNote> read = notes.read(visit.clientId(), reader, place);
        Optional<SessionNote> last = read.stream().filter(n -> !n.isAddendum()).reduce((a, b) -> b);
        Optional<String> clearance = stores.clearances().latest(visit.id()).map(c -> "Clearance: " + c.summary());
        stores.audit().append(place, "intake summary", "opened", client, Optional.of(reader.id()), detail,
                clock.instant());
        Optional<ClientIntake> found = stores.intakes().forVisit(visit.businessDay(), visit.queueNumber());
        if (found.isEmpty()) {
            return new Session(visit, List.of("No intake: checked in at the desk."), List.of(), clearance.orElse(""), last);
        }
        List<RedFlag> flags = found.get().intake().redFlags();
        return new Session(visit, lines(found.get(), stores.intakes().askedIn(found.get().intake().id())),
                flags.stream().map(RedFlag::reason).toList(), clearance.orElse(flags.isEmpty() ? ""
                : "Clearance: none recorded yet; the desk records it before the session starts."), last);
    }

    /**
     * Signs {@code draft} as the note of visit {@code visitId}. Only the visit's own therapist writes it,
     * unless the writer may read every client's notes: a note would otherwise open the client's notes
     * to whoever wrote one.
     */
    public SessionNote write(UUID visitId, SessionNote.Draft draft, StaffMember therapist, String pin, String place) {
        writer(therapist);
        Visit visit = visit(visitId);
        if (!therapist.id().equals(visit.therapistId()) && !RoleRights.may(therapist.role(), Permission.READ_ALL_NOTES)) {
            throw new Refused("Visit " + visit.queueNumber() + " is " + (visit.therapistName() == null
                    ? "nobody's yet" : visit.therapistName() + "'s") + "; its therapist writes its note.");
        }
        return notes.sign(draft, visit.clientId(), visit.id(), therapist, pin, place);
    }

    /** The clinic's modalities, the techniques a note chooses from. */
    public List<String> techniques() {
        return stores.catalog().priceListOn(today()).modalities().stream().map(Modality::name).toList();
    }

    private static void writer(StaffMember who) {
        signedIn(who);
        RoleRights.require(who, Permission.WRITE_NOTES);
    }

    private static void signedIn(StaffMember who) {
        if (who == null) {
            throw new Refused("Sign in first.");
        }
    }

    private Visit visit(UUID visitId) {
        return stores.visits().find(visitId).orElseThrow(() -> new Refused("That visit is not there any more."));
    }

    private static List<String> lines(ClientIntake found, IntakeForm form) {
        List<String> lines = new ArrayList<>();
        Map<com.knead.domain.BodyRegion, Integer> pain = found.intake().answers().pain();
        lines.add(pain.isEmpty() ? "Pain: nothing marked" : "Pain: " + pain.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey().label() + " " + e.getValue() + "/10")
                .collect(Collectors.joining(", ")));
        for (IntakeQuestion question : form.questions()) {
            String answer = question.readable(found.intake().answers().answer(question.code()).orElse(""));
            if (!answer.isEmpty()) {
                lines.add(question.prompt() + " " + answer);
            }
        }
        return lines;
    }

    private LocalDate today() {
        return stores.clinic().businessDay(clock.instant());
    }
}
