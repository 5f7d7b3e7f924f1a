package com.knead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.Main;
import com.knead.domain.Sale;
import com.knead.store.SyncStore;
import com.knead.usecase.SyncWithCentre;
import java.math.BigDecimal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Two installations and one central PostgreSQL (a real server, {@link CentralPostgres}): every sale
 * of both reaches the centre exactly once, a batch pushed again changes nothing, and a price changed
 * at the centre with {@code knead central price} reaches both and counts from the day it names.
 */
class SyncTest {

    @TempDir
    Path north;
    @TempDir
    Path south;

    String url;

    @BeforeEach
    void centre() {
        url = CentralPostgres.cluster().newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
    }

    @Test
    void theCentreHoldsEverySaleOfBothLocationsExactlyOnce() throws Exception {
        List<Sale> sold = new ArrayList<>();
        UUID northId;
        UUID southId;
        try (Installation a = new Installation(north); Installation b = new Installation(south)) {
            northId = a.stores.sync().state().location();
            southId = b.stores.sync().state().location();
            assertThat(northId).isNotEqualTo(southId);
            Instant now = Instant.now();
            for (int i = 0; i < 3; i++) {
                sold.add(a.sell("Ana North " + i, "555 100 000" + i, now));
                sold.add(b.sell("Ben South " + i, "555 200 000" + i, now));
            }
            SyncWithCentre.Done first = a.syncNow(url);
            // Each sale travels with its client and its visit (checked in, then paid): 3 clients, 3 sales, 6 visit entries.
            assertThat(first.pushed()).isEqualTo(12);
            b.syncNow(url);
            sold.add(a.sell("Ana North late", "555 100 0009", now));
            assertThat(a.stores.sync().state().waiting()).isEqualTo(4);
            assertThat(a.syncNow(url).pushed()).isEqualTo(4);
            assertThat(a.syncNow(url).pushed()).isZero();
            assertThat(a.stores.sync().state().waiting()).isZero();
            assertThat(a.stores.sync().state().lastSuccess()).isPresent();
        }
        try (Connection central = DriverManager.getConnection(url, "postgres", "")) {
            Map<UUID, Long> receipts = new HashMap<>();
            try (var rs = central.createStatement().executeQuery("SELECT id, receipt_number FROM sale")) {
                while (rs.next()) {
                    assertThat(receipts.put(rs.getObject(1, UUID.class), rs.getLong(2))).isNull();
                }
            }
            assertThat(receipts).hasSize(sold.size());
            for (Sale sale : sold) {
                assertThat(receipts).containsEntry(sale.id(), sale.receiptNumber().value());
            }
            assertSameRows(north, northId, central);
            assertSameRows(south, southId, central);
        }
    }

    @Test
    void theSameBatchPushedTwiceLeavesTheCentreUnchanged() throws Exception {
        try (Installation a = new Installation(north)) {
            a.sell("Ana Twice", "555 100 0001", Instant.now());
            a.sell("Ana Twice", "555 100 0001", Instant.now());
            SyncStore.State state = a.stores.sync().state();
            List<SyncStore.Travelling> batch = a.stores.sync().after(0, 100);
            // The client, two sales, and each sale's visit twice (checked in, then paid; sent once, as it is now).
            assertThat(batch).hasSize(7);
            try (CentralStore central = CentralStore.connect(new CentralAddress(url, "postgres", ""))) {
                assertThat(central.push(state.location(), "North", batch).records()).isEqualTo(5);
                Map<String, Map<String, String>> once = centralRows();
                assertThat(central.push(state.location(), "North", batch).records()).isZero();
                assertThat(centralRows()).isEqualTo(once);
            }
            // The local mark never moved: the next sync sends the batch a third time, and still nothing changes.
            Map<String, Map<String, String>> before = centralRows();
            assertThat(a.syncNow(url).pushed()).isEqualTo(7);
            assertThat(centralRows()).isEqualTo(before);
        }
    }

    @Test
    void aPriceChangedCentrallyReachesBothAndCountsFromTheDayItNames() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        LocalDate from = today.plusDays(3);
        try (Installation a = new Installation(north); Installation b = new Installation(south)) {
            BigDecimal before = price(a, today);
            BigDecimal stonesBefore = addOnPrice(a, today);
            // Made by a person at the centre, with the command, as the head office would.
            StringWriter said = new StringWriter();
            assertThat(central(said, "--modality", "deep_tissue", "--minutes", "60", "--price", "97.50", "--from",
                    from.toString())).as(said.toString()).isZero();
            assertThat(said.toString()).contains("From " + from + ", DEEP_TISSUE 60 min costs 97.50 at every clinic");
            assertThat(central(said, "--add-on", "HOT_STONES", "--price", "22.00", "--from", from.toString(), "--by",
                    "Olivia Park")).as(said.toString()).isZero();
            // Refused in a sentence, and nothing made at the centre.
            assertThat(central(said, "--modality", "DEEP_TISSUE", "--minutes", "60", "--price", "97.505", "--from",
                    from.toString())).isEqualTo(1);
            assertThat(said.toString()).contains("A price is zero or more, with at most two decimals");
            assertThat(central(said, "--modality", "DEEP_TISSUE", "--price", "90", "--from", from.toString())).isEqualTo(1);
            assertThat(said.toString()).contains("Give the duration the price is for with --minutes");
            assertThat(central(said, "--modality", "DEEP_TISSUE", "--minutes", "60", "--price", "90", "--from",
                    today.minusDays(1).toString())).isEqualTo(1);
            assertThat(said.toString()).contains("A price cannot change in the past");
            assertThat(central(said, "--price", "90", "--from", from.toString())).isEqualTo(1);
            assertThat(said.toString()).contains("Name what the price is for");
            assertThat(a.syncNow(url).prices()).isEqualTo(2);
            assertThat(b.syncNow(url).prices()).isEqualTo(2);
            assertThat(a.syncNow(url).prices()).isZero();
            for (Installation each : List.of(a, b)) {
                assertThat(price(each, today)).isEqualByComparingTo(before);
                assertThat(price(each, from.minusDays(1))).isEqualByComparingTo(before);
                assertThat(price(each, from)).isEqualByComparingTo("97.50");
                assertThat(addOnPrice(each, from.minusDays(1))).isEqualByComparingTo(stonesBefore);
                assertThat(addOnPrice(each, from)).isEqualByComparingTo("22.00");
            }
        }
    }

    /** {@code knead central price --url … ARGS}, what it said (out and err) in {@code said}. */
    private int central(StringWriter said, String... args) {
        said.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of("central", "price", "--url", url, "--user", "postgres"));
        all.addAll(List.of(args));
        String[] line = all.toArray(String[]::new);
        CommandLine cli = Main.commandLine(line);
        cli.setOut(new PrintWriter(said, true));
        cli.setErr(new PrintWriter(said, true));
        return cli.execute(line);
    }

    private static BigDecimal addOnPrice(Installation at, LocalDate day) {
        return at.stores.catalog().priceListOn(day).addOns().stream().filter(a -> a.code().equals("HOT_STONES"))
                .findFirst().orElseThrow().price().amount();
    }

    private static BigDecimal price(Installation at, LocalDate day) {
        var list = at.stores.catalog().priceListOn(day);
        var deepTissue = list.modalities().stream().filter(m -> m.code().equals("DEEP_TISSUE")).findFirst().orElseThrow();
        return list.price(deepTissue.id(), 60).orElseThrow().price().amount();
    }

    private Map<String, Map<String, String>> centralRows() throws SQLException {
        Map<String, Map<String, String>> all = new HashMap<>();
        try (Connection central = DriverManager.getConnection(url, "postgres", "")) {
            for (String table : Rows.COMPARED.keySet()) {
                all.put(table, Rows.of(central, table, "", null));
            }
        }
        return all;
    }

    /** The installation's travelling tables equal, row by row, that location's rows at the centre. */
    static void assertSameRows(Path folder, UUID location, Connection central) throws SQLException {
        try (Connection local = Installation.h2(folder)) {
            for (String table : Rows.COMPARED.keySet()) {
                assertThat(Rows.of(central, table, " WHERE location_id = ?", location))
                        .as(table).isEqualTo(Rows.of(local, table, "", null));
            }
        }
    }
}
