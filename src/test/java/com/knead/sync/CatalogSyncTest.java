package com.knead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.Main;
import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceSheet;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffListing;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.store.AuditStore;
import com.knead.usecase.SyncWithCentre;
import com.knead.usecase.WalkInCheckIn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Services, add-ons and staff made at the centre with {@code knead central modality|add-on|staff}
 * reach two installations at their syncs, by the centre's change sequence: a modality with its
 * durations (priced by a central dated price, sold at the desk), an add-on and a staff member with no
 * PIN (the same id at both); a repeated sync changes nothing; a deactivation reaches both, and the
 * centre's change replaces a location's own edit of the same person. Each change is in the audit log.
 */
class CatalogSyncTest {

    @TempDir
    Path north;
    @TempDir
    Path south;

    String url;
    final StringWriter said = new StringWriter();

    @BeforeEach
    void centre() {
        url = CentralPostgres.cluster().newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
    }

    @Test
    void madeAtTheCentreReachesBothSellsAndADeactivationFollows() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(central("modality", "--code", "reflexology", "--name", "Reflexology", "--description",
                "Pressure on points of the feet", "--minutes", "60, 30", "--hidden", "--order", "2"))
                .as(said.toString()).isZero();
        assertThat(said.toString()).contains("Made Reflexology (REFLEXOLOGY) for every clinic, 30 / 60 min, kept off "
                + "the kiosk");
        assertThat(central("add-on", "--code", "FOOT_BALM", "--name", "Foot balm")).as(said.toString()).isZero();
        assertThat(central("staff", "--name", "Noor Haddad", "--role", "Therapist")).as(said.toString()).isZero();
        assertThat(said.toString()).contains("Noor Haddad is on every clinic's staff as therapist");
        assertThat(central("price", "--modality", "REFLEXOLOGY", "--minutes", "30", "--price", "45.00", "--from",
                today.toString())).as(said.toString()).isZero();

        try (Installation a = new Installation(north); Installation b = new Installation(south)) {
            SyncWithCentre.Done first = a.syncNow(url);
            assertThat(first.catalog()).isEqualTo(3);
            assertThat(first.prices()).isEqualTo(1);
            assertThat(first.unknownItems()).isZero();
            assertThat(b.syncNow(url).catalog()).isEqualTo(3);
            UUID noor = null;
            for (Installation each : List.of(a, b)) {
                PriceSheet sheet = each.stores.catalog().sheet(today);
                PriceSheet.Offer offer = sheet.modalities().stream().filter(o -> o.modality().code().equals("REFLEXOLOGY"))
                        .findFirst().orElseThrow();
                assertThat(offer.modality().name()).isEqualTo("Reflexology");
                assertThat(offer.modality().description()).isEqualTo("Pressure on points of the feet");
                assertThat(offer.modality().sortOrder()).isEqualTo(2);
                assertThat(offer.onKiosk()).isFalse();
                assertThat(offer.durations()).extracting(PriceSheet.DurationPrice::minutes).containsExactly(30, 60);
                assertThat(each.stores.catalog().kioskPriceListOn(today).modalities())
                        .extracting(Modality::code).doesNotContain("REFLEXOLOGY");
                assertThat(sheet.addOns()).filteredOn(x -> x.name().equals("Foot balm")).hasSize(1)
                        .allSatisfy(x -> assertThat(x.inEffect()).isEmpty());
                StaffListing person = each.stores.staff().all().people().stream()
                        .filter(p -> p.member().name().equals("Noor Haddad")).findFirst().orElseThrow();
                assertThat(person.member().role()).isEqualTo(StaffRole.THERAPIST);
                assertThat(person.active()).isTrue();
                assertThat(person.pinSet()).isFalse();
                assertThat(noor == null || noor.equals(person.member().id())).isTrue();
                noor = person.member().id();
                assertThat(synced(each)).extracting(AuditStore.Entry::action)
                        .contains("modality added", "add-on added", "staff added", "price change");
            }

            // Sold at the desk at the centre's price: only the priced 30 minutes are on the desk's list.
            Clock noon = Clock.fixed(today.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
            WalkInCheckIn desk = new WalkInCheckIn(a.stores, noon);
            Modality reflexology = desk.services().modalities().stream().filter(m -> m.code().equals("REFLEXOLOGY"))
                    .findFirst().orElseThrow();
            assertThat(desk.services().price(reflexology.id(), 60)).isEmpty();
            ServicePrice thirty = desk.services().price(reflexology.id(), 30).orElseThrow();
            assertThat(thirty.price().amount()).isEqualByComparingTo("45.00");
            StaffMember cashier = a.stores.staff().active().stream().filter(s -> s.role() == StaffRole.CASHIER)
                    .findFirst().orElseThrow();
            Visit visit = desk.checkIn(ContactDetails.of("Rosa Feet", "5553000001"), thirty, cashier);
            assertThat(visit.price().amount()).isEqualByComparingTo("45.00");
            a.stores.sales().record(SaleDraft.forVisit(a.stores.clinic(), visit)
                    .addTender(Tender.cash(a.stores.clinic().money("100.00"))), noon.instant());

            // Again: nothing new at the centre, nothing changes here.
            assertThat(synced(b)).hasSize(4);
            assertThat(b.syncNow(url)).isEqualTo(new SyncWithCentre.Done(0, 0, 0, 0, 0, 0));
            assertThat(synced(b)).hasSize(4);

            // North renames her locally; then the centre makes her inactive: the centre's change wins at both.
            a.stores.staff().change(noor, "Noor H.", StaffRole.MANAGER, true, Instant.now());
            assertThat(central("staff", "--name", "NOOR HADDAD", "--inactive")).as(said.toString()).isZero();
            assertThat(said.toString()).contains("Noor Haddad is changed at every clinic, inactive");
            assertThat(a.syncNow(url).catalog()).isEqualTo(2);
            assertThat(b.syncNow(url).catalog()).isEqualTo(1);
            for (Installation each : List.of(a, b)) {
                StaffListing person = each.stores.staff().listing(noor).orElseThrow();
                assertThat(person.member().name()).isEqualTo("Noor Haddad");
                assertThat(person.member().role()).isEqualTo(StaffRole.THERAPIST);
                assertThat(person.active()).isFalse();
                assertThat(each.stores.staff().active()).extracting(StaffMember::id).doesNotContain(noor);
                assertThat(synced(each)).extracting(AuditStore.Entry::detail).contains("Noor Haddad from the centre");
            }
        }
    }

    @Test
    void badInputIsOnePlainLineAndMakesNothing() throws Exception {
        assertThat(central("modality", "--code", "HOT STONE", "--name", "Hot stone")).isEqualTo(1);
        assertThat(said.toString().strip()).isEqualTo("knead: A code is 1 to 40 letters, digits or _, like HOT_STONE; "
                + "\"HOT STONE\" is not.");
        assertThat(central("modality", "--code", "X", "--name", "X", "--minutes", "30,sixty")).isEqualTo(1);
        assertThat(said.toString()).contains("\"30,sixty\" is not a list of minutes; write it like 30,60,90.");
        assertThat(central("modality", "--code", "X", "--name", "X", "--minutes", "0")).isEqualTo(1);
        assertThat(said.toString()).contains("A duration is 5 to 480 minutes; 0 is not.");
        assertThat(central("modality", "--code", "X", "--name", " ")).isEqualTo(1);
        assertThat(said.toString()).contains("Give a name of 1 to 80 characters.");
        assertThat(central("staff", "--name", "Sam Lee", "--role", "boss")).isEqualTo(1);
        assertThat(said.toString()).contains("\"boss\" is not a role; give owner, manager, cashier or therapist.");
        assertThat(central("staff", "--name", "Sam Lee", "--inactive")).isEqualTo(1);
        assertThat(said.toString()).contains("There is no Sam Lee at the centre yet; give their role with --role");
        try (Installation a = new Installation(north)) {
            assertThat(a.syncNow(url).catalog()).isZero();
        }
    }

    /** {@code knead central WHAT --url … ARGS}, what it said (out and err) in {@code said}. */
    private int central(String what, String... args) {
        said.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of("central", what, "--url", url, "--user", "postgres"));
        all.addAll(List.of(args));
        String[] line = all.toArray(String[]::new);
        CommandLine cli = Main.commandLine(line);
        cli.setOut(new PrintWriter(said, true));
        cli.setErr(new PrintWriter(said, true));
        return cli.execute(line);
    }

    private static List<AuditStore.Entry> synced(Installation at) {
        return at.stores.audit().latest(1000).stream().filter(e -> e.place().equals("sync")).toList();
    }
}
