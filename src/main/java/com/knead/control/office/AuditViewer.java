package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.Approval;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.usecase.AuditLog;
import com.knead.usecase.ExportAudit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The office's audit page, apart from its window: the days and filters typed, the entries they
 * find (newest first), and the export of those entries as CSV, made as whoever unlocked the office.
 */
public final class AuditViewer {

    /** How many days back the page starts: the last week, today included. */
    public static final int FIRST_DAYS = 7;

    /** The audit page, as the viewer sees it. */
    public interface View {
        void show(State state);
    }

    /**
     * What was typed and chosen: the first and last day as YYYY-MM-DD, and "" (or null) for any
     * place, action or staff member.
     */
    public record Filters(String from, String to, String place, String action, StaffMember staff) {
    }

    /**
     * What the page shows.
     *
     * @param filters     the filters the lines were found with (at first: the last week, everything)
     * @param dayProblem  why a typed day was not understood, shown beside the days, or ""
     * @param problem     why the entries could not be read or written, or ""
     * @param done        what the last export wrote, or ""
     */
    public record State(Filters filters, AuditLog.Choices choices, List<AuditLog.Line> lines, boolean busy,
                        String dayProblem, String problem, String done) {
    }

    private static final AuditLog.Choices NO_CHOICES = new AuditLog.Choices(List.of(), List.of(), List.of());

    private final AuditLog log;
    private final ExportAudit export;
    private final Supplier<Optional<Approval>> actor;
    private final Tasks tasks;
    private final Clock clock;
    private final View view;
    private Filters filters;
    private AuditLog.Choices choices = NO_CHOICES;
    private List<AuditLog.Line> lines = List.of();
    private boolean busy;
    private String dayProblem = "";
    private String problem = "";
    private String done = "";

    public AuditViewer(AuditLog log, ExportAudit export, Supplier<Optional<Approval>> actor, Tasks tasks, Clock clock,
                       View view) {
        this.log = log;
        this.export = export;
        this.actor = actor;
        this.tasks = tasks;
        this.clock = clock;
        this.view = view;
        this.filters = firstFilters();
    }

    /** The last week, everything in it; call when the office opens. */
    public void open() {
        filters = firstFilters();
        search(filters);
    }

    /** Finds the entries the filters ask for (and reads the filters' choices again). */
    public void search(Filters typed) {
        clearMessages();
        Optional<AuditLog.Filter> filter = filter(typed);
        if (filter.isEmpty()) {
            return;
        }
        filters = typed;
        busy = true;
        publish();
        tasks.read(() -> new Found(log.choices(), log.lines(filter.get())), found -> {
            busy = false;
            choices = found.choices();
            lines = found.lines();
            publish();
        }, this::failed, "The audit log could not be read");
    }

    /** Writes the entries the filters ask for to {@code file} (".csv" added when it has no such ending). */
    public void export(Filters typed, Path file) {
        clearMessages();
        Optional<AuditLog.Filter> filter = filter(typed);
        if (filter.isEmpty()) {
            return;
        }
        Path csv = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? file
                : file.resolveSibling(file.getFileName() + ".csv");
        busy = true;
        publish();
        Optional<Approval> by = actor.get();
        tasks.write(() -> export.export(by.orElse(null), filter.get(), csv), written -> {
            // The export is itself logged: show it.
            search(filters);
            done = "Wrote " + written + (written == 1 ? " entry" : " entries") + " to " + csv + ".";
            publish();
        }, this::failed, "The audit log could not be exported");
    }

    /** The office locked: nothing found or typed is kept. */
    public void forget() {
        filters = firstFilters();
        choices = NO_CHOICES;
        lines = List.of();
        busy = false;
        clearMessages();
        publish();
    }

    public State state() {
        return new State(filters, choices, lines, busy, dayProblem, problem, done);
    }

    private record Found(AuditLog.Choices choices, List<AuditLog.Line> lines) {
    }

    private Filters firstFilters() {
        LocalDate today = log.today(clock.instant());
        return new Filters(today.minusDays(FIRST_DAYS - 1).toString(), today.toString(), "", "", null);
    }

    private Optional<AuditLog.Filter> filter(Filters typed) {
        try {
            LocalDate from = day(typed.from(), "first");
            LocalDate to = day(typed.to(), "last");
            if (to.isBefore(from)) {
                throw new Refused("The last day (" + to + ") is before the first (" + from + ").");
            }
            return Optional.of(new AuditLog.Filter(from, to, chosen(typed.place()), chosen(typed.action()),
                    Optional.ofNullable(typed.staff()).map(StaffMember::id)));
        } catch (Refused refused) {
            dayProblem = refused.getMessage();
            publish();
            return Optional.empty();
        }
    }

    private LocalDate day(String typed, String which) {
        String day = typed == null ? "" : typed.strip();
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new Refused("Type the " + which + " day as YYYY-MM-DD, like " + log.today(clock.instant()) + ".");
        }
    }

    private static Optional<String> chosen(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private void failed(String sentence) {
        busy = false;
        problem = sentence;
        publish();
    }

    private void clearMessages() {
        dayProblem = "";
        problem = "";
        done = "";
    }

    private void publish() {
        view.show(state());
    }
}
