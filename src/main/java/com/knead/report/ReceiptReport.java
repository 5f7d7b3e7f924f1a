package com.knead.report;

import com.knead.domain.Clinic;
import com.knead.domain.Sale;
import com.knead.domain.SaleLine;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import java.nio.file.Path;
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

    /** The filled receipt, ready to print or export. */
    public JasperPrint fill(Clinic clinic, Sale sale) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ClinicName", clinic.name());
        parameters.put("ClinicAddress", clinic.address());
        parameters.put("ClinicPhone", clinic.phone());
        parameters.put("ReceiptNumber", sale.receiptNumber().toString());
        parameters.put("IssuedAt", ReportFormat.dateTime(sale.createdAt(), clinic.zone()));
        parameters.put("ClientName", sale.clientName().strip());
        parameters.put("Subtotal", ReportFormat.amount(sale.totals().subtotal()));
        parameters.put("TaxLabel", ReportFormat.taxLabel(clinic.tax()));
        parameters.put("Tax", ReportFormat.amount(sale.totals().tax()));
        parameters.put("TotalLabel", "TOTAL " + sale.totals().total().currency().getCurrencyCode());
        parameters.put("Total", ReportFormat.amount(sale.totals().total()));
        parameters.put("Tenders", sale.tenders().stream().map(ReceiptReport::tenderRow).toList());
        parameters.put("ShowChange", sale.tenders().stream().anyMatch(t -> t.kind() == TenderKind.CASH));
        parameters.put("Change", ReportFormat.amount(sale.changeDue()));
        List<Map<String, ?>> lines = sale.lines().stream().map(ReceiptReport::lineRow).toList();
        return templates.fill(ReportTemplates.RECEIPT, parameters, new JRMapCollectionDataSource(lines));
    }

    /** Writes the receipt as a PDF, creating the folder if needed; the file appears whole or not at all. */
    public void writePdf(Clinic clinic, Sale sale, Path pdf) {
        PdfFile.write(fill(clinic, sale), pdf);
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
