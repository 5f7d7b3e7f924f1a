package com.knead.report;

import com.knead.domain.SalesRange;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The sales of a range as one CSV table (RFC 4180, written with Apache Commons CSV): UTF-8 with a
 * byte-order mark, so a spreadsheet opens names with accents right, and amounts as plain decimals
 * with a point and no thousands separator. Every row has the same columns; the first says which part
 * of the report the row is: {@code Day}, {@code Modality}, {@code Tender}, {@code Therapist},
 * {@code Clients}, and last {@code Total}.
 */
public final class SalesCsv {

    /** The header row. */
    public static final String[] HEADINGS = {"Section", "Name", "Visits", "Sales", "Amount", "Tips", "Refunds", "Tax",
        "Net taken"};

    private SalesCsv() {
    }

    /** Writes {@code range} to {@code file}; the file appears whole or not at all. */
    public static void write(SalesRange range, Path file) throws IOException {
        write(file, HEADINGS, csv -> print(range, new Rows(csv, null)));
    }

    /**
     * Writes several ranges (the centre's report: the whole, then each location) as one table whose
     * first column, {@code Location}, names the range each row belongs to.
     */
    public static void write(Map<String, SalesRange> ranges, Path file) throws IOException {
        String[] headings = new String[HEADINGS.length + 1];
        headings[0] = "Location";
        System.arraycopy(HEADINGS, 0, headings, 1, HEADINGS.length);
        write(file, headings, csv -> {
            for (Map.Entry<String, SalesRange> range : ranges.entrySet()) {
                print(range.getValue(), new Rows(csv, range.getKey()));
            }
        });
    }

    private interface Body {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void write(Path file, String[] headings, Body body) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path part = Files.createTempFile(folder, ".sales-", ".csv.part");
        try {
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                // The printer writes the header row as it is made, so after the byte-order mark.
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(headings).get());
                body.print(csv);
                csv.flush();
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The table's rows, each led by the location's name when there is one. */
    private record Rows(CSVPrinter csv, String location) {
        void printRecord(Object... values) throws IOException {
            if (location == null) {
                csv.printRecord(values);
            } else {
                Object[] led = new Object[values.length + 1];
                led[0] = location;
                System.arraycopy(values, 0, led, 1, values.length);
                csv.printRecord(led);
            }
        }
    }

    private static void print(SalesRange range, Rows csv) throws IOException {
        for (SalesRange.Day day : range.days()) {
            day(csv, "Day", day.day().toString(), day);
        }
        for (var modality : range.byModality().entrySet()) {
            csv.printRecord("Modality", modality.getKey(), "", "", modality.getValue().plain(), "", "", "", "");
        }
        for (var tender : range.byTender().entrySet()) {
            csv.printRecord("Tender", tender.getKey().label(), "", "", tender.getValue().plain(), "", "", "", "");
        }
        for (SalesRange.Therapist therapist : range.byTherapist().values()) {
            csv.printRecord("Therapist", therapist.name(), "", therapist.sales(), therapist.services().plain(),
                    therapist.tips().plain(), "", "", "");
        }
        csv.printRecord("Clients", "New", range.clients().fresh(), "", "", "", "", "", "");
        csv.printRecord("Clients", "Returning", range.clients().returning(), "", "", "", "", "", "");
        day(csv, "Total", range.from() + " to " + range.to(), range.whole());
    }

    private static void day(Rows csv, String section, String name, SalesRange.Day day) throws IOException {
        csv.printRecord(section, name, day.visits(), day.sales(), day.total().plain(), day.tips().plain(),
                day.refunded().plain(), day.tax().plain(), day.netTaken().plain());
    }

}
