package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Ids;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PriceChange;
import com.knead.domain.PriceSheet;
import com.knead.domain.PricedKind;
import com.knead.domain.Sale;
import com.knead.domain.ServicePrice;
import com.knead.domain.Visit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The price list on a day: each price a change of its own, in effect from its business day on. */
class DatedPriceListTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    @TempDir
    Path dir;

    private static ServicePrice swedish60(Stores stores, LocalDate day) {
        Modality swedish = stores.catalog().priceListOn(day).modalities().stream()
                .filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow();
        return stores.catalog().priceListOn(day).price(swedish.id(), 60).orElseThrow();
    }

    private static void change(Stores stores, ServicePrice item, String price, LocalDate from, Instant at) {
        PriceChange change = new PriceChange(Ids.next(), PricedKind.SERVICE, item.id(), "", stores.clinic().money(price),
                Optional.of(from), "Olivia Park", at);
        stores.catalog().changePrice(change, Optional.empty(), new AuditStore.Entry(Ids.next(), "office", "price change",
                "changed", Optional.empty(), Optional.empty(), "Swedish 60 min", at));
    }

    @Test
    void aChangeFromTodayIsInEffectTodayAndNotBefore() {
        try (Stores stores = Stores.open(dir)) {
            ServicePrice before = swedish60(stores, TODAY);
            change(stores, before, "105.00", TODAY, NOW);
            assertThat(swedish60(stores, TODAY).price()).isEqualTo(stores.clinic().money("105.00"));
            assertThat(swedish60(stores, TODAY.minusDays(1)).price()).isEqualTo(stores.clinic().money("80.00"));
            assertThat(swedish60(stores, TODAY).id()).as("the same duration, repriced").isEqualTo(before.id());
        }
    }

    @Test
    void aChangeFromTomorrowIsPendingTodayAndInEffectTomorrow() {
        try (Stores stores = Stores.open(dir)) {
            ServicePrice item = swedish60(stores, TODAY);
            change(stores, item, "105.00", TODAY.plusDays(1), NOW);
            assertThat(swedish60(stores, TODAY).price()).isEqualTo(stores.clinic().money("80.00"));
            assertThat(swedish60(stores, TODAY.plusDays(1)).price()).isEqualTo(stores.clinic().money("105.00"));
            assertThat(swedish60(stores, TODAY.plusDays(30)).price()).isEqualTo(stores.clinic().money("105.00"));

            PriceSheet.DurationPrice row = stores.catalog().sheet(TODAY).modalities().get(0).durations().stream()
                    .filter(d -> d.minutes() == 60).findFirst().orElseThrow();
            assertThat(row.inEffect()).contains(stores.clinic().money("80.00"));
            assertThat(row.pending()).hasValueSatisfying(p -> {
                assertThat(p.price()).isEqualTo(stores.clinic().money("105.00"));
                assertThat(p.from()).contains(TODAY.plusDays(1));
            });
            // A later change for the same day wins; an earlier day's change stays in its place.
            change(stores, item, "99.00", TODAY.plusDays(1), NOW.plusSeconds(60));
            assertThat(swedish60(stores, TODAY.plusDays(1)).price()).isEqualTo(stores.clinic().money("99.00"));
        }
    }

    @Test
    void theHistoryListsEveryChangeNewestFirstWithWhoAndFromWhen() {
        try (Stores stores = Stores.open(dir)) {
            int seeded = stores.catalog().history().size();
            ServicePrice item = swedish60(stores, TODAY);
            // Made after the demo clinic was seeded (now), in whole seconds so it reads back unchanged.
            Instant made = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
            change(stores, item, "105.00", TODAY.plusDays(1), made);
            assertThat(stores.catalog().history()).hasSize(seeded + 1).first().satisfies(newest -> {
                assertThat(newest.what()).isEqualTo("Swedish 60 min");
                assertThat(newest.price()).isEqualTo(stores.clinic().money("105.00"));
                assertThat(newest.fromWords()).isEqualTo("from 2026-12-02");
                assertThat(newest.madeBy()).isEqualTo("Olivia Park");
                assertThat(newest.madeAt()).isEqualTo(made);
            });
            assertThat(stores.catalog().history()).filteredOn(c -> c.what().equals("Swedish 60 min"))
                    .extracting(PriceChange::fromWords).containsExactly("from 2026-12-02", "from the start");
            assertThat(stores.audit().latest(1)).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("price change"));
        }
    }

    @Test
    void aPastSaleKeepsThePriceItWasSoldAt() {
        try (Stores stores = Stores.open(dir)) {
            Instant yesterday = NOW.minusSeconds(86_400);
            Visit visit = TestClinic.checkIn(stores, "Ana Silva", yesterday);
            Sale sold = TestClinic.recordCashSale(stores, visit, "100.00", yesterday);
            ServicePrice deep60 = stores.catalog().priceListOn(TODAY).price(visit.modalityId(), 60).orElseThrow();
            change(stores, deep60, "120.00", TODAY, NOW);
            Sale readBack = stores.sales().find(sold.receiptNumber()).orElseThrow();
            assertThat(readBack.lines().get(0).unitPrice()).isEqualTo(stores.clinic().money("85.00"));
            assertThat(readBack.totals().total()).isEqualTo(sold.totals().total());
            assertThat(stores.visits().find(visit.id()).orElseThrow().price()).isEqualTo(stores.clinic().money("85.00"));
        }
    }

    @Test
    void aDurationWithNoPriceYetIsOfferedNowhere() throws SQLException {
        Stores.open(dir).close();
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO service_price (id, modality_id, minutes, active, created_at, updated_at) "
                    + "SELECT RANDOM_UUID(), id, 45, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM modality "
                    + "WHERE code = 'THAI'");
            st.executeUpdate("DELETE FROM price_change WHERE item_id IN (SELECT sp.id FROM service_price sp "
                    + "JOIN modality m ON m.id = sp.modality_id WHERE m.code = 'THAI')");
        }
        try (Stores stores = Stores.open(dir)) {
            Modality thai = TestClinic.modality(stores, "Thai");
            assertThat(stores.catalog().priceListOn(TODAY).pricesOf(thai.id())).isEmpty();
            assertThat(stores.catalog().priceListOn(TODAY).bookable()).doesNotContain(thai);
            PriceSheet.Offer offer = stores.catalog().sheet(TODAY).offer(thai.id()).orElseThrow();
            assertThat(offer.durations()).anySatisfy(d -> {
                assertThat(d.minutes()).isEqualTo(45);
                assertThat(d.inEffect()).as("ready to be priced").isEmpty();
            });
        }
    }

    @Test
    void aModalityKeptOffTheKioskIsStillSoldAtTheDesk() {
        try (Stores stores = Stores.open(dir)) {
            Modality thai = TestClinic.modality(stores, "Thai");
            stores.catalog().showOnKiosk(thai.id(), false, NOW, new AuditStore.Entry(Ids.next(), "office",
                    "modality changed", "changed", Optional.empty(), Optional.empty(), "Thai kept off the kiosk", NOW));
            assertThat(stores.catalog().kioskPriceListOn(TODAY).modalities()).doesNotContain(thai);
            assertThat(stores.catalog().kioskPriceListOn(TODAY).pricesOf(thai.id())).isEmpty();
            assertThat(stores.catalog().priceListOn(TODAY).bookable()).contains(thai);
        }
    }

    /** A folder as Knead 15 left it, prices as columns, migrated: each price is the first change, from the start. */
    @Test
    void todaysPricesBecomeTheFirstChangeOfEachFromTheStart() throws SQLException {
        String url = SchemaUpgrade.liveUrl(dir);
        Flyway.configure().dataSource(url, "knead", "").locations("classpath:db/migration").target("15").load().migrate();
        String at = "TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+00'";
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO clinic (id, name, address, phone, currency, tax_rate, tax_inclusive, rounding, "
                    + "zone, created_at, updated_at) VALUES ('00000000-0000-7000-8000-000000000001', 'Old Willow Clinic', "
                    + "'3 Elm St', '555-0199', 'USD', 5, TRUE, 'HALF_UP', 'UTC', " + at + ", " + at + ")");
            st.executeUpdate("INSERT INTO modality (id, code, name, description, pressure, intense, sort_order, active, "
                    + "created_at, updated_at) VALUES ('00000000-0000-7000-8000-000000000002', 'SWEDISH', 'Swedish', "
                    + "'Long strokes', 'LIGHT_MEDIUM', FALSE, 1, TRUE, " + at + ", " + at + ")");
            st.executeUpdate("INSERT INTO service_price (id, modality_id, minutes, price, active, created_at, updated_at) "
                    + "VALUES ('00000000-0000-7000-8000-000000000003', '00000000-0000-7000-8000-000000000002', 60, 72.50, "
                    + "TRUE, " + at + ", " + at + ")");
            st.executeUpdate("INSERT INTO add_on (id, code, name, price, extra_minutes, sort_order, active, created_at, "
                    + "updated_at) VALUES ('00000000-0000-7000-8000-000000000004', 'OIL', 'Warm oil', 12.00, 0, 1, TRUE, "
                    + at + ", " + at + ")");
        }
        try (Stores stores = Stores.open(dir)) {
            Money price = stores.catalog().priceListOn(LocalDate.of(2020, 1, 1)).prices().get(0).price();
            assertThat(price).isEqualTo(stores.clinic().money("72.50"));
            assertThat(stores.catalog().priceListOn(TODAY).addOns()).singleElement()
                    .satisfies(a -> assertThat(a.price()).isEqualTo(stores.clinic().money("12.00")));
            assertThat(stores.catalog().history()).hasSize(2).allSatisfy(change -> {
                assertThat(change.fromWords()).isEqualTo("from the start");
                assertThat(change.madeAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
            }).extracting(PriceChange::what).containsExactlyInAnyOrder("Swedish 60 min", "Warm oil");
        }
    }
}
