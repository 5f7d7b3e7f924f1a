package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.StaffListing;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.report.ReportTemplates;
import com.knead.store.AuditStore;
import com.knead.store.DemoSeed;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The office's staff, PINs, lock and audit log, on the demo clinic in real H2. */
class StaffAndAuditUseCasesTest extends OpenClinic {

    private OfficeServices office;
    private Approval olivia;

    @BeforeEach
    void unlock() {
        office = OfficeServices.over(stores, new ReportTemplates());
        olivia = office.door().unlock(owner(), DemoSeed.DEMO_OWNER_PIN);
    }

    private StaffListing listed(String name) {
        return office.staff().list().people().stream().filter(p -> p.member().name().equals(name)).findFirst()
                .orElseThrow();
    }

    private List<AuditStore.Entry> log(int newest) {
        return stores.audit().latest(newest);
    }

    @Test
    void theOwnerAddsEditsDeactivatesAndReactivatesAndEachIsAudited() {
        StaffMember jordan = office.staff().add(olivia, " Jordan  Lee ", StaffRole.MANAGER, Optional.of("5829"));
        assertThat(jordan.name()).isEqualTo("Jordan Lee");
        assertThat(listed("Jordan Lee").pinSet()).isTrue();
        assertThat(stores.staff().find(jordan.id()).orElseThrow().unlocks("5829")).isTrue();
        assertThat(log(2)).extracting(AuditStore.Entry::action).containsExactly("PIN set", "staff added");
        assertThat(log(2)).allSatisfy(e -> {
            assertThat(e.place()).isEqualTo("office");
            assertThat(e.staff()).hasValue(owner().id());
            assertThat(e.outcome()).isEqualTo("done");
        });
        assertThat(log(2).get(1).detail()).isEqualTo("Jordan Lee, manager");

        office.staff().change(olivia, jordan.id(), "Jordan Lee-Smith", StaffRole.CASHIER);
        assertThat(listed("Jordan Lee-Smith").member().role()).isEqualTo(StaffRole.CASHIER);
        assertThat(log(1).get(0).detail()).isEqualTo("Jordan Lee-Smith: name Jordan Lee → Jordan Lee-Smith, role manager → cashier");
        assertThatThrownBy(() -> office.staff().change(olivia, jordan.id(), "Jordan Lee-Smith", StaffRole.CASHIER))
                .hasMessage("Nothing has changed for Jordan Lee-Smith.");

        office.staff().deactivate(olivia, jordan.id());
        assertThat(listed("Jordan Lee-Smith").active()).isFalse();
        assertThat(stores.staff().active()).extracting(StaffMember::name).doesNotContain("Jordan Lee-Smith");
        assertThat(stores.staff().find(jordan.id())).as("kept, never deleted").isPresent();
        assertThat(log(1).get(0).action()).isEqualTo("staff deactivated");
        assertThatThrownBy(() -> office.staff().deactivate(olivia, jordan.id()))
                .hasMessage("Jordan Lee-Smith is already deactivated.");
        office.staff().reactivate(olivia, jordan.id());
        assertThat(listed("Jordan Lee-Smith").active()).isTrue();
        assertThat(log(1).get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("staff reactivated");
            assertThat(e.detail()).isEqualTo("Jordan Lee-Smith");
        });
    }

    @Test
    void anObviousPinOrATakenNameAddsNobody() {
        int before = office.staff().list().people().size();
        assertThatThrownBy(() -> office.staff().add(olivia, "Jordan Lee", StaffRole.MANAGER, Optional.of("1234")))
                .hasMessage("That PIN is a straight run (like 1234 or 9876), so it is easy to guess; choose another.");
        assertThatThrownBy(() -> office.staff().add(olivia, "Riley Brooks", StaffRole.CASHIER, Optional.empty()))
                .hasMessageContaining("There is already a Riley Brooks");
        assertThatThrownBy(() -> office.staff().add(olivia, "Kim", null, Optional.empty()))
                .hasMessage("Choose the person's role.");
        assertThat(office.staff().list().people()).hasSize(before);
    }

    @Test
    void theLastActiveOwnerStaysAndAManagerMayNotManageStaff() {
        assertThatThrownBy(() -> office.staff().deactivate(olivia, owner().id()))
                .hasMessageContaining("is the clinic's only active owner");
        assertThatThrownBy(() -> office.staff().change(olivia, owner().id(), owner().name(), StaffRole.MANAGER))
                .hasMessageContaining("stays an owner");
        StaffMember jordan = office.staff().add(olivia, "Jordan Lee", StaffRole.MANAGER, Optional.of("5829"));
        Approval asJordan = office.door().unlock(jordan, "5829");
        assertThatThrownBy(() -> office.staff().add(asJordan, "Kim Doe", StaffRole.CASHIER, Optional.empty()))
                .isInstanceOf(Refused.class)
                .hasMessage("Jordan Lee (manager) may not add, edit and deactivate staff; ask the owner.");
        assertThatThrownBy(() -> office.pins().set(asJordan, owner().id(), "2580"))
                .hasMessageContaining("may not add, edit and deactivate staff");
        // A second owner lets the first step down; who acted is read afresh each time.
        StaffMember first = owner();
        office.staff().change(olivia, jordan.id(), "Jordan Lee", StaffRole.OWNER);
        office.staff().change(olivia, first.id(), first.name(), StaffRole.MANAGER);
        assertThatThrownBy(() -> office.staff().add(olivia, "Kim Doe", StaffRole.CASHIER, Optional.empty()))
                .hasMessageStartingWith("Olivia Park (manager) may not");
        office.staff().deactivate(asJordan, listed("Olivia Park").member().id());
        assertThatThrownBy(() -> office.staff().add(olivia, "Kim Doe", StaffRole.CASHIER, Optional.empty()))
                .hasMessage("Olivia Park is no longer on the staff list.");
        assertThatThrownBy(() -> office.door().unlock(listed("Olivia Park").member(), DemoSeed.DEMO_OWNER_PIN))
                .as("a deactivated person's PIN opens nothing").hasMessage("Olivia Park is no longer on the staff list.");
    }

    @Test
    void pinsAreSetByTheOwnerOrChangedByThePersonWithTheirCurrentOne() {
        StaffMember riley = staff("Riley Brooks");
        StaffMember kim = office.staff().add(olivia, "Kim Doe", StaffRole.CASHIER, Optional.empty());
        assertThatThrownBy(() -> office.pins().change(olivia, kim.id(), "1111", "2580"))
                .hasMessage("Kim Doe has no PIN yet; the owner sets the first one.");
        assertThatThrownBy(() -> office.pins().set(olivia, riley.id(), "0000"))
                .hasMessageContaining("repeats itself");
        office.pins().set(olivia, riley.id(), "2580");
        assertThat(log(1).get(0)).satisfies(e -> {
            // Riley has the demo's PIN already, so the owner's new one is a change.
            assertThat(e.action()).isEqualTo("PIN changed");
            assertThat(e.detail()).isEqualTo("Riley Brooks");
            assertThat(e.staff()).hasValue(owner().id());
        });
        assertThatThrownBy(() -> office.pins().change(olivia, riley.id(), "1111", "3691"))
                .hasMessageStartingWith("That PIN is not right for Riley Brooks. Try again; after 4");
        assertThat(log(1).get(0).outcome()).isEqualTo("wrong");
        assertThat(log(1).get(0).detail()).isEqualTo("change their own PIN");
        assertThatThrownBy(() -> office.pins().change(olivia, riley.id(), "2580", "9876"))
                .as("an easy new PIN costs no try").hasMessageContaining("straight run");
        assertThat(stores.staff().lockout(riley.id()).wrongInARow()).isEqualTo(1);
        office.pins().change(olivia, riley.id(), "2580", "3691");
        assertThat(stores.staff().find(riley.id()).orElseThrow().unlocks("3691")).isTrue();
        assertThat(log(1).get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("PIN changed");
            assertThat(e.detail()).isEqualTo("Riley Brooks (typed their current PIN)");
        });
        assertThat(stores.staff().lockout(riley.id()).wrongInARow()).as("a new PIN starts the count again").isZero();
    }

    @Test
    void theOwnerClearsALockAndTheClearingIsAudited() {
        StaffMember jordan = office.staff().add(olivia, "Jordan Lee", StaffRole.MANAGER, Optional.of("5829"));
        assertThatThrownBy(() -> office.pins().clearLock(olivia, jordan.id())).hasMessage("Jordan Lee's PIN is not locked.");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> office.door().unlock(jordan, "1111")).isInstanceOf(Refused.class);
        }
        assertThatThrownBy(() -> office.door().unlock(jordan, "5829")).hasMessageContaining("is locked");
        assertThat(listed("Jordan Lee").lockedAt(java.time.Instant.now())).isTrue();
        office.pins().clearLock(olivia, jordan.id());
        assertThat(log(1).get(0).action()).isEqualTo("PIN lock cleared");
        assertThat(office.door().unlock(jordan, "5829").staffName()).isEqualTo("Jordan Lee");
    }

    @Test
    void theOfficeIsOpenedByThoseWithTheRightAndAPinAndItsLockIsLogged() {
        assertThat(office.door().whoMayOpen()).extracting(StaffMember::name).containsExactly("Olivia Park");
        StaffMember jordan = office.staff().add(olivia, "Jordan Lee", StaffRole.MANAGER, Optional.empty());
        assertThat(office.door().whoMayOpen()).as("no PIN yet").extracting(StaffMember::name).containsExactly("Olivia Park");
        office.pins().set(olivia, jordan.id(), "5829");
        assertThat(office.door().whoMayOpen()).extracting(StaffMember::name).containsExactly("Jordan Lee", "Olivia Park");
        assertThatThrownBy(() -> office.door().unlock(staff("Riley Brooks"), "1111"))
                .hasMessage("Riley Brooks (cashier) may not open the office; ask a manager or the owner.");
        office.door().locked(olivia, "Lock pressed");
        assertThat(log(1).get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("office locked");
            assertThat(e.detail()).isEqualTo("Lock pressed");
        });
        List<AuditLog.Line> unlocked = office.audit().lines(new AuditLog.Filter(today(), today(), Optional.of("office"),
                Optional.of("office unlocked"), Optional.empty()));
        assertThat(unlocked).singleElement().satisfies(l -> assertThat(l.staff()).isEqualTo("Olivia Park"));
    }

    @Test
    void theKioskIsLeftThroughThePinCheck() {
        LeaveKioskMode exit = KioskServices.of(stores, stores.catalog().priceListOn(java.time.LocalDate.now()), stores.intakes().form()).staffExit();
        assertThat(exit.whoMayLeave()).extracting(StaffMember::name).containsExactly("Olivia Park");
        assertThatThrownBy(() -> exit.leave(owner(), "1111")).hasMessageContaining("after 4 more wrong PINs");
        exit.leave(owner(), DemoSeed.DEMO_OWNER_PIN);
        assertThat(log(2)).extracting(AuditStore.Entry::place).contains("kiosk");
        assertThatThrownBy(() -> exit.leave(staff("Riley Brooks"), "1111"))
                .hasMessageContaining("may not leave kiosk mode");
    }

    @Test
    void theLogIsFilteredByDaysPlaceActionAndPersonNewestFirstWithNames() {
        StaffMember jordan = office.staff().add(olivia, "Jordan Lee", StaffRole.MANAGER, Optional.of("5829"));
        assertThatThrownBy(() -> office.door().unlock(jordan, "1111")).isInstanceOf(Refused.class);
        List<AuditLog.Line> all = office.audit().lines(AuditLog.Filter.days(today(), today()));
        assertThat(all).extracting(AuditLog.Line::action)
                .containsExactly("PIN", "PIN set", "staff added", "office unlocked");
        assertThat(all.get(0).staff()).isEqualTo("Jordan Lee");
        assertThat(all.get(0).time()).startsWith(today().toString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(office.audit().lines(new AuditLog.Filter(today(), today(), Optional.empty(), Optional.empty(),
                Optional.of(jordan.id())))).extracting(AuditLog.Line::outcome).containsExactly("wrong");
        assertThat(office.audit().lines(new AuditLog.Filter(today(), today(), Optional.of("kiosk"), Optional.empty(),
                Optional.empty()))).isEmpty();
        assertThat(office.audit().lines(AuditLog.Filter.days(today().plusDays(1), today().plusDays(3)))).isEmpty();
        assertThatThrownBy(() -> office.audit().lines(AuditLog.Filter.days(today(), today().minusDays(1))))
                .hasMessage("The last day (" + today().minusDays(1) + ") is before the first (" + today() + ").");
        AuditLog.Choices choices = office.audit().choices();
        assertThat(choices.places()).containsExactly("office");
        assertThat(choices.actions()).containsExactly("PIN", "PIN set", "office unlocked", "staff added");
        assertThat(choices.staff()).extracting(StaffMember::name).contains("Jordan Lee", "Olivia Park");
    }

    @Test
    void theExportIsRfc4180CsvReadBackAndIsItselfAudited() throws Exception {
        // A client's name with a comma and a quote, to be quoted right.
        com.knead.domain.Visit visit = redFlagCheckIn("Ada \"Countess\" Lovelace, née Byron");
        stores.audit().append("kiosk", "returning lookup", "found", Optional.of(visit.clientId()), java.time.Instant.now());
        Path csv = folder.resolve("audit.csv");
        int written = office.export().export(olivia, AuditLog.Filter.days(today(), today()), csv);
        assertThat(written).isEqualTo(2);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertThat(parser.getHeaderNames()).isEqualTo(ExportAudit.HEADINGS);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(2);
            assertThat(records.get(0).get("Client")).isEqualTo("Ada \"Countess\" Lovelace, née Byron");
            assertThat(records.get(0).get("Action")).isEqualTo("returning lookup");
            assertThat(records.get(1).get("Action")).isEqualTo("office unlocked");
            assertThat(records.get(1).get("Staff")).isEqualTo("Olivia Park");
        }
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("\r\n");
        assertThat(log(1).get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("audit exported");
            assertThat(e.staff()).hasValue(owner().id());
            assertThat(e.detail()).isEqualTo("2 entries, " + today() + " to " + today() + " to audit.csv");
        });
        assertThatThrownBy(() -> office.export().export(olivia, AuditLog.Filter.days(today(), today()),
                folder.resolve("no/such/folder/audit.csv"))).isInstanceOf(Refused.class)
                .hasMessageEndingWith("no/such/folder/audit.csv: that folder does not exist.");
        Approval cashier = new Approval(staff("Riley Brooks").id(), "Riley Brooks");
        assertThatThrownBy(() -> office.export().export(cashier, AuditLog.Filter.days(today(), today()), csv))
                .hasMessage("Riley Brooks (cashier) may not export reports and the audit log; ask a manager or the owner.");
        assertThat(Permission.EXPORT.words()).isEqualTo("export reports and the audit log");
        LocalDate day = today();
        assertThat(office.export().exportFromCommandLine(AuditLog.Filter.days(day, day), csv, "alice")).isEqualTo(3);
        assertThat(log(1).get(0).place()).isEqualTo("command line");
        assertThat(log(1).get(0).staff()).isEmpty();
        assertThat(log(1).get(0).detail()).isEqualTo("3 entries, " + day + " to " + day + " to "
                + csv.toAbsolutePath().normalize() + ", by the command line (OS user alice)");
    }
}
