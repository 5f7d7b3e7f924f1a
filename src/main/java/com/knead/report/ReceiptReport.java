package com.knead.report;

import com.knead.domain.Aftercare;
import com.knead.domain.Clinic;
import com.knead.domain.Discount;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refund;
import com.knead.domain.Money;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The customer's receipt for one sale, laid out for an 80 mm thermal roll ({@code reports/receipt.jrxml}):
 * the clinic, the receipt number and time, the lines, tax, total, payments and change.
 */
public final class ReceiptReport {

    private final ReportTemplates templates;

    public ReceiptReport(ReportTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /**
     * Lays out and exports one sample receipt and throws it away, so that the first real receipt of
     * the day does not pay for loading the fill engine, the PDF exporter and the fonts (over a second
     * on a cold JVM). Meant for a background thread at start-up.
     */
    public void warmUp(Clinic clinic) {
        SaleDraft sample = new SaleDraft(clinic, null, "Warm-up")
                .addLine(new SaleLine("Warm-up", null, 0, Money.of(java.math.BigDecimal.TEN, clinic.currency()), 1));
        sample.addTender(Tender.cash(sample.totals().amountDue()));
        Sale sale = sample.complete(java.util.UUID.randomUUID(), ReceiptNumber.FIRST, java.time.Instant.now());
        try {
            net.sf.jasperreports.engine.JasperExportManager.exportReportToPdfStream(fill(clinic, sale),
                    java.io.OutputStream.nullOutputStream());
        } catch (net.sf.jasperreports.engine.JRException e) {
            throw new ReportFailure("Could not warm up the receipt: " + e.getMessage(), e);
        }
    }

    /** The filled receipt with no aftercare stretches and the usual rebook suggestion. */
    public JasperPrint fill(Clinic clinic, Sale sale) {
        return fill(clinic, sale, Aftercare.standard());
    }

    /** The filled receipt, ready to print or export, with the aftercare chosen for the visit. */
    public JasperPrint fill(Clinic clinic, Sale sale, Aftercare aftercare) {
        return fill(clinic, sale, aftercare, Issue.ORIGINAL);
    }

    /** Whether a receipt is the one handed over with the sale or a reprint, which says COPY at the top. */
    public enum Issue { ORIGINAL, COPY }

    /** The filled receipt, as the original or as a copy. */
    public JasperPrint fill(Clinic clinic, Sale sale, Aftercare aftercare, Issue issue) {
        Map<String, Object> parameters = header(clinic, sale.receiptNumber(), sale.createdAt(), sale.clientName(), issue);
        parameters.put("Therapist", sale.therapistName().strip());
        parameters.put("Cashier", sale.cashierFirstName());
        parameters.put("Adjustments", adjustments(clinic, sale));
        parameters.put("Extras", extras(sale));
        parameters.put("Aftercare", aftercare.lines().stream().map(l -> Map.of("line", l)).toList());
        parameters.put("Rebook", sale.visitId() == null ? "" : "We suggest your next visit " + aftercare.rebookWords()
                + ", around " + ReportFormat.day(aftercare.rebookOn(sale.businessDay())) + ".");
        parameters.put("TotalLabel", "TOTAL " + sale.totals().total().currency().getCurrencyCode());
        parameters.put("Total", ReportFormat.amount(sale.totals().total()));
        parameters.put("Tenders", sale.tenders().stream().map(ReceiptReport::tenderRow).toList());
        parameters.put("ShowChange", sale.tenders().stream().anyMatch(t -> t.kind() == TenderKind.CASH));
        parameters.put("Change", ReportFormat.amount(sale.changeDue()));
        parameters.put("Note", "");
        List<Map<String, ?>> lines = sale.lines().stream().map(ReceiptReport::lineRow).toList();
        return templates.fill(ReportTemplates.RECEIPT, parameters, new JRMapCollectionDataSource(lines));
    }

    /**
     * The receipt of a void or refund: its own number, which receipt it gives money back on, why and
     * who approved it, and how the money went back (amounts shown negative).
     */
    public JasperPrint fillRefund(Clinic clinic, Refund refund, Sale original) {
        return fillRefund(clinic, refund, original, Issue.ORIGINAL);
    }

    /** The receipt of a void or refund, as the original or as a copy. */
    public JasperPrint fillRefund(Clinic clinic, Refund refund, Sale original, Issue issue) {
        Map<String, Object> parameters = header(clinic, refund.receiptNumber(), refund.createdAt(), original.clientName(), issue);
        parameters.put("Therapist", "");
        parameters.put("Cashier", "");
        parameters.put("Note", refund.kind().label().toUpperCase() + " of receipt " + refund.saleReceipt()
                + " (" + ReportFormat.dateTime(original.createdAt(), clinic.zone()) + ")");
        parameters.put("Adjustments", List.of(ReportFormat.row("Reason: " + refund.reason(),
                "approved by " + refund.approval().staffName(), refund.amount().negate())));
        parameters.put("Extras", List.of());
        parameters.put("TotalLabel", (refund.kind() == Refund.Kind.VOID ? "VOIDED " : "REFUNDED ")
                + refund.amount().currency().getCurrencyCode());
        parameters.put("Total", ReportFormat.amount(refund.amount()));
        parameters.put("Tenders", refund.paidBack().stream()
                .map(t -> ReportFormat.row(t.kind().label() + " back", t.reference().strip(), t.amount().negate()))
                .toList());
        parameters.put("ShowChange", false);
        parameters.put("Change", "");
        parameters.put("Aftercare", List.of());
        parameters.put("Rebook", "");
        List<Map<String, ?>> lines = List.of(ReportFormat.row(refund.what(), "", refund.amount().negate()));
        return templates.fill(ReportTemplates.RECEIPT, parameters, new JRMapCollectionDataSource(lines));
    }

    /** Writes the receipt as a PDF, creating the folder if needed; the file appears whole or not at all. */
    public void writePdf(Clinic clinic, Sale sale, Path pdf) {
        PdfFile.write(fill(clinic, sale), pdf);
    }

    /** Writes an already filled receipt as a PDF, whole or not at all. */
    public void writePdf(JasperPrint filled, Path pdf) {
        PdfFile.write(filled, pdf);
    }

    /** The clinic, the receipt's number and time, and the client. */
    private static Map<String, Object> header(Clinic clinic, ReceiptNumber number, java.time.Instant at, String client,
                                              Issue issue) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("Copy", issue == Issue.COPY);
        parameters.put("ClinicName", clinic.name());
        parameters.put("ClinicAddress", clinic.address());
        parameters.put("ClinicPhone", clinic.phone());
        parameters.put("ReceiptNumber", number.toString());
        parameters.put("IssuedAt", ReportFormat.dateTime(at, clinic.zone()));
        parameters.put("ClientName", client.strip());
        parameters.put("Demo", clinic.demo());
        // A logo that has gone missing from the data folder leaves the receipt without one, not unprinted.
        boolean logo = !clinic.logo().isBlank() && java.nio.file.Files.isReadable(Path.of(clinic.logo()));
        parameters.put("Logo", logo ? clinic.logo() : null);
        return parameters;
    }

    /** Subtotal, the discount when there is one, and the tax. */
    private static List<Map<String, ?>> adjustments(Clinic clinic, Sale sale) {
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(ReportFormat.row("Subtotal", "", sale.totals().subtotal()));
        if (sale.totals().discount().isPositive()) {
            Discount discount = sale.discount();
            String label = discount == null ? "Discount" : discount.label();
            String approved = sale.discountApproval() == null ? "" : "approved by " + sale.discountApproval().staffName();
            rows.add(ReportFormat.row(label, approved, sale.totals().discount().negate()));
        }
        rows.add(ReportFormat.row(ReportFormat.taxLabel(sale.totals().taxRate(), clinic.tax().inclusive()), "",
                sale.totals().tax()));
        return rows;
    }

    /** The tip, credited to the therapist, and what was paid in all. */
    private static List<Map<String, ?>> extras(Sale sale) {
        if (!sale.totals().tip().isPositive()) {
            return List.of();
        }
        String who = sale.therapistName().isBlank() ? "Tip" : "Tip for " + sale.therapistName();
        return List.of(ReportFormat.row(who, "", sale.totals().tip()),
                ReportFormat.row("Paid with tip", "", sale.totals().amountDue()));
    }

    private static Map<String, ?> lineRow(SaleLine line) {
        String quantity = line.quantity() > 1
                ? line.quantity() + " x " + ReportFormat.amount(line.unitPrice())
                : "";
        return ReportFormat.row(line.description(), quantity, line.amount());
    }

    private static Map<String, ?> tenderRow(Tender tender) {
        return ReportFormat.row(tender.kind().label(), tender.reference().strip(), tender.amount());
    }
}
