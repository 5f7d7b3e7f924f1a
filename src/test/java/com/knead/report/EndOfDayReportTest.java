package com.knead.report;

import static com.knead.report.SampleSales.DEEP_TISSUE;
import static com.knead.report.SampleSales.NEW_YORK;
import static com.knead.report.SampleSales.SWEDISH;
import static com.knead.report.SampleSales.card;
import static com.knead.report.SampleSales.cash;
import static com.knead.report.SampleSales.clinic;
import static com.knead.report.SampleSales.line;
import static com.knead.report.SampleSales.sale;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Clinic;
import com.knead.domain.EndOfDay;
import com.knead.domain.Sale;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndOfDayReportTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    /** 21:30 on Friday in New York. */
    private static final Clock AFTER_CLOSING = Clock.fixed(Instant.parse("2026-11-21T02:30:00Z"), NEW_YORK);
    private static final Map<UUID, String> MODALITIES = Map.of(DEEP_TISSUE, "Deep tissue", SWEDISH, "Swedish");
    private static final EndOfDayReport REPORT = new EndOfDayReport(new ReportTemplates(), AFTER_CLOSING);

    private final Clinic clinic = clinic(true);

    @TempDir
    Path folder;

    @Test
    void aDayOfThreeSalesShowsFiguresSalesAndSplits() throws IOException {
        List<Sale> sales = List.of(
                sale(clinic, "Ada Client", 1, at("14:15"),
                        List.of(line("Deep tissue, 60 min", DEEP_TISSUE, 60, "85.00", 1)), List.of(cash("100.00"))),
                sale(clinic, "Ben Walker", 2, at("16:40"),
                        List.of(line("Swedish, 60 min", SWEDISH, 60, "70.00", 1)),
                        List.of(card("70.00", "Auth 118202 ****4242"))),
                sale(clinic, "Cleo Park", 3, at("21:20"),
                        List.of(line("Deep tissue, 90 min", DEEP_TISSUE, 90, "110.00", 1)),
                        List.of(card("50.00", "Auth 550913 ****1881"), cash("60.00"))));

        PdfReadback pdf = write(EndOfDay.of(FRIDAY, clinic, 4, sales, MODALITIES::get), "end-of-day-three-sales.pdf");

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).containsSubsequence(
                "End of day — Fri 20 Nov 2026",
                "Knead & Co. Massage Printed 20 Nov 2026 21:30",
                "All amounts in USD",
                "Visits Sales Total taken",
                "4 3 265.00",
                "Tax Average ticket Cash expected in drawer",
                "12.62 88.33 145.00",
                "Receipt Time Client Services Tenders Total",
                "000001 09:15 Ada Client Deep tissue, 60 min Cash 85.00 85.00",
                "000002 11:40 Ben Walker Swedish, 60 min Card 70.00 70.00",
                "000003 16:20 Cleo Park Deep tissue, 90 min Cash 60.00 110.00",
                "Card 50.00",
                "Total 265.00",
                "By modality By tender",
                "Deep tissue 195.00 Cash 145.00",
                "Swedish 70.00 Card 120.00",
                "Page 1 of 1");
        assertThat(pdf.text()).doesNotContain("No sales");
    }

    @Test
    void aDayWithoutSalesSaysSo() throws IOException {
        PdfReadback pdf = write(EndOfDay.of(FRIDAY, clinic, 0, List.of(), MODALITIES::get), "end-of-day-empty.pdf");

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).containsSubsequence(
                "End of day — Fri 20 Nov 2026",
                "Visits Sales Total taken",
                "0 0 0.00",
                "0.00 0.00 0.00",
                "No sales were recorded on this day.",
                "By modality By tender",
                "None None",
                "Page 1 of 1");
        assertThat(pdf.text()).doesNotContain("Receipt Time Client");
    }

    @Test
    void aBusyDayRunsOverPagesWithTheTableHeadingOnEach() throws IOException {
        List<Sale> sales = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            sales.add(sale(clinic, "Client " + i, i, at("14:00").plusSeconds(i * 300L),
                    List.of(line("Swedish, 60 min", SWEDISH, 60, "70.00", 1),
                            line("Aromatherapy add-on", null, 0, "10.00", 2)),
                    List.of(cash("90.00"))));
        }

        PdfReadback pdf = write(EndOfDay.of(FRIDAY, clinic, 60, sales, MODALITIES::get), "end-of-day-busy.pdf");

        assertThat(pdf.pages()).isGreaterThan(1);
        assertThat(pdf.text()).containsSubsequence(
                "60 60 5400.00",
                "000001 09:05 Client 1 Swedish, 60 min Cash 90.00 90.00",
                "2 x Aromatherapy add-on",
                "Page 1 of " + pdf.pages(),
                "Receipt Time Client Services Tenders Total",
                "000060 14:00 Client 60",
                "Total 5400.00",
                "Swedish 4200.00 Cash 5400.00",
                "Other 1200.00",
                "Page " + pdf.pages() + " of " + pdf.pages());
    }

    /** An instant on Friday given as UTC hours and minutes (New York is five hours behind). */
    private static Instant at(String utcTime) {
        return Instant.parse("2026-11-20T" + utcTime + ":00Z");
    }

    private PdfReadback write(EndOfDay day, String name) throws IOException {
        Path pdf = folder.resolve(name);
        REPORT.writePdf(day, pdf);
        return PdfReadback.of(pdf);
    }
}
