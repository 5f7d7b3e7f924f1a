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

import com.knead.domain.Approval;
import com.knead.domain.CashDrawer;
import com.knead.domain.Clinic;
import com.knead.domain.EndOfDay;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refund;
import com.knead.domain.RefundRules;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.TenderKind;
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
                "Visits Sales Net taken (sales + tips - refunds)",
                "4 3 265.00",
                "Sales, tax included Tips Refunds",
                "265.00 0.00 0.00",
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
        assertThat(pdf.text()).doesNotContain("No sales", "voided");
    }

    @Test
    void voidsRefundsTipsAndTheDrawerAreAccountedFor() throws IOException {
        Sale deepTissue = sale(clinic, "Ada Client", 1, at("14:15"),
                List.of(line("Deep tissue, 60 min", DEEP_TISSUE, 60, "85.00", 1)), List.of(cash("100.00")));
        Sale voidedSwedish = sale(clinic, "Ben Walker", 2, at("15:00"),
                List.of(line("Swedish, 60 min", SWEDISH, 60, "70.00", 1)), List.of(card("70.00", "Auth 118202 ****4242")));
        SaleDraft tippedDraft = new SaleDraft(clinic, null, "Cleo Park")
                .addLine(line("Deep tissue, 90 min", DEEP_TISSUE, 90, "110.00", 1))
                .therapist(UUID.randomUUID(), "Mia Chen").tip(SampleSales.usd("15.00"));
        tippedDraft.addTender(card("125.00", "Auth 550913 ****1881"));
        Sale tipped = tippedDraft.complete(UUID.randomUUID(), new ReceiptNumber(3), at("16:00"));
        Sale lastWeek = sale(clinic, "Dan Reyes", 7, Instant.parse("2026-11-13T15:00:00Z"),
                List.of(line("Swedish, 60 min", SWEDISH, 60, "70.00", 1)), List.of(cash("70.00")));
        Approval owner = new Approval(UUID.randomUUID(), "Olivia Park");
        Refund theVoid = RefundRules.voidSale(voidedSwedish, List.of(), FRIDAY, "Charged the wrong client", owner,
                UUID.randomUUID(), new ReceiptNumber(8), at("15:05"));
        Refund theRefund = RefundRules.refund(lastWeek, List.of(), SampleSales.usd("35.00"), TenderKind.CASH,
                "Half the session", "Client left early", owner, UUID.randomUUID(), new ReceiptNumber(9), at("17:00"),
                FRIDAY);
        CashDrawer drawer = new CashDrawer(UUID.randomUUID(), FRIDAY, at("14:00"), SampleSales.usd("150.00"), List.of(
                new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT, SampleSales.usd("12.50"), "Milk", at("14:30"))));
        List<Sale> sales = List.of(deepTissue, voidedSwedish, tipped);
        Map<UUID, Sale> originals = Map.of(voidedSwedish.id(), voidedSwedish, lastWeek.id(), lastWeek);

        PdfReadback pdf = write(EndOfDay.of(FRIDAY, clinic, 3, sales, List.of(theVoid, theRefund), originals, drawer,
                MODALITIES::get), "end-of-day-voids-refunds.pdf");

        assertThat(pdf.pages()).isEqualTo(1);
        // Net: 85.00 + 110.00 kept, 15.00 tip, 35.00 refunded. Tax: 4.05 + 5.24, less 3.33 x 35/70 = 1.67.
        // Drawer: 150.00 + 85.00 - 35.00 - 12.50.
        assertThat(pdf.text()).containsSubsequence(
                "Visits Sales (1 voided, not counted) Net taken (sales + tips - refunds)",
                "3 2 175.00",
                "Sales, tax included Tips Refunds",
                "195.00 15.00 35.00",
                "Tax Average ticket Cash expected in drawer",
                "7.62 97.50 187.50",
                "000001 09:15 Ada Client Deep tissue, 60 min Cash 85.00 85.00",
                "000002",
                "Voided",
                "000003 11:00 Cleo Park Deep tissue, 90 min Card 125.00 110.00",
                "+ tip 15.00",
                "Total 195.00",
                "voided sales left out",
                "By modality By tender",
                "Deep tissue 195.00 Cash 50.00",
                "Card 125.00",
                "Tips by therapist Cash drawer, opened 09:00",
                "Mia Chen 15.00 Opening float 150.00",
                "Cash kept from sales 85.00",
                "Cash given back -35.00",
                "Pay-ins 0.00",
                "Pay-outs -12.50",
                "Expected in drawer 187.50",
                "Opened without a sale 0 times",
                "Voids and refunds",
                "Receipt Time Took back Reason Approved by Given back",
                "000008 10:05 Void of 000002 Charged the wrong client Olivia Park Card 70.00",
                "Whole sale",
                "000009 12:00 Refund of 000007 Client left early Olivia Park Cash 35.00",
                "Half the session",
                "Page 1 of 1");
        assertThat(pdf.text()).doesNotContain("Swedish 70.00");
        // The receipt numbers missing from the sales list are accounted for, and the voided sale names its void.
        assertThat(oneLine(pdf.text())).contains(
                "Receipts 000008, 000009 are the day's voids and refunds, numbered with the sales and listed under Voids and refunds.",
                "Voided by 000008");
    }

    @Test
    void noHeadingIsLeftAtTheFootOfAPageWithoutItsFirstRow() throws IOException {
        // Every length of day from one page to two and a half, so each heading meets the foot of a page somewhere.
        int checked = 0;
        for (int count = 20; count <= 75; count++) {
            List<Sale> sales = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                SaleDraft draft = new SaleDraft(clinic, null, "Client " + i)
                        .addLine(line("Swedish, 60 min", SWEDISH, 60, "70.00", 1))
                        .therapist(UUID.randomUUID(), i % 2 == 0 ? "Mia Chen" : "Sam Ortiz").tip(SampleSales.usd("5.00"));
                draft.addTender(cash("75.00"));
                sales.add(draft.complete(UUID.randomUUID(), new ReceiptNumber(i), at("14:00").plusSeconds(i * 60L)));
            }
            Approval owner = new Approval(UUID.randomUUID(), "Olivia Park");
            Refund refund = RefundRules.refund(sales.get(0), List.of(), SampleSales.usd("10.00"), TenderKind.CASH,
                    "Part of the session", "Cut short", owner, UUID.randomUUID(), new ReceiptNumber(count + 1),
                    at("20:00"), FRIDAY);
            CashDrawer drawer = new CashDrawer(UUID.randomUUID(), FRIDAY, at("13:30"), SampleSales.usd("150.00"), List.of());
            Path pdf = folder.resolve("end-of-day-" + count + ".pdf");
            REPORT.writePdf(EndOfDay.of(FRIDAY, clinic, count, sales, List.of(refund),
                    Map.of(sales.get(0).id(), sales.get(0)), drawer, MODALITIES::get), pdf);
            List<String> pages = PdfReadback.pageTexts(pdf);
            checked += pages.size();
            assertHeadingWithFirstRow(pages, count, "By modality", "Swedish " + count * 70 + ".00");
            assertHeadingWithFirstRow(pages, count, "Tips by therapist", "Sam Ortiz");
            assertHeadingWithFirstRow(pages, count, "Cash drawer", "Opening float");
            assertHeadingWithFirstRow(pages, count, "Voids and refunds", "Receipt Time Took back");
            assertHeadingWithFirstRow(pages, count, "Voids and refunds", "Refund of 000001");
            for (String page : pages) {
                if (page.contains("Receipt Time Client Services Tenders Total")) {
                    assertThat(page).as("a page with the sales table's heading, in a day of %d sales", count)
                            .containsPattern("0000\\d\\d \\d\\d:\\d\\d Client");
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static void assertHeadingWithFirstRow(List<String> pages, int count, String heading, String firstRow) {
        List<Integer> with = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            // A heading's line, not the sentence that points at it ("listed under Voids and refunds").
            if (pages.get(i).lines().anyMatch(l -> l.contains(heading) && !l.contains("listed under"))) {
                with.add(i);
            }
        }
        assertThat(with).as("pages with '%s' in a day of %d sales", heading, count).hasSize(1);
        assertThat(pages.get(with.get(0))).as("'%s' and its first row on page %d of a day of %d sales", heading,
                with.get(0) + 1, count).contains(firstRow);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void aDayWithoutSalesSaysSo() throws IOException {
        PdfReadback pdf = write(EndOfDay.of(FRIDAY, clinic, 0, List.of(), MODALITIES::get), "end-of-day-empty.pdf");

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).containsSubsequence(
                "End of day — Fri 20 Nov 2026",
                "Visits Sales Net taken (sales + tips - refunds)",
                "0 0 0.00",
                "0.00 0.00 0.00",
                "0.00 0.00 0.00",
                "No sales were recorded on this day.",
                "By modality By tender",
                "None None",
                "Tips by therapist Cash drawer",
                "No tips The drawer was not opened with a float on this day",
                "Voids and refunds",
                "None",
                "Page 1 of 1");
        // The whole sentence under Cash drawer, not cut off after "the cash".
        assertThat(oneLine(pdf.text())).contains("the cash expected is the day's cash less cash refunds.");
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

    @Test
    void aDemoClinicsDaySaysDemoOnEveryPageAndARealOneDoesNot() throws IOException {
        Clinic demo = DemoPaperTest.demo(clinic);
        List<Sale> sales = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            sales.add(sale(demo, "Client " + i, i, at("14:00").plusSeconds(i * 300L),
                    List.of(line("Swedish, 60 min", SWEDISH, 60, "70.00", 1)), List.of(cash("70.00"))));
        }
        PdfReadback pdf = write(EndOfDay.of(FRIDAY, demo, 60, sales, MODALITIES::get), "end-of-day-demo.pdf");

        assertThat(pdf.pages()).isGreaterThan(1);
        String banner = "DEMO — not a real sale. The demo clinic's figures are made up.";
        assertThat(pdf.text().split(java.util.regex.Pattern.quote(banner), -1)).hasSize(pdf.pages() + 1);
        assertThat(write(EndOfDay.of(FRIDAY, clinic, 60, sales, MODALITIES::get), "end-of-day-real.pdf").text())
                .doesNotContain("DEMO");
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
