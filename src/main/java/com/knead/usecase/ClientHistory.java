package com.knead.usecase;

import com.knead.domain.Clinic;
import com.knead.domain.SessionNote;
import com.knead.report.ClientHistoryReport;
import com.knead.report.ClientHistoryReport.Row;
import com.knead.store.ClientStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A client's record as rows of text, section by section: what {@code knead client show} prints and
 * what the A4 history for a physician or the client shows.
 */
public final class ClientHistory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final Clinic clinic;
    private final ClientHistoryReport report;
    private final Clock clock;

    public ClientHistory(Clinic clinic, ClientHistoryReport report, Clock clock) {
        this.clinic = clinic;
        this.report = report;
        this.clock = clock;
    }

    /** "Born 1 Jan 1980 · phone 5554000001 · nora@example.com". */
    public static String contactLine(ClientStore.Contact contact) {
        List<String> parts = new ArrayList<>();
        if (contact.dateOfBirth() != null) {
            parts.add("Born " + DAY.format(contact.dateOfBirth()));
        }
        parts.add("phone " + contact.phone());
        if (!contact.email().isBlank()) {
            parts.add(contact.email());
        }
        return String.join(" · ", parts);
    }

    /** The record's rows, in the order of its sections. */
    public static List<Row> rows(ClientRecord.Record record) {
        ZoneId zone = record.zone();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Contact details", "now", record.contact().name() + " · " + contactLine(record.contact())));
        record.history().forEach(h -> rows.add(new Row("Contact details", h.changedAt() == null ? "merged record"
                : "until " + MINUTE.format(h.changedAt().atZone(zone)), h.details().name() + " · "
                + contactLine(h.details()))));
        if (record.visits().isEmpty()) {
            rows.add(new Row("Visits", "", "No visits yet."));
        }
        for (ClientStore.VisitLine v : record.visits()) {
            String paid = v.receipt() == null ? "not paid" : "paid " + v.paid() + ", receipt " + v.receipt()
                    + (v.refunded() == null ? "" : " (" + v.refunded() + " given back)");
            rows.add(new Row("Visits", day(v.day()), v.service() + " " + v.minutes() + " min"
                    + (v.therapist().isEmpty() ? "" : " with " + v.therapist()) + " · "
                    + v.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " · " + paid));
        }
        for (ClientRecord.IntakeVersion i : record.intakes()) {
            rows.add(new Row("Intakes", day(i.signedOn()), "Version " + i.version() + ": "
                    + String.join("; ", i.changes()) + (i.redFlags().isEmpty() ? "" : ". Red flags: "
                    + String.join(", ", i.redFlags()))));
        }
        for (ClientRecord.ClearanceLine c : record.clearances()) {
            rows.add(new Row("Red flags and clearances", day(c.visitDay()), c.clearance().summary()));
        }
        record.prepaid().forEach(p -> rows.add(new Row("Gift cards and packages", p.code(), p.what() + " · " + p.left())));
        Map<UUID, SessionNote> byId = record.notes().stream().collect(Collectors.toMap(SessionNote::id,
                Function.identity()));
        for (SessionNote n : record.notes()) {
            String when = MINUTE.format(n.signedAt().atZone(zone));
            rows.add(new Row("Session notes", when, n.isAddendum()
                    ? "Addendum to the note of " + MINUTE.format(byId.get(n.addendumTo()).signedAt().atZone(zone))
                    + ": " + sentence(n.text()) + " " + n.signature(zone) + "." : note(n, zone)));
        }
        record.nextVisit().ifPresent(d -> rows.add(new Row("Next visit", day(d), "Suggested by the last note's plan.")));
        record.withheld().forEach(w -> rows.add(new Row("Left out", "", w)));
        return rows;
    }

    /** The record as lines of text: each section's heading, then its rows indented under it. */
    public static List<String> textLines(ClientRecord.Record record) {
        List<String> lines = new ArrayList<>();
        String section = "";
        for (Row row : rows(record)) {
            if (!row.section().equals(section)) {
                section = row.section();
                lines.add(section + ":");
            }
            lines.add("  " + (row.when().isEmpty() ? "" : row.when() + "  ") + row.text());
        }
        return lines;
    }

    /** Writes the record's history as an A4 PDF. */
    public void writePdf(ClientRecord.Record record, Path pdf) {
        report.writePdf(clinic, record.contact().name(), contactLine(record.contact()), rows(record), clock.instant(),
                pdf);
    }

    private static String note(SessionNote n, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        if (!n.areas().isEmpty()) {
            parts.add("Areas: " + n.areasInWords());
        }
        if (!n.modalities().isEmpty()) {
            parts.add("Techniques: " + String.join(", ", n.modalities()));
        }
        if (n.pressure() != null) {
            parts.add("Pressure: " + n.pressure().label());
        }
        if (!n.response().isEmpty()) {
            parts.add("Response: " + n.response());
        }
        if (!n.advice().isEmpty()) {
            parts.add("Advice: " + n.advice());
        }
        if (!n.plan().isEmpty()) {
            parts.add("Plan: " + n.plan());
        }
        if (!n.text().isEmpty()) {
            parts.add(n.text());
        }
        return parts.stream().map(ClientHistory::sentence).collect(Collectors.joining(" ")) + " "
                + n.signature(zone) + ".";
    }

    /** The text ending in a full stop, unless it already ends in one (or in ! or ?). */
    private static String sentence(String text) {
        return text.matches(".*[.!?]$") ? text : text + ".";
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
