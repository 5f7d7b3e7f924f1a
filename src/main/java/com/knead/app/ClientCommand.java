package com.knead.app;

import com.knead.report.ClientHistoryReport;
import com.knead.report.ReportTemplates;
import com.knead.store.ClientStore;
import com.knead.store.Stores;
import com.knead.usecase.ClientHistory;
import com.knead.usecase.ClientRecord;
import com.knead.usecase.PinCheck;
import com.knead.usecase.SessionNotes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code knead client find TEXT} and {@code knead client show ID [--pdf FILE]}: clients looked up and
 * one client's record printed or written as an A4 history. Whoever runs the command holds the data
 * folder, so it reads as the owner does; each search and opening is in the audit log.
 */
@Command(name = "client", mixinStandardHelpOptions = true, description = "Find clients and show a client's record.",
        subcommands = {ClientCommand.Find.class, ClientCommand.Show.class})
final class ClientCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: find TEXT or show ID");
    }

    private static ClientRecord records(Stores stores) {
        PinCheck pins = new PinCheck(stores.staff(), stores.audit(), Clock.systemUTC(), stores.clinic().zone());
        return new ClientRecord(stores, new SessionNotes(stores.notes(), pins, stores.audit(), Clock.systemUTC()),
                Clock.systemUTC());
    }

    @Command(name = "find", mixinStandardHelpOptions = true,
            description = "List the clients whose name, phone number or date of birth (YYYY-MM-DD) matches TEXT.")
    static final class Find implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataFolderOption data;

        @Parameters(paramLabel = "TEXT", description = "Part of a name, a phone number or a date of birth.")
        String text;

        @Override
        public Integer call() {
            if (text.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "type part of a name, a phone number or a date of birth");
            }
            LogFile.attach(data.folder);
            PrintWriter out = spec.commandLine().getOut();
            try (Stores stores = Stores.open(data.folder)) {
                List<ClientStore.Listing> found = records(stores).find(text, null, "command line");
                for (ClientStore.Listing client : found) {
                    out.println(client.id() + "  " + client.details().name() + "  "
                            + ClientHistory.contactLine(client.details())
                            + (client.lastVisit() == null ? "" : "  · last visit " + client.lastVisit()));
                }
                out.println(found.isEmpty() ? "No client matches \"" + text.strip() + "\"."
                        : found.size() + (found.size() == 1 ? " client" : " clients")
                        + (found.size() == ClientStore.MOST_FOUND ? " (the first " + ClientStore.MOST_FOUND
                        + "; type more to narrow it)" : "") + ". Show one with: knead client show ID");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print a client's record, or write it as an A4 PDF for a physician or the client.")
    static final class Show implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataFolderOption data;

        @Parameters(paramLabel = "ID", description = "The client's number, as 'knead client find' lists it.")
        String id;

        @Option(names = "--pdf", paramLabel = "FILE", description = "Write the history to this PDF instead.")
        Path pdf;

        @Override
        public Integer call() {
            UUID client;
            try {
                client = UUID.fromString(id.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'" + id
                        + "' is not a client number; 'knead client find TEXT' lists them");
            }
            LogFile.attach(data.folder);
            PrintWriter out = spec.commandLine().getOut();
            try (Stores stores = Stores.open(data.folder)) {
                ClientRecord.Record record = records(stores).open(client, null, "command line");
                if (pdf != null) {
                    new ClientHistory(stores.clinic(), new ClientHistoryReport(new ReportTemplates()), Clock.systemUTC())
                            .writePdf(record, pdf);
                    ExportLog.written(stores, "The history of client " + client + " as PDF", pdf);
                    out.println("Wrote the history of " + record.contact().name() + " to " + pdf.toAbsolutePath());
                } else {
                    ClientHistory.textLines(record).forEach(out::println);
                }
            }
            out.flush();
            return 0;
        }
    }
}
