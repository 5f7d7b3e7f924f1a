package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.ContactDetails;
import com.knead.domain.Ids;
import com.knead.domain.Modality;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import com.knead.sync.CentralAddress;
import com.knead.sync.CentralPostgres;
import com.knead.sync.CentralProblem;
import com.knead.sync.CentralStore;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SyncWithCentre} in the use-case package, against the test PostgreSQL: batches in order with
 * the progress told after each, the local mark and the last run kept, late records, prices and
 * clients pulled (and prices for services this clinic lacks counted), and the retries: a passing
 * problem waits the given waits then gives up with the last problem kept; a lasting one waits not at all.
 */
class SyncWithCentreTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path here;
    @TempDir
    Path there;

    private CentralAddress centre;
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void centre() {
        centre = new CentralAddress(CentralPostgres.cluster().newDatabase(), "postgres", "");
        CentralStore.migrate(centre);
    }

    @Test
    void pushesInBatchesTellingProgressThenPullsPricesAndClients() throws Exception {
        try (Stores a = Stores.open(here); Stores b = Stores.open(there)) {
            sell(a, "Ana Here", "5551000001");
            sell(a, "Ana Here", "5551000001");
            sell(b, "Ben There", "5552000001");
            long waiting = a.sync().state().waiting();
            assertThat(waiting).isEqualTo(7);
            UUID location = a.sync().state().location();
            try (CentralStore central = CentralStore.connect(centre)) {
                // The centre closed today for this location: what arrives for it is kept and counted late.
                central.closeDay(location, a.clinic().businessDay(Instant.now()));
                central.changePrice(Ids.next(), "DEEP_TISSUE", 60, null, new BigDecimal("99.00"),
                        LocalDate.now().plusDays(2), "Head office", Instant.now());
                central.changePrice(Ids.next(), "NO_SUCH_SERVICE", 30, null, new BigDecimal("10.00"),
                        LocalDate.now().plusDays(2), "Head office", Instant.now());
                central.changeStaff("Noor Haddad", java.util.Optional.of("THERAPIST"), true, Instant.now());
            }
            new SyncWithCentre(b.sync(), centre, "There", clock, List.of(), d -> {
            }).run(SyncWithCentre.Progress.NONE);

            List<String> told = new ArrayList<>();
            SyncWithCentre sync = new SyncWithCentre(a.sync(), centre, "Here", clock, List.of(Duration.ofSeconds(1)),
                    d -> told.add("paused"), 3);
            SyncWithCentre.Done done = sync.run((pushed, of) -> told.add(pushed + "/" + of));

            assertThat(told).containsExactly("0/7", "3/7", "6/7", "7/7");
            assertThat(done).isEqualTo(new SyncWithCentre.Done(7, 2, 1, 1, 1, 1));
            var state = a.sync().state();
            assertThat(state.waiting()).isZero();
            assertThat(state.pushedThrough()).isEqualTo(7);
            assertThat(state.lastSuccess()).contains(NOW);
            assertThat(state.lastAttempt()).contains(NOW);
            assertThat(state.lastProblem()).isEmpty();

            // Again: nothing waits, nothing new to pull; the progress still starts at nothing.
            told.clear();
            assertThat(sync.run((pushed, of) -> told.add(pushed + "/" + of)))
                    .isEqualTo(new SyncWithCentre.Done(0, 0, 0, 0, 0, 0));
            assertThat(told).containsExactly("0/0");
        }
    }

    @Test
    void aPassingProblemWaitsEachWaitThenGivesUpKeepingItsSentence() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CentralAddress down = new CentralAddress("jdbc:postgresql://localhost:" + closed + "/knead", "knead", "");
        try (Stores a = Stores.open(here)) {
            List<Duration> paused = new ArrayList<>();
            SyncWithCentre sync = new SyncWithCentre(a.sync(), down, "Here", clock,
                    List.of(Duration.ofMillis(1), Duration.ofMillis(2)), paused::add);
            assertThatThrownBy(() -> sync.run(SyncWithCentre.Progress.NONE)).isInstanceOf(CentralProblem.class)
                    .hasMessageContaining("does not answer")
                    .satisfies(e -> assertThat(((CentralProblem) e).passing()).isTrue());
            assertThat(paused).containsExactly(Duration.ofMillis(1), Duration.ofMillis(2));
            var state = a.sync().state();
            assertThat(state.lastAttempt()).contains(NOW);
            assertThat(state.lastSuccess()).isEmpty();
            assertThat(state.lastProblem()).startsWith("The central database at localhost:" + closed
                    + "/knead does not answer");

            // A database that is not there will not come by waiting: no pause at all.
            paused.clear();
            CentralAddress missing = new CentralAddress(centre.url() + "_missing", "postgres", "");
            SyncWithCentre lasting = new SyncWithCentre(a.sync(), missing, "Here", clock,
                    List.of(Duration.ofMillis(1)), paused::add);
            assertThatThrownBy(() -> lasting.run(SyncWithCentre.Progress.NONE)).isInstanceOf(CentralProblem.class)
                    .hasMessageContaining("does not exist");
            assertThat(paused).isEmpty();
        }
    }

    @Test
    void theUsualWaitsAndBatchesOfAtLeastOne() {
        assertThat(SyncWithCentre.usualWaits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(4),
                Duration.ofSeconds(16));
        assertThat(SyncWithCentre.BATCH).isEqualTo(500);
        assertThatThrownBy(() -> new SyncWithCentre(null, centre, "Here", clock, List.of(), d -> {
        }, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SyncWithCentre(null, centre, "Here", clock, List.of(), d -> {
        }, 1)).isNotNull();
    }

    private static void sell(Stores stores, String name, String phone) {
        var list = stores.catalog().priceListOn(LocalDate.now());
        Modality deepTissue = list.modalities().stream().filter(m -> m.code().equals("DEEP_TISSUE")).findFirst()
                .orElseThrow();
        ServicePrice sixty = list.price(deepTissue.id(), 60).orElseThrow();
        Instant at = Instant.now();
        Visit visit = stores.visits().checkIn(ContactDetails.of(name, phone), deepTissue, sixty, at);
        stores.sales().record(SaleDraft.forVisit(stores.clinic(), visit)
                .addTender(Tender.cash(stores.clinic().money("200.00"))), at);
    }
}
