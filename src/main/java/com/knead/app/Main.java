package com.knead.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code knead}: the one entry point. Without a subcommand it runs the windows. */
@Command(name = "knead", mixinStandardHelpOptions = true, versionProvider = KneadVersion.class,
        description = "Front desk and self check-in kiosk for massage clinics.")
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // No subcommand: the same as "knead run" with its defaults.
        return spec.commandLine().getSubcommands().get("run").execute();
    }

    /** The subcommands, in the order help lists them, each made only when used (see {@link #subcommand}). */
    private static final List<String> SUBCOMMANDS = List.of("run", "setup", "demo", "receipt", "report", "close", "intake",
            "staff", "audit", "prices", "backup", "restore", "verify", "sync", "central", "client");

    /**
     * A new object for one subcommand. Made only when used: building picocli's model of all of them
     * cost ~0.25 s per start. A switch, not a map of constructor references: those were five lambdas
     * (and five classes loaded) on the main thread before the EDT could start, ~5 ms.
     */
    private static Object subcommand(String name) {
        return switch (name) {
            case "run" -> new RunCommand();
            case "setup" -> new SetupCommand();
            case "demo" -> new DemoCommand();
            case "receipt" -> new ReceiptCommand();
            case "report" -> new ReportCommand();
            case "close" -> new CloseCommand();
            case "intake" -> new IntakeCommand();
            case "backup" -> new BackupCommand();
            case "restore" -> new BackupCommand.Restore();
            case "staff" -> new StaffCommand();
            case "audit" -> new AuditCommand();
            case "prices" -> new PricesCommand();
            case "verify" -> new VerifyCommand();
            case "sync" -> new SyncCommand();
            case "central" -> new CentralCommand();
            case "client" -> new ClientCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    public static void main(String[] args) {
        if (args.length == 0 || "run".equals(args[0])) {
            // picocli's first use costs ~0.2 s; setting up the look and feel meanwhile on the EDT overlaps the two.
            KneadWindows.prepare();
            // No option of "run" (or of knead itself) is a date, a time or an SQL type, so picocli need
            // not look up its converters for those: that initialised java.time's formatters and ~80
            // classes on every start, ~20 ms beside the EDT.
            System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
        }
        System.exit(commandLine(args).execute(args));
    }

    /**
     * The configured command line for these arguments, also used by tests to run commands in-process:
     * the subcommand named first, or "run" when none is named, or every one when asked for help.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        String first = args.length == 0 ? "run" : args[0];
        if (SUBCOMMANDS.contains(first)) {
            cli.addSubcommand(first, subcommand(first));
        } else {
            for (String name : SUBCOMMANDS) {
                cli.addSubcommand(name, subcommand(name));
            }
        }
        cli.setParameterExceptionHandler((e, unmatched) -> {
            // One plain line, not the whole usage text.
            PrintWriter err = e.getCommandLine().getErr();
            err.println("knead: " + e.getMessage() + " (see 'knead " + subcommandPath(e.getCommandLine()) + "--help')");
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("knead: " + PlainFailure.sentence(e));
            err.flush();
            return 1;
        });
        return cli;
    }

    private static String subcommandPath(CommandLine commandLine) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = commandLine; c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + " ");
        }
        return path.toString();
    }
}
