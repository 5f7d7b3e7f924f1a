package com.knead.usecase;

import com.knead.domain.Clearance;
import com.knead.domain.Intake;
import com.knead.domain.IntakeChanges;
import com.knead.domain.IntakeForm;
import com.knead.domain.Permission;
import com.knead.domain.RedFlag;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.SessionNote;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.ClientStore;
import com.knead.store.Stores;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's record for the staff (never the kiosk): found by name, phone or date of birth, then one
 * client's contact details with their earlier versions, every visit with what was paid and the
 * receipt, the intake versions with what changed between them, red flags and clearances with their
 * dates, gift cards and packages with what is left, the session notes and the next visit the last
 * note's plan suggests. Health answers and notes are shown only to roles that may read them; the rest
 * of the record says what was left out. Every search and opening is in the audit log.
 */
public final class ClientRecord {

    /** One intake version: when it was signed, its red flags, and what changed from the version before. */
    public record IntakeVersion(int version, LocalDate signedOn, List<String> redFlags, List<String> changes) {
    }

    /** A clearance record with the day of the visit it was recorded for. */
    public record ClearanceLine(LocalDate visitDay, Clearance clearance) {
    }

    /**
     * A client's whole record as {@code reader} may see it.
     *
     * @param intakes   empty, and {@code withheld} says so, when the reader may not open intakes
     * @param notes     the same for session notes
     * @param nextVisit the day the last session note's plan suggests, if it has one
     * @param withheld  sentences naming what the reader's role leaves out
     */
    public record Record(UUID clientId, ClientStore.Contact contact, List<ClientStore.ContactChange> history,
                         List<ClientStore.VisitLine> visits, List<IntakeVersion> intakes,
                         List<ClearanceLine> clearances, List<ClientStore.Prepaid> prepaid, List<SessionNote> notes,
                         Optional<LocalDate> nextVisit, List<String> withheld, ZoneId zone) {
    }

    private final Stores stores;
    private final SessionNotes notes;
    private final Clock clock;

    public ClientRecord(Stores stores, SessionNotes notes, Clock clock) {
        this.stores = stores;
        this.notes = notes;
        this.clock = clock;
    }

    /** Clients matching {@code text} for a signed-in staff member ({@code who} null: the command line). */
    public List<ClientStore.Listing> find(String text, StaffMember who, String place) {
        if (text == null || text.isBlank()) {
            throw new Refused("Type part of a name, a phone number or a date of birth (year-month-day).");
        }
        List<ClientStore.Listing> found = stores.clients().find(text).stream()
                .filter(c -> stores.clientMerges().keptFor(c.id()).isEmpty()).toList();
        audit().append(place, "client search", found.size() + " found", Optional.empty(),
                Optional.ofNullable(who).map(StaffMember::id), "", clock.instant());
        return found;
    }

    /**
     * The record of the client {@code clientId} for {@code reader} ({@code null}: the command line, the
     * owner's), with the rows of every record merged into it; a record merged away opens its kept one.
     */
    public Record open(UUID clientId, StaffMember reader, String place) {
        UUID kept = stores.clientMerges().keptFor(clientId).orElse(clientId);
        ClientStore.Contact contact = stores.clients().details(kept)
                .orElseThrow(() -> new Refused("There is no client with that number."));
        List<UUID> all = new ArrayList<>(List.of(kept));
        all.addAll(stores.clientMerges().mergedInto(kept));
        List<String> withheld = new ArrayList<>();
        List<IntakeVersion> intakes = List.of();
        List<ClearanceLine> clearances = List.of();
        List<ClientStore.VisitLine> visits = each(all, stores.clients()::visits).stream()
                .sorted(Comparator.comparing(ClientStore.VisitLine::day).reversed()).toList();
        if (reader == null || RoleRights.may(reader.role(), Permission.OPEN_INTAKE)) {
            intakes = new ArrayList<>();
            for (UUID id : all) {
                intakes.addAll(intakes(stores.intakes().history(id), stores.intakes().form()));
            }
            Map<UUID, LocalDate> days = new HashMap<>();
            visits.forEach(v -> days.put(v.visitId(), v.day()));
            clearances = each(all, stores.clearances()::forClient).stream()
                    .sorted(Comparator.comparing(Clearance::recordedAt).reversed())
                    .map(c -> new ClearanceLine(days.get(c.visitId()), c)).toList();
        } else {
            withheld.add("Intakes, red flags and clearances: " + reader.role().words() + "s may not "
                    + Permission.OPEN_INTAKE.words() + ".");
        }
        // The notes of the kept record are those of every record merged into it (the store reads them all).
        List<SessionNote> read = new ArrayList<>();
        if (reader == null) {
            read.addAll(notes.readAtCommandLine(kept));
        } else if (notes.mayRead(kept, reader)) {
            read.addAll(notes.read(kept, reader, place));
        } else {
            withheld.add("Session notes: " + reader.name() + " may not read this client's notes; ask "
                    + RoleRights.whoMay(Permission.READ_ALL_NOTES) + ".");
        }
        ZoneId zone = stores.clinic().zone();
        Optional<LocalDate> next = read.stream().filter(n -> !n.isAddendum()).reduce((a, b) -> b)
                .flatMap(n -> n.nextVisit(zone));
        audit().append(reader == null ? "command line" : place, "client record", "opened", Optional.of(kept),
                Optional.ofNullable(reader).map(StaffMember::id), all.size() > 1 ? (all.size() - 1)
                        + " merged record(s) with it" : "", clock.instant());
        List<ClientStore.ContactChange> history = new ArrayList<>(stores.clients().contactHistory(kept));
        for (UUID merged : all.subList(1, all.size())) {
            stores.clients().details(merged).ifPresent(d -> history.add(new ClientStore.ContactChange(d, null)));
            history.addAll(stores.clients().contactHistory(merged));
        }
        return new Record(kept, contact, history, visits, intakes, clearances,
                each(all, stores.clients()::prepaid), read, next, withheld, zone);
    }

    private static <T> List<T> each(List<UUID> clients, java.util.function.Function<UUID, List<T>> rows) {
        List<T> all = new ArrayList<>();
        clients.forEach(id -> all.addAll(rows.apply(id)));
        return all;
    }

    private List<IntakeVersion> intakes(List<Intake> history, IntakeForm form) {
        ZoneId zone = stores.clinic().zone();
        List<IntakeVersion> versions = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Intake intake = history.get(i);
            List<String> changes = i == 0 ? List.of("First intake") : IntakeChanges.between(history.get(i - 1), intake, form);
            versions.add(new IntakeVersion(intake.version(), LocalDate.ofInstant(intake.createdAt(), zone),
                    intake.redFlags().stream().map(RedFlag::reason).toList(), changes));
        }
        return versions;
    }

    private AuditStore audit() {
        return stores.audit();
    }
}
