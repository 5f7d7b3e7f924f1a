package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.store.Stores;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code knead report} while Knead's windows hold the data folder: a second process (a child JVM
 * holding the folder and answering on its socket) gives the report a consistent copy, with the sale
 * it recorded after it opened; a holder that does not answer still gets the plain "already running".
 */
class ReportWhileRunningTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @Test
    @Timeout(120)
    void aReportIsWrittenWhileAnotherProcessHoldsTheFolder() throws Exception {
        Path data = dir.resolve("data");
        assertThat(knead("demo", "--days", "3", "--data", data.toString()).code()).isZero();
        LocalDate yesterday = LocalDate.now().minusDays(1);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                HoldsTheFolderChild.class.getName(), data.toString(), yesterday.toString())
                .redirectError(dir.resolve("child-errors.txt").toFile()).start();
        String whileRunning;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).as("the child's errors: %s", errors()).isEqualTo("serving");

            CommandRun report = knead("report", "eod", "--date", yesterday.toString(), "--pdf", dir.resolve("eod.pdf").toString(),
                    "--data", data.toString());
            assertThat(report.code()).as("the report's errors: %s", err).isZero();
            whileRunning = report.printed();
            assertThat(dir.resolve("eod.pdf")).isNotEmptyFile();

            // The other commands that only read work too: the Z and the X, verify, the price and staff lists.
            CommandRun z = knead("report", "z", "--date", yesterday.toString(), "--pdf", dir.resolve("z.pdf").toString(),
                    "--data", data.toString());
            assertThat(z.code()).as("the Z's errors: %s", err).isZero();
            assertThat(z.printed()).startsWith("Wrote Z ").contains(" of " + yesterday);
            assertThat(dir.resolve("z.pdf")).isNotEmptyFile();
            CommandRun x = knead("report", "x", "--pdf", dir.resolve("x.pdf").toString(), "--data", data.toString());
            assertThat(x.code()).as("the X's errors: %s", err).isZero();
            assertThat(x.printed()).startsWith("Wrote the X of ");
            CommandRun verify = knead("verify", "--data", data.toString());
            assertThat(verify.code()).as("verify: %s %s", verify.printed(), err).isZero();
            CommandRun prices = knead("prices", "list", "--data", data.toString());
            assertThat(prices.code()).as("the price list's errors: %s", err).isZero();
            assertThat(prices.printed()).contains("Swedish");
            CommandRun staff = knead("staff", "list", "--data", data.toString());
            assertThat(staff.code()).as("the staff list's errors: %s", err).isZero();
            assertThat(staff.printed()).contains("owner");
            assertThat(err.toString()).as("nothing refused while it runs").doesNotContain("already running");
        } finally {
            child.getOutputStream().close();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("the child's errors: %s", errors()).isZero();

        // Closed, the folder gives the same figures opened directly: the copy held the child's sale too.
        CommandRun afterwards = knead("report", "eod", "--date", yesterday.toString(), "--pdf", dir.resolve("eod-2.pdf").toString(),
                "--data", data.toString());
        assertThat(afterwards.code()).isZero();
        assertThat(whileRunning).contains("Wrote the end of day for " + yesterday).isEqualTo(afterwards.printed()
                .replace("eod-2.pdf", "eod.pdf"));
        assertThat(data.resolve("knead.sock")).as("the socket goes with the holder").doesNotExist();
    }

    @Test
    void aHolderThatDoesNotAnswerStillMeansAlreadyRunning() {
        Path data = dir.resolve("data");
        try (Stores held = Stores.open(data)) {
            CommandRun report = knead("report", "eod", "--date", "2026-01-05", "--pdf", dir.resolve("eod.pdf").toString(),
                    "--data", data.toString());
            assertThat(report.code()).isNotZero();
            assertThat(err.toString()).contains("Knead is already running on this data folder").doesNotContain("\tat ");
        }
    }

    private CommandRun knead(String... args) {
        return CommandRun.of(err, args);
    }

    private String errors() throws java.io.IOException {
        Path file = dir.resolve("child-errors.txt");
        return Files.exists(file) ? String.join("\n", Files.readAllLines(file)) : "";
    }
}
