package com.knead.report;

import com.knead.domain.Clinic;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * A client's history on A4 ({@code reports/client-history.jrxml}), for a physician or the client:
 * a heading with who it is, then sections of dated rows, as the caller wrote them.
 */
public final class ClientHistoryReport {

    static final String TEMPLATE = "client-history";

    /** One row: the section it belongs to ("Visits"), its date in words (or ""), and its text. */
    public record Row(String section, String when, String text) {
        public Row {
            Objects.requireNonNull(section, "section");
            when = when == null ? "" : when;
            text = text == null ? "" : text;
        }
    }

    private final ReportTemplates templates;

    public ClientHistoryReport(ReportTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** The filled history; rows of one section must come together, in the order they are shown. */
    public JasperPrint fill(Clinic clinic, String clientName, String clientLine, List<Row> rows, Instant printedAt) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ClinicName", clinic.name());
        parameters.put("Demo", clinic.demo());
        parameters.put("ClientName", clientName);
        parameters.put("ClientLine", clientLine);
        parameters.put("PrintedLine", "Printed " + ReportFormat.dateTime(printedAt, clinic.zone()));
        List<Map<String, ?>> data = rows.stream()
                .<Map<String, ?>>map(r -> Map.of("section", r.section(), "when", r.when(), "text", r.text())).toList();
        return templates.fill(TEMPLATE, parameters, new JRMapCollectionDataSource(data));
    }

    /** Writes the history as a PDF; the file appears whole or not at all. */
    public void writePdf(Clinic clinic, String clientName, String clientLine, List<Row> rows, Instant printedAt,
                         Path pdf) {
        PdfFile.write(fill(clinic, clientName, clientLine, rows, printedAt), pdf);
    }
}
