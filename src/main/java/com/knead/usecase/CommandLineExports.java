package com.knead.usecase;

import com.knead.store.AuditStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A file of sales or health data written by a command (a report, the audit log, a client's history, an
 * intake summary, a receipt), logged once in the audit log: what was written and where, by the command
 * line and the computer's user who ran it, since the command line has no signed-in person. While Knead's
 * windows hold the folder the command reads a copy, and the running Knead appends the entry
 * ({@link AuditStore#append}). The file is written first and logged once written; a command that cannot have
 * it logged ends with that sentence and a non-zero exit (the file stays where it was written).
 */
public final class CommandLineExports {

    /** Where a command's entries say they were made. */
    public static final String PLACE = "command line";
    public static final String ACTION = "exported";
    public static final String OUTCOME = "written";
    private static final int DETAIL = 400;

    private final AuditStore audit;
    private final Clock clock;
    private final String osUser;

    /** {@code osUser}: the computer's user running the command, as the operating system names them. */
    public CommandLineExports(AuditStore audit, Clock clock, String osUser) {
        this.audit = audit;
        this.clock = clock;
        this.osUser = osUser;
    }

    /** The computer's user running this process. */
    public static String currentOsUser() {
        return System.getProperty("user.name", "unknown");
    }

    /** Logs that {@code what} ("the Z 000012 of 2026-12-01") was written to {@code files}; returns the entry. */
    public AuditStore.Entry written(String what, Path... files) {
        String where = Arrays.stream(files).map(file -> file.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(" and "));
        String detail = what + " to " + where + ", by " + who(osUser);
        if (detail.length() > DETAIL) {
            detail = detail.substring(0, DETAIL - 1) + "…";
        }
        return audit.append(PLACE, ACTION, OUTCOME, Optional.empty(), Optional.empty(), detail, clock.instant());
    }

    /** "the command line (OS user alice)": who an entry of the command line says acted. */
    public static String who(String osUser) {
        return "the command line (OS user " + osUser + ")";
    }
}
