package com.knead.app;

import com.knead.store.Stores;
import com.knead.store.SyncStore;
import com.knead.usecase.SyncWithCentre;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code knead sync --url …}: pushes what waits to the central database and pulls what the centre
 * owns, with progress on the console. Exit 0 when everything went, 1 when the centre could not be
 * reached or refused (one plain line says why; what waits goes next time).
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync with the central database now: push what is waiting, pull the price list and clients.")
final class SyncCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Mixin
    CentralOptions central;

    @Option(names = "--no-retry", description = "Give up at the first problem instead of trying again after 1, 4 and 16 s.")
    boolean noRetry;

    @Option(names = "--status", description = "Only say how the syncs stand: the last success, what waits, the last problem.")
    boolean status;

    @Override
    public Integer call() throws Exception {
        LogFile.attach(data.folder);
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = Stores.open(data.folder)) {
            if (status) {
                SyncStore.State state = stores.sync().state();
                out.println("Last success: " + state.lastSuccess().map(Object::toString).orElse("never"));
                out.println("Waiting to go: " + state.waiting() + " records");
                out.println("Last problem: " + (state.lastProblem().isEmpty() ? "none" : state.lastProblem()));
                out.flush();
                return 0;
            }
            var address = CentralSettings.given(central, stores);
            SyncWithCentre sync = new SyncWithCentre(stores.sync(), address, stores.clinic().name(), Clock.systemUTC(),
                    noRetry ? List.of() : SyncWithCentre.usualWaits(), duration -> Thread.sleep(duration.toMillis()));
            SyncWithCentre.Done done = sync.run((pushed, of) -> {
                out.println("Pushed " + pushed + " of " + of);
                out.flush();
            });
            out.println("Synced with " + address.where() + ": " + done.pushed() + " records pushed, " + done.prices()
                    + " prices and " + done.clients() + " clients pulled.");
            if (done.catalog() > 0) {
                out.println(done.catalog() + " changes of services, add-ons or staff made at the centre were taken "
                        + "(see the audit log).");
            }
            if (done.late() > 0) {
                out.println(done.late() + " of them were for a day the centre had already closed; it kept them and "
                        + "lists them as late.");
            }
            if (done.unknownItems() > 0) {
                out.println(done.unknownItems() + " central prices are for services this clinic does not offer; "
                        + "they were left out.");
            }
        }
        out.flush();
        return 0;
    }
}
