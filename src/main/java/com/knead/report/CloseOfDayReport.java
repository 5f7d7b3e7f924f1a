package com.knead.report;

import com.knead.domain.Clinic;
import com.knead.domain.CountedDrawer;
import com.knead.domain.DayFigures;
import com.knead.domain.EndOfDay;
import com.knead.domain.Money;
import com.knead.domain.Refund;
import com.knead.domain.Sale;
import com.knead.domain.ZReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The Z of a closed day, or the X of the day so far (marked "X — not a Z" on every page), on A4
 * ({@code reports/z-report.jrxml}, with a bar chart of sales by modality) or on the 80 mm receipt
 * roll ({@code reports/z-report-80mm.jrxml}). Both print the same rows, section by section.
 */
public final class CloseOfDayReport {

    private final ReportTemplates templates;
    private final Clock clock;

    public CloseOfDayReport(ReportTemplates templates, Clock clock) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The filled Z ({@code z} given) or X ({@code z} null), A4 or roll. */
    public JasperPrint fill(DayFigures figures, ZReport z, boolean roll) {
        Clinic clinic = figures.endOfDay().clinic();
        Map<String, Object> parameters = new HashMap<>();
        String day = ReportFormat.day(figures.day());
        parameters.put("Title", z == null ? "X — " + day + ", " + ReportFormat.time(clock.instant(), clinic.zone())
                : z.label() + " — " + day);
        parameters.put("Subtitle", z == null
                ? "The figures so far; the day stays open. An X is not a Z: it closes nothing and has no number."
                : "Closed by " + z.closedBy().staffName() + " on " + ReportFormat.dateTime(z.closedAt(), clinic.zone())
                + ". The day is closed: anything recorded for it from now on counts on the next open day.");
        parameters.put("ClinicName", clinic.name());
        parameters.put("PrintedAt", ReportFormat.dateTime(clock.instant(), clinic.zone()));
        parameters.put("Currency", clinic.currency().getCurrencyCode());
        parameters.put("Demo", clinic.demo());
        parameters.put("NotAZ", z == null);
        List<Map<String, ?>> bars = new ArrayList<>();
        figures.salesByModality().forEach((modality, amount) -> {
            Map<String, Object> bar = new HashMap<>();
            bar.put("modality", modality);
            bar.put("amount", amount.amount());
            bars.add(bar);
        });
        parameters.put("Bars", bars);
        return templates.fill(roll ? ReportTemplates.Z_REPORT_ROLL : ReportTemplates.Z_REPORT, parameters,
                new JRMapCollectionDataSource(rows(figures, z)));
    }

    /** Writes it as a PDF, creating the folder if needed; the file appears whole or not at all. */
    public void writePdf(DayFigures figures, ZReport z, boolean roll, Path pdf) {
        PdfFile.write(fill(figures, z, roll), pdf);
    }

    /** The rates the day's sales were taxed at: a rate may change from one day to the next. */
    private static String taxLabel(EndOfDay day) {
        return ReportFormat.taxLabel(day.sales().stream().map(s -> s.totals().taxRate()).toList(),
                day.clinic().tax().inclusive());
    }

    private static List<Map<String, ?>> rows(DayFigures figures, ZReport z) {
        EndOfDay day = figures.endOfDay();
        Clinic clinic = day.clinic();
        Rows rows = new Rows();
        rows.section("Key figures");
        rows.count("Visits", day.visits());
        rows.count("New clients", figures.newClients());
        rows.count("Returning clients", figures.returningClients());
        rows.count("Sales kept", day.salesKept());
        rows.count("Sales voided", day.voided().size());
        rows.add("Sales (tax included)", "", day.total());
        rows.add("Tips", "", day.tips());
        rows.add("Refunds", "", day.refunded());
        rows.add("Net taken", "sales + tips − refunds", day.netTaken());
        rows.add(taxLabel(day), "", day.tax());
        rows.add("Average ticket", "", day.averageTicket());
        rows.add("Grand total", "every sale kept less every refund, since the first sale, up to this day",
                figures.grandTotal());

        rows.section("Cash drawer");
        if (z == null) {
            rows.add("Expected in drawer", "counted at the close", day.cashExpected());
        } else {
            CountedDrawer drawer = z.drawer();
            rows.add("Expected in drawer", "", drawer.expected());
            drawer.count().pieces().forEach((value, count) -> rows.text(count + " × " + value.toPlainString(), "",
                    Money.of(value.multiply(BigDecimal.valueOf(count)), clinic.currency()).plain()));
            rows.add("Counted", drawer.count().byPieces() ? "by notes and coins" : "one total", drawer.counted());
            rows.text("Over / short", drawer.reason(), drawer.difference());
        }

        rows.section("By tender");
        day.byTender().forEach((kind, amount) -> rows.add(kind.label(), "", amount));
        rows.section("By modality");
        day.byModality().forEach((name, amount) -> rows.add(name, "", amount));
        rows.section("By therapist");
        for (DayFigures.TherapistTakings t : figures.byTherapist()) {
            rows.add(t.therapist(), t.visits() + (t.visits() == 1 ? " visit" : " visits") + " · tips " + t.tips().plain(),
                    t.sales());
        }
        rows.section("Discounts");
        for (DayFigures.DiscountGiven d : figures.discounts()) {
            rows.add("Receipt " + d.receipt(), d.reason() + (d.approvedBy().isEmpty() ? "" : " · approved by "
                    + d.approvedBy()), d.amount().negate());
        }
        rows.section("Sales");
        for (Sale sale : day.sales()) {
            boolean voided = day.isVoided(sale);
            rows.add("Receipt " + sale.receiptNumber() + " " + ReportFormat.time(sale.createdAt(), clinic.zone()),
                    sale.clientName().strip() + (voided ? " · voided, counts for nothing" : ""), sale.totals().total());
        }
        rows.section("Voids and refunds");
        for (Refund refund : day.refunds()) {
            rows.add("Receipt " + refund.receiptNumber(), refund.kind().label() + " of " + refund.saleReceipt() + " · "
                    + refund.reason() + " · approved by " + refund.approval().staffName(), refund.amount().negate());
        }
        rows.section("Adjustments from closed days");
        for (DayFigures.Adjustment a : figures.adjustments()) {
            rows.add("Receipt " + a.receipt(), a.what() + ", made on " + a.happenedOn() + " after that day was closed",
                    a.amount());
        }
        if (z != null) {
            rows.section("The Z");
            rows.text("Z number", "given once, never reused", z.label());
            rows.text("Chain head", "the tamper-evidence chain at the close",
                    z.chainHead() == null ? "not recorded" : z.chainHead());
        }
        return rows.done();
    }

    /** The rows, each under its section; a section with nothing in it says "None". */
    private static final class Rows {
        private final List<Map<String, ?>> list = new ArrayList<>();
        private String section;
        private boolean empty;

        void section(String name) {
            closeSection();
            section = name;
            empty = true;
        }

        void add(String label, String detail, Money amount) {
            text(label, detail, ReportFormat.amount(amount));
        }

        void count(String label, int count) {
            text(label, "", String.valueOf(count));
        }

        void text(String label, String detail, String amount) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("section", section);
            row.put("label", label);
            row.put("detail", detail == null ? "" : detail);
            row.put("amount", amount);
            list.add(row);
            empty = false;
        }

        List<Map<String, ?>> done() {
            closeSection();
            return list;
        }

        private void closeSection() {
            if (section != null && empty) {
                text("None", "", "");
            }
        }
    }
}
