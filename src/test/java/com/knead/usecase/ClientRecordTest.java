package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.Pressure;
import com.knead.domain.PriceList;
import com.knead.domain.Refused;
import com.knead.domain.ReturningVisitor;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SessionNote;
import com.knead.domain.Signature;
import com.knead.domain.StaffMember;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.store.AuditStore;
import com.knead.store.ClientStore;
import com.knead.store.DemoSeed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client's record and session notes on the demo clinic in a real H2 folder: two kiosk visits (the
 * second with a changed email and a new red flag), a sale, a signed note with an addendum, and who may
 * read what.
 */
class ClientRecordTest extends OpenClinic {

    private static final LocalDate BORN = LocalDate.of(1980, 1, 1);

    private SettableClock clock;
    private SessionNotes notes;
    private ClientRecord records;

    @BeforeEach
    void useCases() {
        clock = new SettableClock(Instant.now());
        notes = new SessionNotes(stores.notes(), new PinCheck(stores.staff(), stores.audit(), clock,
                stores.clinic().zone()), stores.audit(), clock);
        records = new ClientRecord(stores, notes, clock);
    }

    private Visit kiosk(String email, Map<String, String> answers, Optional<ReturningVisitor> returning) {
        PriceList prices = stores.catalog().priceListOn(stores.clinic().businessDay(clock.instant()));
        Modality swedish = prices.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow();
        ClientDetails client = new ClientDetails(ContactDetails.of("Nora Quinn", "555 400 0001"), email, BORN);
        return stores.intakes().checkIn(new KioskCheckIn(client, returning,
                new IntakeAnswers(answers, Map.of(BodyRegion.NECK, 3)), Optional.of(new Signature(new byte[] {1},
                clock.instant())), swedish, prices.price(swedish.id(), 60).orElseThrow(), List.of()),
                stores.intakes().form(), clock.instant());
    }

    /** Nora's first visit (Maya's, paid in cash), then a second a week later with a new email and a red flag. */
    private Sale twoVisits() {
        Visit first = kiosk("nora@old.example", Map.of("pressure", "medium"), Optional.empty());
        stores.visits().assign(first.id(), staff(DemoSeed.DEMO_MAYA).id(), "Room 1");
        Visit assigned = stores.visits().find(first.id()).orElseThrow();
        Sale sale = stores.sales().record(SaleDraft.forVisit(stores.clinic(), assigned)
                .addTender(Tender.cash(stores.clinic().money("200.00"))), clock.instant());
        clock.set(clock.instant().plusSeconds(7 * 86_400));
        kiosk("nora@new.example", Map.of("pressure", "firm", "blood_clots", "yes"),
                stores.intakes().returning("5554000001", BORN));
        return sale;
    }

    private SessionNote mayasNote() {
        SessionNote.Draft draft = new SessionNote.Draft(List.of(BodyRegion.NECK), List.of("Swedish"), Pressure.MEDIUM,
                "Relaxed by the end", "Neck tilts twice a day", 3, "");
        return notes.sign(draft, stores.clients().find("Nora").get(0).id(), null, staff(DemoSeed.DEMO_MAYA),
                DemoSeed.DEMO_MAYA_PIN, "desk");
    }

    @Test
    void theRecordHasVisitsReceiptsIntakeChangesContactHistoryNotesAndTheNextVisit() {
        Sale sale = twoVisits();
        SessionNote note = mayasNote();
        clock.set(clock.instant().plusSeconds(3600));
        SessionNote addendum = notes.addendum(note.id(), "Phoned: felt better the next day.", staff(DemoSeed.DEMO_MAYA),
                DemoSeed.DEMO_MAYA_PIN, "desk");

        ClientRecord.Record record = records.open(note.clientId(), staff(DemoSeed.DEMO_MAYA), "desk");
        assertThat(record.contact().email()).isEqualTo("nora@new.example");
        assertThat(record.history()).extracting(h -> h.details().email()).containsExactly("nora@old.example");
        assertThat(record.visits()).hasSize(2);
        ClientStore.VisitLine paid = record.visits().get(1);
        assertThat(paid.receipt()).isEqualTo(sale.receiptNumber());
        assertThat(paid.paid()).isEqualTo(sale.totals().amountDue());
        assertThat(paid.therapist()).isEqualTo(DemoSeed.DEMO_MAYA);
        assertThat(paid.service()).isEqualTo("Swedish");
        assertThat(record.visits().get(0).receipt()).isNull();
        assertThat(record.intakes()).extracting(ClientRecord.IntakeVersion::version).containsExactly(1, 2);
        assertThat(record.intakes().get(1).changes()).containsExactly("What pressure do you like?: Medium → Firm",
                "Blood clots: now Yes", "New red flag: Blood clots");
        assertThat(record.intakes().get(1).redFlags()).containsExactly("Blood clots");
        assertThat(record.notes()).containsExactly(note, addendum);
        assertThat(record.nextVisit()).contains(LocalDate.ofInstant(note.signedAt(), record.zone()).plusWeeks(3));
        assertThat(record.withheld()).isEmpty();

        List<AuditStore.Entry> log = stores.audit().latest(5);
        assertThat(log.get(0).action()).isEqualTo("client record");
        assertThat(log.get(1).action()).isEqualTo("session notes");
        assertThat(log.get(1).outcome()).isEqualTo("opened");
        assertThat(log.get(1).staff()).contains(staff(DemoSeed.DEMO_MAYA).id());
    }

    @Test
    void aTherapistWhoNeverTreatedTheClientAndTheCashierSeeLessAndTheRefusalIsLogged() {
        twoVisits();
        SessionNote note = mayasNote();
        StaffMember sam = staff(DemoSeed.DEMO_SAM);
        assertThatThrownBy(() -> notes.read(note.clientId(), sam, "desk")).isInstanceOf(Refused.class)
                .hasMessage("Sam Ortiz (therapist) may not read the session notes of clients they have not treated; "
                        + "ask a manager or the owner.");
        assertThat(stores.audit().latest(1).get(0).outcome()).isEqualTo("no right");

        ClientRecord.Record samSees = records.open(note.clientId(), sam, "desk");
        assertThat(samSees.notes()).isEmpty();
        assertThat(samSees.intakes()).hasSize(2);
        assertThat(samSees.withheld()).containsExactly("Session notes: Sam Ortiz may not read this client's notes; "
                + "ask a manager or the owner.");

        ClientRecord.Record cashierSees = records.open(note.clientId(), staff(DemoSeed.DEMO_CASHIER), "desk");
        assertThat(cashierSees.intakes()).isEmpty();
        assertThat(cashierSees.clearances()).isEmpty();
        assertThat(cashierSees.notes()).isEmpty();
        assertThat(cashierSees.visits()).hasSize(2);
        assertThat(cashierSees.withheld()).hasSize(2);

        assertThat(records.open(note.clientId(), staff(DemoSeed.DEMO_OWNER), "office").notes()).containsExactly(note);
        assertThatThrownBy(() -> notes.sign(SessionNote.Draft.text("tried"), note.clientId(), null,
                staff(DemoSeed.DEMO_CASHIER), DemoSeed.DEMO_CASHIER_PIN, "desk")).isInstanceOf(Refused.class)
                .hasMessageContaining("may not write or read session notes");
        assertThatThrownBy(() -> notes.sign(SessionNote.Draft.text("tried"), note.clientId(), null,
                sam, "0000", "desk")).isInstanceOf(Refused.class).hasMessageStartingWith("That PIN is not right");
    }

    @Test
    void aManagerMergesTwoRecordsOfOnePersonKeepingEveryRowAndCanUndoIt() {
        PriceList prices = stores.catalog().priceListOn(stores.clinic().businessDay(clock.instant()));
        Modality swedish = prices.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow();
        Visit walkIn = stores.visits().checkIn(ContactDetails.of("N Quinn", "555 400 9999"), swedish,
                prices.price(swedish.id(), 30).orElseThrow(), clock.instant());
        twoVisits();
        SessionNote note = mayasNote();
        StaffMember riley = staff(DemoSeed.DEMO_CASHIER);
        assertThat(records.find("quinn", riley, "desk")).hasSize(2);
        ClientRecord.Record before = records.open(note.clientId(), null, "command line");
        MergeClients merges = new MergeClients(stores.clientMerges(), new PinCheck(stores.staff(), stores.audit(), clock,
                stores.clinic().zone()), stores.audit(), clock);

        assertThatThrownBy(() -> merges.merge(note.clientId(), walkIn.clientId(), "same person", riley,
                DemoSeed.DEMO_CASHIER_PIN, "desk")).isInstanceOf(Refused.class)
                .hasMessageContaining("may not merge two records of the same client");
        merges.merge(note.clientId(), walkIn.clientId(), "same person, typed at the desk", staff(DemoSeed.DEMO_OWNER),
                DemoSeed.DEMO_OWNER_PIN, "office");
        assertThat(records.find("quinn", riley, "desk")).extracting(ClientStore.Listing::id)
                .containsExactly(note.clientId());
        ClientRecord.Record merged = records.open(walkIn.clientId(), null, "command line");
        assertThat(merged.clientId()).isEqualTo(note.clientId());
        assertThat(merged.visits()).hasSize(3).extracting(ClientStore.VisitLine::visitId).doesNotHaveDuplicates()
                .containsAll(before.visits().stream().map(ClientStore.VisitLine::visitId).toList())
                .contains(walkIn.id());
        assertThat(merged.intakes()).hasSameSizeAs(before.intakes());
        assertThat(merged.notes()).containsExactly(note);
        assertThat(merged.history()).extracting(h -> h.details().name()).contains("N Quinn");
        assertThatThrownBy(() -> merges.merge(walkIn.clientId(), note.clientId(), "again", staff(DemoSeed.DEMO_OWNER),
                DemoSeed.DEMO_OWNER_PIN, "office")).isInstanceOf(Refused.class).hasMessageContaining("already merged");

        merges.undo(note.clientId(), walkIn.clientId(), "different people after all", staff(DemoSeed.DEMO_OWNER),
                DemoSeed.DEMO_OWNER_PIN, "office");
        assertThat(records.find("quinn", riley, "desk")).hasSize(2);
        assertThat(records.open(note.clientId(), null, "command line").visits()).isEqualTo(before.visits());
        assertThat(records.open(walkIn.clientId(), null, "command line").visits()).extracting(ClientStore.VisitLine::visitId)
                .containsExactly(walkIn.id());
        assertThat(stores.audit().latest(20)).extracting(AuditStore.Entry::action)
                .contains("clients merged", "merge undone");
    }

    @Test
    void clientsAreFoundByNamePhoneOrDateOfBirth() {
        twoVisits();
        StaffMember riley = staff(DemoSeed.DEMO_CASHIER);
        assertThat(records.find("nora q", riley, "desk")).extracting(l -> l.details().name()).containsExactly("Nora Quinn");
        assertThat(records.find("400-0001", riley, "desk")).hasSize(1);
        assertThat(records.find("1980-01-01", riley, "desk")).hasSize(1);
        assertThat(records.find("1980-01-01", riley, "desk").get(0).lastVisit()).isNotNull();
        assertThat(records.find("zz%", riley, "desk")).isEmpty();
        assertThatThrownBy(() -> records.find("  ", riley, "desk")).isInstanceOf(Refused.class);
        assertThat(stores.audit().latest(1).get(0).action()).isEqualTo("client search");
    }

    @Test
    void theDeskFindsReadsAsLinesSignsAndAddsToNotesThroughItsServices() {
        Sale sale = twoVisits();
        ClientServices desk = ClientServices.over(stores, new PinCheck(stores.staff(), stores.audit(), clock,
                stores.clinic().zone()), clock);
        StaffMember maya = staff(DemoSeed.DEMO_MAYA);
        List<ClientServices.Found> found = desk.find("Nora", maya, "desk");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.line())
                .isEqualTo("Nora Quinn · " + ClientHistory.contactLine(stores.clients().find("Nora").get(0).details())
                        + " · last visit " + stores.clients().find("Nora").get(0).lastVisit()));
        UUID client = found.get(0).clientId();
        SessionNote note = desk.sign(new SessionNote.Draft(List.of(BodyRegion.NECK), List.of("Swedish"), Pressure.MEDIUM,
                "Relaxed", "Neck tilts", 2, "Good session"), client, maya, DemoSeed.DEMO_MAYA_PIN, "desk");
        assertThat(note.visitId()).isNull();
        assertThat(note.clientId()).isEqualTo(client);
        SessionNote addendum = desk.addendum(note.id(), "Phoned: better", maya, DemoSeed.DEMO_MAYA_PIN, "desk");
        assertThat(addendum.addendumTo()).isEqualTo(note.id());
        assertThat(desk.zone()).isEqualTo(stores.clinic().zone());

        ClientServices.Opened opened = desk.open(client, maya, "desk");
        assertThat(opened.clientId()).isEqualTo(client);
        assertThat(opened.name()).isEqualTo("Nora Quinn");
        assertThat(opened.notes()).containsExactly(note, addendum);
        List<String> lines = opened.lines();
        assertThat(lines).filteredOn(l -> !l.startsWith(" ")).containsExactly("Contact details:", "Visits:", "Intakes:",
                "Session notes:", "Next visit:");
        assertThat(lines.get(1)).startsWith("  now  Nora Quinn · ").contains("nora@new.example");
        assertThat(lines.get(2)).startsWith("  until ").contains("nora@old.example");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Swedish 60 min with " + DemoSeed.DEMO_MAYA)
                .endsWith("paid " + sale.totals().amountDue() + ", receipt " + sale.receiptNumber()));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Swedish 60 min · checked in · not paid"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Version 2: ").contains("Red flags: "));
        String zone = "Signed by " + DemoSeed.DEMO_MAYA + " on ";
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Areas: Neck. Techniques: Swedish. Pressure: "
                + Pressure.MEDIUM.label() + ". Response: Relaxed. Advice: Neck tilts. Plan: Rebook in 2 weeks.")
                .contains("Good session").contains(zone));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Addendum to the note of ").contains(": Phoned: better")
                .contains(zone));
        assertThat(lines.get(lines.size() - 1)).startsWith("  " ).endsWith("Suggested by the last note's plan.");
    }
}
