package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the terminal shows when a command fails in an unexpected way (a damaged database, a failed
 * upgrade): one line that says so, and no stack trace; the detail is for the log file.
 */
class LogConsoleTest {

    @Test
    void anErrorReachesTheTerminalAsOneLineWithoutItsStackTrace() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream before = System.err;
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
            new LogConsole().configure(context);
            context.getLogger("com.knead.app.PlainFailure").error("Command failed",
                    new IllegalStateException("Table VISIT not found", new RuntimeException("deeper")));
            context.getLogger("com.knead.app.Main").info("not for the terminal");
        } finally {
            context.stop();
            System.setErr(before);
        }

        String shown = terminal.toString(StandardCharsets.UTF_8);
        assertThat(shown.lines()).hasSize(1);
        assertThat(shown).contains("ERROR", "Command failed").doesNotContain("\tat ", "Exception", "Caused by", "deeper");
    }
}
