package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Money;
import com.knead.domain.Refused;
import com.knead.domain.SalesRange;
import com.knead.domain.TenderKind;
import com.knead.domain.Visit;
import com.knead.report.ReportTemplates;
import com.knead.report.SalesReport;
import com.knead.store.Stores;
import com.knead.sync.CentralAddress;
import com.knead.sync.CentralPostgres;
import com.knead.sync.CentralProblem;
import com.knead.sync.CentralStore;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sales report across locations, computed at a real central PostgreSQL from what two
 * installations with generated history (voids, refunds of earlier days, split tenders, discounts,
 * tips, gift cards, package visits, a cancelled visit) pushed: each location's part equals that
 * location's own range report, and the whole is their sum, day by day, modality, tender, therapist.
 */
class CentralSalesForRangeTest {

    @TempDir
    Path north;
    @TempDir
    Path south;
    @TempDir
    Path out;

    @Test
    void theCentralReportIsEachLocationsOwnReportAndTheirSum() throws Exception {
        String url = CentralPostgres.cluster().newDatabase();
        CentralAddress centre = new CentralAddress(url, "postgres", "");
        CentralStore.migrate(centre);
        Clock clock = Clock.systemUTC();
        LocalDate today;
        LocalDate from;
        List<SalesRange> local = new ArrayList<>();
        try (Stores a = Stores.open(north); Stores b = Stores.open(south)) {
            a.changeClinicDetails("Knead North", "1 North Road", "555 100 0000");
            b.changeClinicDetails("Knead South", "2 South Road", "555 200 0000");
            today = a.clinic().businessDay(clock.instant());
            from = today.minusDays(8);
            new SalesHistory(a, new Random(3)).days(today.minusDays(12), today);
            new SalesHistory(b, new Random(4)).days(today.minusDays(12), today);
            // A cancelled visit counts for nothing, and it is cancelled after it first travelled.
            var list = b.catalog().priceListOn(today);
            var modality = list.bookable().get(0);
            Visit noShow = b.visits().checkIn(com.knead.domain.ContactDetails.of("Nora Noshow", "5559990000"), modality,
                    list.pricesOf(modality.id()).get(0), b.visits().forDay(today.minusDays(2)).get(0).checkedInAt());
            sync(b, centre);
            b.visits().cancel(noShow.id(), "No-show");
            for (Stores each : List.of(a, b)) {
                sync(each, centre);
                local.add(new SalesForRange(each, clock).of(from, today.plusDays(3)));
            }
            assertThat(local.get(1).days().stream().filter(d -> d.day().equals(today.minusDays(2))).findFirst()
                    .orElseThrow().visits()).isLessThan(b.visits().forDay(today.minusDays(2)).size());
        }
        CentralSalesForRange central = new CentralSalesForRange(centre, clock);
        CentralSalesForRange.Report report = central.of(from, today.plusDays(3));

        assertThat(report.locations()).hasSize(2);
        Map<String, SalesRange> byName = new HashMap<>();
        report.locations().forEach(range -> byName.put(range.clinic().name(), range));
        for (SalesRange own : local) {
            assertSame(byName.get(own.clinic().name()), own);
        }
        SalesRange all = report.all();
        assertThat(all.clinic().name()).isEqualTo(CentralSalesForRange.ALL);
        assertThat(all.from()).isEqualTo(from);
        assertThat(all.to()).isEqualTo(today);
        assertThat(all.whole()).isEqualTo(sum(local.get(0).whole(), local.get(1).whole(), null));
        assertThat(all.days()).hasSize(9);
        for (int i = 0; i < all.days().size(); i++) {
            assertThat(all.days().get(i)).isEqualTo(sum(local.get(0).days().get(i), local.get(1).days().get(i),
                    local.get(0).days().get(i).day()));
        }
        assertThat(all.byModality()).isEqualTo(added(local.get(0).byModality(), local.get(1).byModality()));
        assertThat(List.copyOf(all.byModality().keySet())).endsWith("Discounts");
        assertThat(all.byTender()).isEqualTo(added(local.get(0).byTender(), local.get(1).byTender()));
        assertThat(all.byTender()).containsKeys(TenderKind.CASH, TenderKind.CARD);
        Map<String, String> therapists = new TreeMap<>();
        for (SalesRange own : local) {
            own.byTherapist().values().forEach(t -> therapists.merge(t.name(), line(t), CentralSalesForRangeTest::plus));
        }
        Map<String, String> centralTherapists = new TreeMap<>();
        all.byTherapist().values().forEach(t -> centralTherapists.put(t.name(), line(t)));
        assertThat(centralTherapists).isEqualTo(therapists);
        assertThat(all.clients()).isEqualTo(new SalesRange.Clients(local.get(0).clients().fresh()
                + local.get(1).clients().fresh(), local.get(0).clients().returning() + local.get(1).clients().returning()));
        assertThat(all.whole().refunded().isPositive()).isTrue();
        assertThat(all.whole().voided()).isPositive();

        // The CSV: one table, the whole first, then each location's rows, its first column the location.
        Path csv = central.saveCsv(report, out.resolve("central.csv"));
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).isEqualTo('\uFEFF');
            rows = CSVFormat.RFC4180.builder().setHeader().get().parse(reader).getRecords();
        }
        assertThat(rows.get(0).toMap().keySet()).startsWith("Location", "Section", "Name");
        CSVRecord total = rows.stream().filter(r -> r.get("Location").equals(CentralSalesForRange.ALL)
                && r.get("Section").equals("Total")).findFirst().orElseThrow();
        assertThat(total.get("Net taken")).isEqualTo(all.whole().netTaken().plain());
        for (SalesRange own : local) {
            assertThat(rows.stream().filter(r -> r.get("Location").equals(own.clinic().name())
                    && r.get("Section").equals("Day")).count()).isEqualTo(own.days().size());
        }
        assertThatThrownBy(() -> central.saveCsv(report, out.resolve("no-such-folder/central.csv")))
                .isInstanceOf(Refused.class).hasMessageContaining("that folder does not exist");

        // The PDF: the whole, then each location's pages.
        SalesReport pdf = new SalesReport(new ReportTemplates(), clock);
        Path written = central.savePdf(report, pdf, out.resolve("central.pdf"));
        try (PDDocument doc = Loader.loadPDF(written.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(CentralSalesForRange.ALL);
            for (SalesRange own : local) {
                assertThat(text).contains(own.clinic().name());
            }
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }

        assertThatThrownBy(() -> central.of(today, from)).isInstanceOf(Refused.class)
                .hasMessage("The range ends (" + from + ") before it starts (" + today + "); give the earlier day first.");
        assertThatThrownBy(() -> central.of(today.plusDays(2), today.plusDays(3))).isInstanceOf(Refused.class)
                .hasMessage(today.plusDays(2) + " has not come yet (today is " + today + "), so it has no sales to report.");
        // One day: only that day, in every location.
        CentralSalesForRange.Report one = central.of(today.minusDays(1), today.minusDays(1));
        assertThat(one.all().days()).hasSize(1);
        assertThat(one.all().to()).isEqualTo(today.minusDays(1));
        assertThat(one.all().whole()).isEqualTo(sum(local.get(0).days().get(7), local.get(1).days().get(7), null));
    }

    @Test
    void aCentreNobodySyncedWithOrThatDoesNotAnswerIsSaidInASentence() throws Exception {
        String url = CentralPostgres.cluster().newDatabase();
        CentralAddress centre = new CentralAddress(url, "postgres", "");
        CentralStore.migrate(centre);
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> new CentralSalesForRange(centre, Clock.systemUTC()).of(today.minusDays(3), today))
                .isInstanceOf(Refused.class).hasMessage("No clinic has synced with the central database at "
                        + centre.where() + " yet, so it has no sales to report.");
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CentralAddress down = new CentralAddress("jdbc:postgresql://localhost:" + closed + "/knead", "knead", "");
        assertThatThrownBy(() -> new CentralSalesForRange(down, Clock.systemUTC()).of(today.minusDays(3), today))
                .isInstanceOf(CentralProblem.class).hasMessageStartingWith("The central database at localhost:" + closed
                        + "/knead does not answer");
    }

    private static void sync(Stores stores, CentralAddress centre) throws InterruptedException {
        new SyncWithCentre(stores.sync(), centre, stores.clinic().name(), Clock.systemUTC(), List.of(), d -> {
        }).run(SyncWithCentre.Progress.NONE);
    }

    private static void assertSame(SalesRange central, SalesRange own) {
        assertThat(central).as(own.clinic().name()).isNotNull();
        assertThat(central.from()).isEqualTo(own.from());
        assertThat(central.to()).isEqualTo(own.to());
        assertThat(central.days()).isEqualTo(own.days());
        assertThat(central.byModality()).isEqualTo(own.byModality());
        assertThat(List.copyOf(central.byModality().keySet())).isEqualTo(List.copyOf(own.byModality().keySet()));
        assertThat(central.byTender()).isEqualTo(own.byTender());
        assertThat(central.byTherapist()).isEqualTo(own.byTherapist());
        assertThat(central.clients()).isEqualTo(own.clients());
        assertThat(central.whole()).isEqualTo(own.whole());
    }

    private static SalesRange.Day sum(SalesRange.Day a, SalesRange.Day b, LocalDate day) {
        return new SalesRange.Day(day, a.visits() + b.visits(), a.sales() + b.sales(), a.voided() + b.voided(),
                a.total().plus(b.total()), a.tips().plus(b.tips()), a.refunded().plus(b.refunded()),
                a.tax().plus(b.tax()), a.netTaken().plus(b.netTaken()));
    }

    private static <K> Map<K, Money> added(Map<K, Money> a, Map<K, Money> b) {
        Map<K, Money> sum = new HashMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Money::plus));
        return sum;
    }

    private static String line(SalesRange.Therapist t) {
        return t.sales() + "|" + t.services().plain() + "|" + t.tips().plain();
    }

    private static String plus(String a, String b) {
        String[] x = a.split("\\|");
        String[] y = b.split("\\|");
        return (Integer.parseInt(x[0]) + Integer.parseInt(y[0])) + "|"
                + new java.math.BigDecimal(x[1]).add(new java.math.BigDecimal(y[1])).toPlainString() + "|"
                + new java.math.BigDecimal(x[2]).add(new java.math.BigDecimal(y[2])).toPlainString();
    }
}
