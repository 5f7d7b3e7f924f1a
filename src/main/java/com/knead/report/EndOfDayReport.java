package com.knead.report;

import com.knead.domain.Clinic;
import com.knead.domain.EndOfDay;
import com.knead.domain.Money;
import com.knead.domain.Sale;
import com.knead.domain.SaleLine;
import com.knead.domain.TenderKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The owner's end-of-day report on A4 ({@code reports/end-of-day.jrxml}): the day's key figures,
 * every sale, and the takings by modality and by tender. A day without sales still gives a page
 * that says so.
 */
public final class EndOfDayReport {

    private final ReportTemplates templates;
    private final Clock clock;

    public EndOfDayReport(ReportTemplates templates) {
        this(templates, Clock.systemUTC());
    }

    /** With the clock that stamps "Printed …" on the report. */
    public EndOfDayReport(ReportTemplates templates, Clock clock) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The filled report, ready to print or export. */
    public JasperPrint fill(EndOfDay day) {
        Clinic clinic = day.clinic();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("Day", ReportFormat.day(day.day()));
        parameters.put("ClinicName", clinic.name());
        parameters.put("PrintedAt", ReportFormat.dateTime(clock.instant(), clinic.zone()));
        parameters.put("Currency", clinic.currency().getCurrencyCode());
        parameters.put("Visits", day.visits());
        parameters.put("SalesCount", day.sales().size());
        parameters.put("Total", ReportFormat.amount(day.total()));
        parameters.put("Tax", ReportFormat.amount(day.tax()));
        parameters.put("AverageTicket", ReportFormat.amount(day.averageTicket()));
        parameters.put("CashExpected", ReportFormat.amount(day.cashExpected()));
        parameters.put("ByModality", amountRows(day.byModality()));
        Map<String, Money> byTender = new LinkedHashMap<>();
        day.byTender().forEach((kind, amount) -> byTender.put(kind.label(), amount));
        parameters.put("ByTender", amountRows(byTender));
        List<Map<String, ?>> sales = day.sales().stream()
                .<Map<String, ?>>map(sale -> saleRow(sale, clinic))
                .toList();
        return templates.fill(ReportTemplates.END_OF_DAY, parameters, new JRMapCollectionDataSource(sales));
    }

    /** Writes the report as a PDF, creating the folder if needed; the file appears whole or not at all. */
    public void writePdf(EndOfDay day, Path pdf) {
        PdfFile.write(fill(day), pdf);
    }

    private static Map<String, ?> saleRow(Sale sale, Clinic clinic) {
        Map<String, Object> row = new HashMap<>();
        row.put("receipt", sale.receiptNumber().toString());
        row.put("time", ReportFormat.time(sale.createdAt(), clinic.zone()));
        row.put("client", sale.clientName().strip());
        row.put("services", sale.lines().stream().map(EndOfDayReport::service).collect(Collectors.joining("\n")));
        row.put("tenders", tenders(sale));
        row.put("total", ReportFormat.amount(sale.totals().total()));
        return row;
    }

    private static String service(SaleLine line) {
        return line.quantity() > 1 ? line.quantity() + " x " + line.description() : line.description();
    }

    /** What the clinic kept from each tender kind (cash net of change), so the column adds up to the total. */
    private static String tenders(Sale sale) {
        StringBuilder text = new StringBuilder();
        for (TenderKind kind : TenderKind.values()) {
            Money taken = sale.taken(kind);
            if (!taken.isZero()) {
                text.append(text.isEmpty() ? "" : "\n").append(kind.label()).append(' ')
                        .append(ReportFormat.amount(taken));
            }
        }
        return text.toString();
    }

    private static List<Map<String, ?>> amountRows(Map<String, Money> amounts) {
        return amounts.entrySet().stream().<Map<String, ?>>map(e -> ReportFormat.row(e.getKey(), "", e.getValue())).toList();
    }
}
