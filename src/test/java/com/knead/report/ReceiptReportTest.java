package com.knead.report;

import static com.knead.report.SampleSales.DEEP_TISSUE;
import static com.knead.report.SampleSales.FRIDAY_AFTERNOON;
import static com.knead.report.SampleSales.SWEDISH;
import static com.knead.report.SampleSales.card;
import static com.knead.report.SampleSales.cash;
import static com.knead.report.SampleSales.clinic;
import static com.knead.report.SampleSales.line;
import static com.knead.report.SampleSales.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Clinic;
import com.knead.domain.Sale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptReportTest {

    private static final ReceiptReport RECEIPT = new ReceiptReport(new ReportTemplates());

    @TempDir
    Path folder;

    @Test
    void cashSaleWithTaxIncludedShowsEveryPartInOrder() throws IOException {
        Clinic clinic = clinic(true);
        PdfReadback pdf = write(clinic, SampleSales.deepTissuePaidInCash(clinic), "receipt-cash-tax-included.pdf");

        assertThat(pdf.text()).containsSubsequence(
                "Knead & Co. Massage",
                "12 Harbour Street, Portland ME 04101",
                "+1 207 555 0142",
                "Receipt 000042 20 Nov 2026 14:05",
                "Client: Ada Client",
                "Deep tissue, 60 min 85.00",
                "Subtotal 85.00",
                "Tax 5% (included) 4.05",
                "TOTAL USD 85.00",
                "Cash 100.00",
                "Change 15.00",
                "Thank you for your visit!");
    }

    @Test
    void theCashierWhoTookTheSaleIsNamedByFirstNameOnly() throws IOException {
        Clinic clinic = clinic(true);
        com.knead.domain.SaleDraft draft = new com.knead.domain.SaleDraft(clinic, null, "Ada Client")
                .addLine(line("Deep tissue, 60 min", DEEP_TISSUE, 60, "85.00", 1))
                .addTender(cash("100.00"))
                .cashier(java.util.UUID.randomUUID(), "Riley Brooks");
        Sale sale = draft.complete(com.knead.domain.Ids.next(), new com.knead.domain.ReceiptNumber(43), FRIDAY_AFTERNOON);
        PdfReadback pdf = write(clinic, sale, "receipt-cashier.pdf");

        assertThat(pdf.text()).containsSubsequence("Receipt 000043", "Client: Ada Client", "Cashier: Riley",
                "Deep tissue, 60 min 85.00");
        assertThat(pdf.text()).doesNotContain("Brooks");
        assertThat(write(clinic, SampleSales.deepTissuePaidInCash(clinic), "receipt-no-cashier.pdf").text())
                .as("a sale from before sign-in names nobody").doesNotContain("Cashier");
    }

    @Test
    void isOneContinuousPageAsWideAsTheRoll() throws IOException {
        Clinic clinic = clinic(true);
        PdfReadback pdf = write(clinic, SampleSales.deepTissuePaidInCash(clinic), "receipt-page.pdf");

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.width()).isEqualTo(226f);
        assertThat(pdf.height()).as("page shrinks to the content").isLessThan(400f);
    }

    @Test
    void taxAddedOnTopRaisesTheTotal() throws IOException {
        Clinic clinic = clinic(false);
        PdfReadback pdf = write(clinic, SampleSales.deepTissuePaidInCash(clinic), "receipt-tax-excluded.pdf");

        assertThat(pdf.text()).containsSubsequence(
                "Deep tissue, 60 min 85.00",
                "Subtotal 85.00",
                "Tax 5% 4.25",
                "TOTAL USD 89.25",
                "Cash 100.00",
                "Change 10.75");
        assertThat(pdf.text()).doesNotContain("(included)");
    }

    @Test
    void lineWithQuantityShowsUnitPriceAndCardReference() throws IOException {
        Clinic clinic = clinic(true);
        Sale sale = sale(clinic, "  ", 7, FRIDAY_AFTERNOON,
                List.of(line("Swedish, 60 min", SWEDISH, 60, "70.00", 1),
                        line("Hot stones & oil <add-on>", null, 0, "15.00", 2)),
                List.of(card("100.00", "Auth 483920 & ****4242")));

        PdfReadback pdf = write(clinic, sale, "receipt-two-lines-card.pdf");

        assertThat(pdf.text()).containsSubsequence(
                "Receipt 000007",
                "Swedish, 60 min 70.00",
                "Hot stones & oil <add-on> 30.00",
                "2 x 15.00",
                "Subtotal 100.00",
                "Tax 5% (included) 4.76",
                "TOTAL USD 100.00",
                "Card 100.00",
                "Auth 483920 & ****4242");
        assertThat(pdf.text()).doesNotContain("Client:").doesNotContain("Change").doesNotContain("1 x ");
    }

    @Test
    void splitBetweenCardAndCashGivesChangeFromTheCash() throws IOException {
        Clinic clinic = clinic(true);
        Sale sale = sale(clinic, "Ben Walker", 43, FRIDAY_AFTERNOON,
                List.of(line("Deep tissue, 60 min", DEEP_TISSUE, 60, "85.00", 1)),
                List.of(card("50.00", "Auth 771204 ****1881"), cash("40.00")));

        PdfReadback pdf = write(clinic, sale, "receipt-split-card-cash.pdf");

        assertThat(pdf.text()).containsSubsequence(
                "Client: Ben Walker",
                "TOTAL USD 85.00",
                "Card 50.00",
                "Auth 771204 ****1881",
                "Cash 40.00",
                "Change 5.00");
    }

    @Test
    void longDescriptionsWrapAndKeepTheirAmount() throws IOException {
        Clinic clinic = clinic(true);
        Sale sale = sale(clinic, "Cleo Long-Named-Customer of the Clinic", 44, FRIDAY_AFTERNOON,
                List.of(line("Myofascial release with extended trigger point work, 90 min", DEEP_TISSUE, 90,
                        "1250.00", 1)),
                List.of(cash("1300.00")));

        PdfReadback pdf = write(clinic, sale, "receipt-long-text.pdf");

        assertThat(pdf.text()).containsSubsequence(
                "Client: Cleo Long-Named-Customer of the Clinic",
                "Myofascial release with extended 1250.00",
                "trigger point work, 90 min",
                "TOTAL USD 1250.00",
                "Cash 1300.00",
                "Change 50.00");
    }

    @Test
    void clinicWithoutAddressOrPhoneLeavesNoEmptyLines() throws IOException {
        Clinic clinic = clinic(true);
        Clinic bare = new Clinic(clinic.name(), " ", "", clinic.currency(), clinic.tax(), clinic.zone());

        PdfReadback pdf = write(bare, SampleSales.deepTissuePaidInCash(bare), "receipt-no-address.pdf");

        assertThat(pdf.text()).startsWith("Knead & Co. Massage\nReceipt 000042 20 Nov 2026 14:05\n");
    }

    @Test
    void fillGivesAPrintableReceipt() {
        Clinic clinic = clinic(true);
        JasperPrint print = RECEIPT.fill(clinic, SampleSales.deepTissuePaidInCash(clinic));

        assertThat(print.getPages()).hasSize(1);
        assertThat(print.getPageWidth()).isEqualTo(226);
    }

    @Test
    void writesIntoNewFoldersAndLeavesNothingButThePdf() throws IOException {
        Clinic clinic = clinic(true);
        Path pdf = folder.resolve("2026/11/20/000042.pdf");

        RECEIPT.writePdf(clinic, SampleSales.deepTissuePaidInCash(clinic), pdf);
        RECEIPT.writePdf(clinic, SampleSales.deepTissuePaidInCash(clinic), pdf);

        try (Stream<Path> files = Files.list(pdf.getParent())) {
            assertThat(files).containsExactly(pdf);
        }
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }

    @Test
    void failureToWriteIsReportedAndLeavesNoPartialFile() throws IOException {
        Clinic clinic = clinic(true);
        Path notAFolder = Files.writeString(folder.resolve("taken"), "a file, not a folder");

        assertThatThrownBy(() -> RECEIPT.writePdf(clinic, SampleSales.deepTissuePaidInCash(clinic),
                notAFolder.resolve("000042.pdf")))
                .isInstanceOf(ReportFailure.class)
                .hasMessageContaining("000042.pdf");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(notAFolder);
        }
    }

    private PdfReadback write(Clinic clinic, Sale sale, String name) throws IOException {
        Path pdf = folder.resolve(name);
        RECEIPT.writePdf(clinic, sale, pdf);
        return PdfReadback.of(pdf);
    }

    @Test
    void aftercareForThePainAreasAndAWeeklyRebookWhenChronic() throws IOException {
        Clinic clinic = clinic(true);
        Sale sale = SampleSales.deepTissuePaidInCash(clinic);
        Sale forVisit = new Sale(sale.id(), sale.receiptNumber(), java.util.UUID.randomUUID(), sale.businessDay(),
                sale.createdAt(), sale.clientName(), sale.lines(), sale.totals(), sale.tenders(), sale.changeDue(),
                null, "Maya Chen", null, null);
        com.knead.domain.Aftercare care = com.knead.domain.Aftercare.forPainAreas(List.of("Lower back", "Neck"), true);
        Path file = folder.resolve("receipt-aftercare.pdf");
        PdfFile.write(RECEIPT.fill(clinic, forVisit, care), file);
        PdfReadback pdf = PdfReadback.of(file);

        assertThat(pdf.text()).containsSubsequence("Therapist: Maya Chen", "TOTAL USD 85.00", "Aftercare",
                "Knee-to-chest stretch", "Lying twist", "Neck: slowly tilt", "Sitting all day?",
                "If it gets worse, please see a physician", "We suggest your next visit in one week", "27 Nov 2026",
                "Thank you for your visit!");
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.width()).isEqualTo(226f);
    }
}
