package com.knead.app;

import com.knead.sync.CentralStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code knead central init --url …}: makes or migrates the central database's schema. */
@Command(name = "central", mixinStandardHelpOptions = true,
        description = "The central PostgreSQL database the clinics sync with.",
        subcommands = {CentralCommand.Init.class})
final class CentralCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create the central schema, or bring it to this version of Knead (run it again at will).")
    static final class Init implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CentralOptions central;

        @Override
        public Integer call() throws IOException {
            var address = central.address();
            String version = CentralStore.migrate(address);
            PrintWriter out = spec.commandLine().getOut();
            out.println("The central database at " + address.where() + " is ready for Knead (schema version "
                    + version + ").");
            out.flush();
            return 0;
        }
    }
}
