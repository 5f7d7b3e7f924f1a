package com.knead.app;

import com.knead.store.Stores;
import com.knead.usecase.AuditLog;
import com.knead.usecase.ExportAudit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code knead audit --from D --to D [--csv FILE]}: the audit log of some days, printed or written as CSV. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Print the audit log of some business days, newest first, or write it as CSV.")
final class AuditCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "The first business day.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "The last business day.")
    String to;

    @Option(names = "--place", paramLabel = "PLACE", description = "Only this place (kiosk, desk, office …).")
    String place;

    @Option(names = "--action", paramLabel = "ACTION", description = "Only this action (PIN, staff added …).")
    String action;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the entries to this CSV file instead.")
    Path csv;

    @Override
    public Integer call() {
        LocalDate first = day("--from", from);
        LocalDate last = day("--to", to);
        if (last.isBefore(first)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to (" + last + ") is before --from (" + first + ")");
        }
        AuditLog.Filter filter = new AuditLog.Filter(first, last, Optional.ofNullable(place), Optional.ofNullable(action),
                Optional.empty());
        LogFile.attach(data.folder);
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = Stores.openForReading(data.folder)) {
            AuditLog log = new AuditLog(stores.audit(), stores.staff(), stores.clinic().zone());
            if (csv != null) {
                int written = new ExportAudit(log, stores.audit(), stores.staff(), Clock.systemUTC())
                        .exportFromCommandLine(filter, csv, com.knead.usecase.CommandLineExports.currentOsUser());
                out.println("Wrote " + written + (written == 1 ? " entry" : " entries") + " (" + first + " to " + last
                        + ") to " + csv.toAbsolutePath());
            } else {
                List<AuditLog.Line> lines = log.lines(filter);
                for (AuditLog.Line line : lines) {
                    out.println(String.join("  ", line.time(), line.place(), line.action(), line.outcome(),
                            dash(line.staff()), dash(line.client()), line.detail()).strip());
                }
                out.println(lines.size() + (lines.size() == 1 ? " entry" : " entries") + ", " + first + " to " + last
                        + ", times in " + stores.clinic().zone().getId() + ".");
            }
        }
        out.flush();
        return 0;
    }

    private LocalDate day(String option, String typed) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be a date like 2026-12-01, not '" + typed + "'");
        }
    }

    private static String dash(String name) {
        return name.isEmpty() ? "-" : name;
    }
}
