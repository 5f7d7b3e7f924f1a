package com.knead.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** One command run in this JVM: its exit code and what it printed, System.out included (some commands print there). */
record CommandRun(int code, String printed) {

    static CommandRun of(StringWriter err, String... args) {
        PrintStream was = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = Main.commandLine(args);
            cli.setErr(new PrintWriter(err, true));
            cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
            return new CommandRun(cli.execute(args), printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(was);
        }
    }
}
