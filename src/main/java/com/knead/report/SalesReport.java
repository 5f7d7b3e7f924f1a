package com.knead.report;

import com.knead.domain.Clinic;
import com.knead.domain.Money;
import com.knead.domain.SalesRange;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The sales of a range of days on A4 ({@code reports/sales-report.jrxml}): the range's key figures,
 * a line per day, then by modality and tender, by therapist (services and tips, for payroll), and
 * new against returning clients.
 */
public final class SalesReport {

    private final ReportTemplates templates;
    private final Clock clock;

    public SalesReport(ReportTemplates templates, Clock clock) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The title the PDF and its page footers carry, e.g. "Sales — 1 Nov 2026 to 30 Nov 2026". */
    public static String title(SalesRange range) {
        return "Sales — " + ReportFormat.day(range.from()) + " to " + ReportFormat.day(range.to());
    }

    public JasperPrint fill(SalesRange range) {
        Clinic clinic = range.clinic();
        SalesRange.Day whole = range.whole();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("Title", title(range));
        parameters.put("ClinicName", clinic.name());
        parameters.put("Demo", clinic.demo());
        parameters.put("PrintedAt", ReportFormat.dateTime(clock.instant(), clinic.zone()));
        parameters.put("Currency", clinic.currency().getCurrencyCode());
        parameters.put("Visits", String.valueOf(whole.visits()));
        parameters.put("SalesKept", String.valueOf(whole.sales()));
        parameters.put("Total", ReportFormat.amount(whole.total()));
        parameters.put("Tips", ReportFormat.amount(whole.tips()));
        parameters.put("Refunded", ReportFormat.amount(whole.refunded()));
        parameters.put("Tax", ReportFormat.amount(whole.tax()));
        parameters.put("NetTaken", ReportFormat.amount(whole.netTaken()));
        parameters.put("NewClients", String.valueOf(range.clients().fresh()));
        parameters.put("ReturningClients", String.valueOf(range.clients().returning()));
        parameters.put("ByModality", amountRows(range.byModality()));
        List<Map<String, ?>> tenders = new ArrayList<>();
        range.byTender().forEach((kind, amount) -> tenders.add(ReportFormat.row(kind.label(), "", amount)));
        parameters.put("ByTender", tenders);
        parameters.put("ByTherapist", range.byTherapist().values().stream().<Map<String, ?>>map(t -> Map.of(
                "name", t.name(), "sales", String.valueOf(t.sales()), "services", ReportFormat.amount(t.services()),
                "tips", ReportFormat.amount(t.tips()))).toList());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (SalesRange.Day day : range.days()) {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", "DAY");
            row.put("day", day.day().toString());
            row.put("visits", String.valueOf(day.visits()));
            row.put("sales", String.valueOf(day.sales()));
            row.put("total", ReportFormat.amount(day.total()));
            row.put("tips", ReportFormat.amount(day.tips()));
            row.put("refunds", ReportFormat.amount(day.refunded()));
            row.put("tax", ReportFormat.amount(day.tax()));
            row.put("net", ReportFormat.amount(day.netTaken()));
            rows.add(row);
        }
        rows.add(Map.of("kind", "SECTIONS"));
        return templates.fill(ReportTemplates.SALES, parameters, new JRMapCollectionDataSource(rows));
    }

    /** Writes the report as a PDF; the file appears whole or not at all. */
    public void writePdf(SalesRange range, Path pdf) {
        PdfFile.write(fill(range), pdf);
    }

    /** Writes several ranges' reports (the centre's: the whole, then each location) one after the other in one PDF. */
    public void writePdf(List<SalesRange> ranges, Path pdf) {
        JasperPrint first = fill(ranges.get(0));
        for (SalesRange next : ranges.subList(1, ranges.size())) {
            fill(next).getPages().forEach(first::addPage);
        }
        PdfFile.write(first, pdf);
    }

    private static List<Map<String, ?>> amountRows(Map<String, Money> amounts) {
        return amounts.entrySet().stream().<Map<String, ?>>map(e -> ReportFormat.row(e.getKey(), "", e.getValue())).toList();
    }
}
