package com.knead.app;

import com.knead.store.Stores;
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
        subcommands = {CentralCommand.Init.class, CentralCommand.Connect.class})
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

    @Command(name = "connect", mixinStandardHelpOptions = true,
            description = "Keep the central database's address, user and password for this clinic's syncs "
                    + "(the password in a file only you may read, outside the data folder); checks it answers first.")
    static final class Connect implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataFolderOption data;

        @Mixin
        CentralOptions central;

        @Override
        public Integer call() throws IOException {
            LogFile.attach(data.folder);
            var address = central.address();
            CentralStore.connect(address).close();
            try (Stores stores = Stores.open(data.folder)) {
                CentralSettings.keep(stores, address);
                PrintWriter out = spec.commandLine().getOut();
                out.println("This clinic syncs with " + address.where() + " as " + address.user()
                        + (address.verified() ? " over TLS, the server verified by " + address.caFile() : "")
                        + "; the password is kept in " + CentralSettings.passwordFile(stores) + ".");
                out.flush();
            }
            return 0;
        }
    }
}
