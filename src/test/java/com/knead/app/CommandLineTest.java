package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.store.Stores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code knead} command line: each subcommand works, and bad input gets one plain line and a non-zero exit. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int knead(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void helpListsEveryCommand() {
        CommandLine cli = Main.commandLine("--help");
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("run", "demo", "receipt", "report");
    }

    @Test
    void unknownOptionIsOnePlainLine() {
        assertThat(knead("demo", "--bogus")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("knead: Unknown option: '--bogus'").doesNotContain("\n");
    }

    @Test
    void badDateIsOnePlainLine() {
        assertThat(knead("report", "eod", "--data", data(), "--date", "2026-13-01", "--pdf", "x.pdf")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("'2026-13-01' is not a date").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void missingSaleIsOnePlainLine() {
        assertThat(knead("receipt", "--data", data(), "--sale", "99", "--pdf", dir.resolve("r.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("knead: There is no sale with receipt number 000099.");
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void notAReceiptNumberIsOnePlainLine() {
        assertThat(knead("receipt", "--data", data(), "--sale", "abc", "--pdf", "r.pdf")).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("knead: \"abc\" is not a receipt number");
    }

    @Test
    void demoHistoryThenReceiptAndEndOfDayPdfs() throws IOException {
        assertThat(knead("demo", "--data", data(), "--days", "3", "--seed", "7")).isZero();
        LocalDate yesterday;
        String total;
        try (Stores stores = Stores.open(Path.of(data()))) {
            yesterday = LocalDate.now(stores.clinic().zone()).minusDays(1);
            assertThat(stores.sales().forDay(yesterday)).isNotEmpty();
            total = stores.endOfDay(yesterday).total().plain();
        }
        Path eod = dir.resolve("eod.pdf");
        assertThat(knead("report", "eod", "--data", data(), "--date", yesterday.toString(), "--pdf", eod.toString()))
                .isZero();
        assertThat(text(eod)).contains("Knead Demo Clinic", "End of day", total);

        Path receipt = dir.resolve("receipt.pdf");
        assertThat(knead("receipt", "--data", data(), "--sale", "1", "--pdf", receipt.toString())).isZero();
        assertThat(text(receipt)).contains("Knead Demo Clinic", "000001");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void demoRefusesToAddHistoryTwice() {
        assertThat(knead("demo", "--data", data(), "--days", "2", "--seed", "1")).isZero();
        assertThat(knead("demo", "--data", data(), "--days", "2", "--seed", "1")).isEqualTo(1);
        assertThat(err.toString()).contains("already has sales on");
    }

    @Test
    void sameSeedGivesTheSameHistory() {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(knead("demo", "--data", a.toString(), "--days", "4", "--seed", "42")).isZero();
        assertThat(knead("demo", "--data", b.toString(), "--days", "4", "--seed", "42")).isZero();
        assertThat(totals(a)).isEqualTo(totals(b)).isNotEmpty();
    }

    @Test
    void secondCopyOnTheSameDataIsToldPlainly() throws Exception {
        try (Stores running = Stores.open(Path.of(data()))) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "report", "eod", "--data", data(), "--date", "2026-11-20", "--pdf", dir.resolve("x.pdf").toString()));
            Process child = new ProcessBuilder(command).redirectErrorStream(false).start();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            child.getErrorStream().transferTo(stderr);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(1);
            String message = stderr.toString(StandardCharsets.UTF_8);
            assertThat(message).contains("knead: Knead is already running on this data folder")
                    .doesNotContain("Exception").doesNotContain("90020");
        }
    }

    private static List<String> totals(Path folder) {
        try (Stores stores = Stores.open(folder)) {
            LocalDate today = LocalDate.now(stores.clinic().zone());
            List<String> result = new ArrayList<>();
            for (int back = 1; back <= 4; back++) {
                var day = stores.endOfDay(today.minusDays(back));
                result.add(day.day() + " " + day.sales().size() + " " + day.total());
            }
            return result;
        }
    }

    private static String text(Path pdf) throws IOException {
        assertThat(Files.size(pdf)).isPositive();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
