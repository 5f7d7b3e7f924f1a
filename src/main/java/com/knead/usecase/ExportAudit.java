package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.StaffStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit log written as a CSV file (RFC 4180, UTF-8, a heading row) for a spreadsheet or an
 * accountant. Only a role with {@link Permission#EXPORT} may from the office; from the command line
 * the person has the data folder itself. Every export is itself logged.
 */
public final class ExportAudit {

    /** The columns, in order. */
    public static final List<String> HEADINGS = List.of("Time", "UTC", "Place", "Action", "Outcome", "Staff",
            "Client", "Detail");

    private final AuditLog log;
    private final AuditStore audit;
    private final StaffStore staff;
    private final Clock clock;

    public ExportAudit(AuditLog log, AuditStore audit, StaffStore staff, Clock clock) {
        this.log = log;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /** Writes the entries {@code filter} asks for to {@code file}, for the person who unlocked the office. */
    public int export(Approval by, AuditLog.Filter filter, Path file) {
        StaffMember actor = Acting.member(staff, by, Permission.EXPORT);
        return write(filter, file, EditStaff.PLACE, Optional.of(actor), "");
    }

    /**
     * The same, asked for on the command line by the computer's user {@code osUser} (logged with place
     * "command line", no staff member, and that user named in the detail).
     */
    public int exportFromCommandLine(AuditLog.Filter filter, Path file, String osUser) {
        return write(filter, file, CommandLineExports.PLACE, Optional.empty(), ", by " + CommandLineExports.who(osUser));
    }

    private int write(AuditLog.Filter filter, Path file, String place, Optional<StaffMember> actor, String by) {
        List<AuditLog.Line> lines = log.lines(filter);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADINGS.toArray(String[]::new)).get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, format)) {
            for (AuditLog.Line line : lines) {
                csv.printRecord(line.time(), line.at().toString(), line.place(), line.action(), line.outcome(),
                        line.staff(), line.client(), line.detail());
            }
        } catch (NoSuchFileException e) {
            throw new Refused("The audit log could not be written to " + file + ": that folder does not exist.");
        } catch (AccessDeniedException e) {
            throw new Refused("The audit log could not be written to " + file + ": Knead may not write there.");
        } catch (IOException e) {
            throw new Refused("The audit log could not be written to " + file + " (" + e.getMessage() + ").");
        }
        audit.append(place, "audit exported", EditStaff.DONE, Optional.empty(), actor.map(StaffMember::id),
                lines.size() + (lines.size() == 1 ? " entry, " : " entries, ") + filter.from() + " to " + filter.to()
                        + " to " + (by.isEmpty() ? file.getFileName() : file.toAbsolutePath().normalize()) + by,
                clock.instant());
        return lines.size();
    }
}
