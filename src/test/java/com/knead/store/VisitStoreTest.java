package com.knead.store;

import static com.knead.store.TestClinic.AFTERNOON;
import static com.knead.store.TestClinic.checkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Ids;
import com.knead.domain.Refused;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VisitStoreTest extends WithOpenStores {

    private LocalDate dayOf(Instant at) {
        return stores.clinic().businessDay(at);
    }

    @Test
    void queueNumbersCountFromOneEachBusinessDay() {
        Instant tomorrow = AFTERNOON.plus(Duration.ofDays(1));
        assertThat(checkIn(stores, "Ana Silva", AFTERNOON).queueNumber()).isEqualTo(1);
        assertThat(checkIn(stores, "Ben Okafor", "555 222 3333", AFTERNOON.plusSeconds(60)).queueNumber()).isEqualTo(2);
        assertThat(checkIn(stores, "Carla Diaz", "555 444 5555", AFTERNOON.plusSeconds(120)).queueNumber()).isEqualTo(3);
        Visit nextDay = checkIn(stores, "Dev Patel", "555 666 7777", tomorrow);
        assertThat(nextDay.queueNumber()).isEqualTo(1);
        assertThat(nextDay.businessDay()).isEqualTo(dayOf(tomorrow)).isNotEqualTo(dayOf(AFTERNOON));
        assertThat(checkIn(stores, "Elena Costa", "555 888 9999", AFTERNOON.plusSeconds(180)).queueNumber()).isEqualTo(4);
    }

    @Test
    void theSameNameAndPhoneIsTheSameClient() {
        Visit first = checkIn(stores, "Ana Silva", "555 123 4567", AFTERNOON);
        Visit again = checkIn(stores, "  ana   SILVA ", "(555) 123-4567", AFTERNOON.plusSeconds(60));
        Visit otherPhone = checkIn(stores, "Ana Silva", "555 765 4321", AFTERNOON.plusSeconds(120));
        Visit otherName = checkIn(stores, "Ana Costa", "555 123 4567", AFTERNOON.plusSeconds(180));
        assertThat(again.clientId()).isEqualTo(first.clientId());
        assertThat(otherPhone.clientId()).isNotEqualTo(first.clientId());
        assertThat(otherName.clientId()).isNotEqualTo(first.clientId()).isNotEqualTo(otherPhone.clientId());
    }

    @Test
    void visitsOfADayComeBackInQueueOrderAsCheckedIn() {
        List<Visit> checkedIn = new ArrayList<>();
        for (String name : List.of("Ana Silva", "Robert'); DROP TABLE client;--", "Zoë 😀 Núñez")) {
            checkedIn.add(checkIn(stores, name, AFTERNOON.plusSeconds(60L * checkedIn.size())));
        }
        checkIn(stores, "Someone Else", AFTERNOON.plus(Duration.ofDays(1)));

        List<Visit> day = stores.visits().forDay(dayOf(AFTERNOON));
        assertThat(day).containsExactlyElementsOf(checkedIn);
        assertThat(day).extracting(Visit::queueNumber).containsExactly(1, 2, 3);
        assertThat(day).extracting(Visit::clientName)
                .containsExactly("Ana Silva", "Robert'); DROP TABLE client;--", "Zoë 😀 Núñez");
        assertThat(day).allSatisfy(v -> {
            assertThat(v.price()).isEqualTo(stores.clinic().money("85.00"));
            assertThat(v.status()).isEqualTo(VisitStatus.CHECKED_IN);
            assertThat(v.modalityName()).isEqualTo("Deep tissue");
        });
        assertThat(stores.visits().find(checkedIn.get(1).id())).contains(checkedIn.get(1));
        assertThat(stores.visits().find(Ids.next())).isEmpty();
    }

    @Test
    void visitKeepsThePriceOfItsCheckInWhenThePriceListChanges() throws SQLException {
        Visit visit = checkIn(stores, "Ana Silva", AFTERNOON);
        closeStores();
        try (Connection c = TestClinic.jdbc(dir);
             PreparedStatement ps = c.prepareStatement("INSERT INTO price_change (id, item_kind, item_id, price, "
                     + "made_by_name, created_at, updated_at) SELECT RANDOM_UUID(), 'SERVICE', id, 99.00, '', "
                     + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM service_price WHERE modality_id = ?")) {
            ps.setObject(1, visit.modalityId());
            assertThat(ps.executeUpdate()).isPositive();
        }
        reopenStores();
        assertThat(TestClinic.price(stores, TestClinic.modality(stores, "Deep tissue"), 60).price())
                .isEqualTo(stores.clinic().money("99.00"));
        assertThat(stores.visits().find(visit.id()).orElseThrow().price()).isEqualTo(stores.clinic().money("85.00"));
    }

    @Test
    void moveFollowsTheLifecycle() {
        Visit visit = checkIn(stores, "Ana Silva", AFTERNOON);
        for (VisitStatus step : List.of(VisitStatus.IN_SESSION, VisitStatus.DONE, VisitStatus.PAID)) {
            assertThat(stores.visits().move(visit.id(), step).status()).isEqualTo(step);
            assertThat(stores.visits().find(visit.id()).orElseThrow().status()).isEqualTo(step);
        }
    }

    @Test
    void moveRefusesABadStepAndChangesNothing() {
        Visit visit = checkIn(stores, "Ana Silva", AFTERNOON);
        stores.visits().move(visit.id(), VisitStatus.CANCELLED);

        assertThatThrownBy(() -> stores.visits().move(visit.id(), VisitStatus.IN_SESSION))
                .isInstanceOf(Refused.class)
                .hasMessage("A visit that is cancelled cannot become in session.");
        assertThat(stores.visits().find(visit.id()).orElseThrow().status()).isEqualTo(VisitStatus.CANCELLED);

        Visit other = checkIn(stores, "Ben Okafor", "555 222 3333", AFTERNOON);
        stores.visits().move(other.id(), VisitStatus.IN_SESSION);
        assertThatThrownBy(() -> stores.visits().move(other.id(), VisitStatus.CHECKED_IN)).isInstanceOf(Refused.class);
        assertThat(stores.visits().find(other.id()).orElseThrow().status()).isEqualTo(VisitStatus.IN_SESSION);

        assertThatThrownBy(() -> stores.visits().move(Ids.next(), VisitStatus.DONE))
                .isInstanceOf(Refused.class)
                .hasMessage("That visit no longer exists.");
    }

    @Test
    void concurrentCheckInsGetDistinctConsecutiveNumbers() throws Exception {
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<Integer> numbers = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String phone = String.format("555 %03d %04d", thread, i);
                        numbers.add(checkIn(stores, "Guest " + thread + "-" + i, phone, AFTERNOON).queueNumber());
                    }
                    return numbers;
                }));
            }
            start.countDown();
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> result : results) {
                List<Integer> numbers = result.get(2, TimeUnit.MINUTES);
                assertThat(numbers).as("one thread's numbers rise").isSorted();
                all.addAll(numbers);
            }
            List<Integer> expected = IntStream.rangeClosed(1, threads * each).boxed().toList();
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(stores.visits().forDay(dayOf(AFTERNOON))).extracting(Visit::queueNumber)
                    .containsExactlyElementsOf(expected);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
    }
}
