package com.knead.app;

import com.knead.domain.DrawerCount;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.TypedAmount;
import com.knead.report.CloseOfDayReport;
import com.knead.report.PdfCopies;
import com.knead.report.ReceiptPrinter;
import com.knead.report.ReportTemplates;
import com.knead.store.Stores;
import com.knead.usecase.CloseDay;
import com.knead.usecase.CloseOfDayPaper;
import com.knead.usecase.PinCheck;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code knead close --date D --counted AMOUNT --as NAME}: closes a business day with its Z. */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Close a business day: the drawer as counted, the Z numbered and saved as PDF.")
final class CloseCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = ReportCommand.DayConverter.class,
            description = "The business day to close.")
    LocalDate date;

    @Option(names = "--counted", required = true, paramLabel = "AMOUNT", description = "The cash counted in the drawer.")
    String counted;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "",
            description = "Why the drawer is over or short (required when it is).")
    String reason;

    @Option(names = "--as", required = true, paramLabel = "NAME",
            description = "Who closes the day (someone whose role may close it), as on the staff list.")
    String who;

    @Option(names = "--pin-file", paramLabel = "FILE",
            description = "A file holding that person's PIN (default: read the PIN from standard input).")
    Path pinFile;

    @Override
    public Integer call() throws IOException {
        LogFile.attach(data.folder);
        PrintWriter out = spec.commandLine().getOut();
        String pin = pin();
        try (Stores stores = Stores.open(data.folder)) {
            StaffMember member = stores.staff().active().stream().filter(m -> m.name().equalsIgnoreCase(who.strip()))
                    .findFirst().orElseThrow(() -> new Refused("Nobody called \"" + who.strip()
                            + "\" is on the staff list; write the name as 'knead staff list' shows it."));
            CloseDay closeDay = closeDay(stores);
            DrawerCount count = DrawerCount.ofTotal(TypedAmount.parse(counted, stores.clinic().currency()));
            CloseDay.Closed closed = closeDay.close(member, pin, date, count, reason);
            CloseOfDayPaper.Written paper = paper(stores).z(date, false);
            out.println("Closed " + date + " as " + closed.z().label() + ": net taken "
                    + closed.figures().endOfDay().netTaken().plain() + ", drawer expected "
                    + closed.z().drawer().expected().plain() + ", counted " + closed.z().drawer().counted().plain()
                    + " (" + closed.z().drawer().difference() + "). Saved " + paper.pdf().toAbsolutePath());
        }
        out.flush();
        return 0;
    }

    /** Closing the day over the open folder, on the computer's clock. */
    static CloseDay closeDay(Stores stores) {
        Clock clock = Clock.systemUTC();
        return new CloseDay(stores, new PinCheck(stores.staff(), stores.audit(), clock, stores.clinic().zone()), clock);
    }

    /** The Z and X on paper over the open folder, on the computer's clock. */
    static CloseOfDayPaper paper(Stores stores) {
        Clock clock = Clock.systemUTC();
        return new CloseOfDayPaper(closeDay(stores), new CloseOfDayReport(new ReportTemplates(), clock),
                new PdfCopies(stores.folder()), stores.settings(), new ReceiptPrinter(), clock);
    }

    private String pin() throws IOException {
        if (pinFile != null) {
            if (!Files.isReadable(pinFile)) {
                throw new Refused("Cannot read the PIN file " + pinFile + ".");
            }
            return Files.readString(pinFile, StandardCharsets.UTF_8).strip();
        }
        if (System.console() != null) {
            char[] typed = System.console().readPassword("PIN of %s: ", who);
            return typed == null ? "" : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line.strip();
    }
}
