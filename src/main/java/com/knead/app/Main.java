package com.knead.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code knead}: the one entry point. Without a subcommand it runs the windows. */
@Command(name = "knead", mixinStandardHelpOptions = true, versionProvider = KneadVersion.class,
        description = "Front desk and self check-in kiosk for massage clinics.",
        subcommands = {RunCommand.class, DemoCommand.class, ReceiptCommand.class, ReportCommand.class})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // No subcommand: the same as "knead run" with its defaults.
        return spec.commandLine().getSubcommands().get("run").execute();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((e, args) -> {
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
