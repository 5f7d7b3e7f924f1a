package com.knead.report;

import com.knead.domain.CashDrawer;
import com.knead.domain.Clinic;
import com.knead.domain.EndOfDay;
import com.knead.domain.Money;
import com.knead.domain.Refund;
import com.knead.domain.Sale;
import com.knead.domain.SaleLine;
import com.knead.domain.TenderKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
 * every sale (voided ones marked), the takings by modality and by tender, the tips by therapist,
 * the cash drawer, and the day's voids and refunds. A day without sales still gives a page that
 * says so.
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
        parameters.put("Demo", clinic.demo());
        parameters.put("PrintedAt", ReportFormat.dateTime(clock.instant(), clinic.zone()));
        parameters.put("Currency", clinic.currency().getCurrencyCode());
        parameters.put("Visits", day.visits());
        parameters.put("SalesCount", day.sales().size());
        parameters.put("SalesKept", day.salesKept());
        parameters.put("VoidedCount", day.voided().size());
        parameters.put("Total", ReportFormat.amount(day.total()));
        parameters.put("Tips", ReportFormat.amount(day.tips()));
        parameters.put("Refunded", ReportFormat.amount(day.refunded()));
        parameters.put("NetTaken", ReportFormat.amount(day.netTaken()));
        parameters.put("Tax", ReportFormat.amount(day.tax()));
        parameters.put("AverageTicket", ReportFormat.amount(day.averageTicket()));
        parameters.put("CashExpected", ReportFormat.amount(day.cashExpected()));
        parameters.put("ByModality", amountRows(day.byModality()));
        Map<String, Money> byTender = new LinkedHashMap<>();
        day.byTender().forEach((kind, amount) -> byTender.put(kind.label(), amount));
        parameters.put("ByTender", amountRows(byTender));
        parameters.put("TipsByTherapist", amountRows(day.tipsByTherapist()));
        parameters.put("Drawer", drawerRows(day));
        parameters.put("DrawerHeading", day.drawer() == null ? "Cash drawer"
                : "Cash drawer, opened " + ReportFormat.time(day.drawer().openedAt(), clinic.zone()));
        parameters.put("Refunds", day.refunds().stream().<Map<String, ?>>map(refund -> refundRow(refund, clinic)).toList());
        parameters.put("ReceiptsNote", receiptsNote(day));
        Map<java.util.UUID, Refund> voids = new HashMap<>();
        day.refunds().stream().filter(refund -> refund.kind() == Refund.Kind.VOID)
                .forEach(refund -> voids.put(refund.saleId(), refund));
        List<Map<String, ?>> sales = day.sales().stream()
                .<Map<String, ?>>map(sale -> saleRow(sale, voids.get(sale.id()), day.isVoided(sale), clinic))
                .toList();
        // The sections after the table ride on one last row, so the table's headings are never repeated over them.
        List<Map<String, ?>> rows = new ArrayList<>(sales);
        rows.add(Map.of("kind", "SECTIONS", "voided", false));
        return templates.fill(ReportTemplates.END_OF_DAY, parameters, new JRMapCollectionDataSource(rows));
    }

    /** Writes the report as a PDF, creating the folder if needed; the file appears whole or not at all. */
    public void writePdf(EndOfDay day, Path pdf) {
        PdfFile.write(fill(day), pdf);
    }

    /**
     * Says where the receipt numbers missing between the day's sales went: voids and refunds are
     * numbered from the same counter and listed in a table of their own. Empty when there are none.
     */
    static String receiptsNote(EndOfDay day) {
        if (day.refunds().isEmpty() || day.sales().isEmpty()) {
            return "";
        }
        String numbers = day.refunds().stream().map(refund -> refund.receiptNumber().toString())
                .collect(Collectors.joining(", "));
        boolean one = day.refunds().size() == 1;
        return "Receipt" + (one ? " " : "s ") + numbers + (one ? " is" : " are") + " the day's "
                + (one ? "void or refund" : "voids and refunds") + ", numbered with the sales and listed under Voids and refunds.";
    }

    private static Map<String, ?> saleRow(Sale sale, Refund itsVoid, boolean voided, Clinic clinic) {
        Map<String, Object> row = new HashMap<>();
        row.put("kind", "SALE");
        row.put("receipt", sale.receiptNumber() + (voided ? "\nVoided" + (itsVoid == null ? "" : " by " + itsVoid.receiptNumber()) : ""));
        row.put("voided", voided);
        row.put("time", ReportFormat.time(sale.createdAt(), clinic.zone()));
        row.put("client", sale.clientName().strip());
        row.put("services", sale.lines().stream().map(EndOfDayReport::service).collect(Collectors.joining("\n")));
        row.put("tenders", tenders(sale));
        row.put("total", ReportFormat.amount(sale.totals().total())
                + (sale.totals().tip().isPositive() ? "\n+ tip " + ReportFormat.amount(sale.totals().tip()) : ""));
        return row;
    }

    /** One void or refund: its receipt, time, what it took back, why, who approved it and how the money went back. */
    private static Map<String, ?> refundRow(Refund refund, Clinic clinic) {
        Map<String, Object> row = new HashMap<>();
        row.put("receipt", refund.receiptNumber().toString());
        row.put("time", ReportFormat.time(refund.createdAt(), clinic.zone()));
        row.put("what", refund.kind().label() + " of " + refund.saleReceipt() + "\n" + refund.what());
        row.put("reason", refund.reason());
        row.put("approvedBy", refund.approval().staffName());
        row.put("givenBack", refund.paidBack().stream()
                .map(back -> back.kind().label() + " " + ReportFormat.amount(back.amount()))
                .collect(Collectors.joining("\n")));
        return row;
    }

    /** The drawer's float, cash in and out since it opened, and what should be in it; empty when it was not opened. */
    private static List<Map<String, ?>> drawerRows(EndOfDay day) {
        CashDrawer drawer = day.drawer();
        if (drawer == null) {
            return List.of();
        }
        Map<String, Money> rows = new LinkedHashMap<>();
        rows.put("Opening float", drawer.openingFloat());
        rows.put("Cash kept from sales", drawer.cashKept(day.sales()));
        rows.put("Cash given back", drawer.cashGivenBack(day.refunds()).negate());
        rows.put("Pay-ins", drawer.paidIn());
        rows.put("Pay-outs", drawer.paidOut().negate());
        rows.put("Expected in drawer", day.cashExpected());
        List<Map<String, ?>> list = new ArrayList<>(amountRows(rows));
        long noSale = drawer.noSaleOpenings();
        list.add(Map.of("label", "Opened without a sale", "detail", "", "amount", noSale + (noSale == 1 ? " time" : " times")));
        return list;
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
