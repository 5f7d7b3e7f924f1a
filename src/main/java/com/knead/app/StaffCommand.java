package com.knead.app;

import com.knead.domain.StaffList;
import com.knead.domain.StaffListing;
import com.knead.store.Stores;
import com.knead.usecase.EditStaff;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code knead staff …}: the staff list. */
@Command(name = "staff", mixinStandardHelpOptions = true, description = "The clinic's staff.",
        subcommands = StaffCommand.ListCommand.class)
final class StaffCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do, for example 'list'.");
    }

    /** {@code knead staff list}: everyone, active or not, with their role and the state of their PIN. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List everyone on the staff (active or not), their role, PIN and lock.")
    static final class ListCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataFolderOption data;

        @Override
        public Integer call() {
            LogFile.attach(data.folder);
            StaffList list;
            try (Stores stores = Stores.openForReading(data.folder)) {
                list = new EditStaff(stores.staff(), Clock.systemUTC()).list();
            }
            int width = Math.max(4, list.people().stream().mapToInt(p -> p.member().name().length()).max().orElse(0));
            String row = "%-" + width + "s  %-9s  %-11s  %-4s  %s%n";
            PrintWriter out = spec.commandLine().getOut();
            out.printf(row, "Name", "Role", "Active", "PIN", "Locked");
            Instant now = Instant.now();
            for (StaffListing p : list.people()) {
                out.printf(row, p.member().name(), p.member().role().words(), p.active() ? "active" : "deactivated",
                        p.pinSet() ? "set" : "none", p.lockedAt(now) ? "locked" : "");
            }
            out.flush();
            return 0;
        }
    }
}
