package com.knead.app;

import com.knead.domain.DayFigures;
import com.knead.domain.EndOfDay;
import com.knead.domain.SalesRange;
import com.knead.report.EndOfDayReport;
import com.knead.report.ReportTemplates;
import com.knead.report.SalesReport;
import com.knead.store.Stores;
import com.knead.sync.CentralAddress;
import com.knead.usecase.CentralSalesForRange;
import com.knead.usecase.CloseDay;
import com.knead.usecase.CloseOfDayPaper;
import com.knead.usecase.EndOfDayFigures;
import com.knead.usecase.ReportProgress;
import com.knead.usecase.SaveSalesRange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code knead report …}: the owner's reports. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write reports as PDF.",
        subcommands = {ReportCommand.EndOfDayCommand.class, ReportCommand.SalesCommand.class, ReportCommand.ZCommand.class,
                ReportCommand.XCommand.class})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a report, for example 'eod'.");
    }

    /** {@code knead report eod --date YYYY-MM-DD --pdf FILE}. */
    @Command(name = "eod", mixinStandardHelpOptions = true, description = "Write the end-of-day report of a business day.")
    static final class EndOfDayCommand implements Callable<Integer> {

        @Mixin
        DataFolderOption data;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
                description = "The business day.")
        LocalDate date;

        @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "Where to write the PDF.")
        Path pdf;

        @Override
        public Integer call() {
            LogFile.attach(data.folder);
            EndOfDay day;
            try (Stores stores = Stores.openForReading(data.folder)) {
                day = new EndOfDayFigures(stores).of(date);
                new EndOfDayReport(new ReportTemplates()).writePdf(day, pdf);
                ExportLog.written(stores, "The end of day of " + date + " as PDF", pdf);
            }
            String voided = day.voided().isEmpty() ? "" : ", " + day.voided().size() + " voided";
            System.out.println("Wrote the end of day for " + date + " (" + day.salesKept() + " sales" + voided
                    + ", net taken " + day.netTaken().plain() + ") to " + pdf.toAbsolutePath());
            return 0;
        }
    }

    /** {@code knead report sales --from D --to D [--pdf FILE] [--csv FILE]}. */
    @Command(name = "sales", mixinStandardHelpOptions = true,
            description = "The sales of a range of days: by day, modality, therapist and tender, tips for payroll, new and returning clients.")
    static final class SalesCommand implements Callable<Integer> {

        @Mixin
        DataFolderOption data;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
                description = "The first business day.")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
                description = "The last business day (a day after today stops at today).")
        LocalDate to;

        @Option(names = "--pdf", paramLabel = "FILE", description = "Write the report as a PDF (A4).")
        Path pdf;

        @Option(names = "--csv", paramLabel = "FILE", description = "Write the figures as CSV (UTF-8, RFC 4180).")
        Path csv;

        @Option(names = "--central", description = "Report every clinic that has synced, from the central database "
                + "(the one kept by 'knead central connect', or --url): the whole, then each clinic.")
        boolean centralReport;

        @Mixin
        CentralOptions central;

        @Override
        public Integer call() throws java.io.IOException {
            LogFile.attach(data.folder);
            if (centralReport) {
                return central();
            }
            SalesRange range;
            try (Stores stores = Stores.openForReading(data.folder)) {
                SaveSalesRange sales = new SaveSalesRange(stores, new SalesReport(new ReportTemplates(), Clock.systemUTC()),
                        Clock.systemUTC());
                range = sales.read(from, to, ReportProgress.NONE);
                String what = "The sales of " + range.from() + " to " + range.to();
                if (pdf != null) {
                    sales.savePdf(range, pdf);
                    ExportLog.written(stores, what + " as PDF", pdf);
                }
                if (csv != null) {
                    sales.saveCsv(range, csv);
                    ExportLog.written(stores, what + " as CSV", csv);
                }
            }
            System.out.println("Sales " + summary(range));
            return 0;
        }

        private Integer central() throws java.io.IOException {
            CentralAddress address;
            if (central.url != null) {
                address = central.address();
            } else {
                try (Stores stores = Stores.openForReading(data.folder)) {
                    address = CentralSettings.given(central, stores);
                }
            }
            CentralSalesForRange sales = new CentralSalesForRange(address, Clock.systemUTC());
            CentralSalesForRange.Report report = sales.of(from, to);
            if (pdf != null) {
                sales.savePdf(report, new SalesReport(new ReportTemplates(), Clock.systemUTC()), pdf);
            }
            if (csv != null) {
                sales.saveCsv(report, csv);
            }
            System.out.println("Sales of " + report.locations().size() + " clinics at " + address.where() + ", "
                    + summary(report.all()));
            return 0;
        }

        private String summary(SalesRange range) {
            SalesRange.Day whole = range.whole();
            return range.from() + " to " + range.to() + ": " + whole.sales() + " sales, total "
                    + whole.total().plain() + ", tips " + whole.tips().plain() + ", refunds " + whole.refunded().plain()
                    + ", net taken " + whole.netTaken().plain() + "; " + range.clients().fresh() + " new and "
                    + range.clients().returning() + " returning clients"
                    + (pdf == null ? "" : "; PDF " + pdf.toAbsolutePath())
                    + (csv == null ? "" : "; CSV " + csv.toAbsolutePath());
        }
    }

    /** {@code knead report z --date YYYY-MM-DD [--pdf FILE]}: the Z of a closed day. */
    @Command(name = "z", mixinStandardHelpOptions = true,
            description = "Write the Z of a closed business day (default: into the data folder's reports, A4 and 80 mm).")
    static final class ZCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataFolderOption data;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
                description = "The business day.")
        LocalDate date;

        @Option(names = "--pdf", paramLabel = "FILE", description = "Where to write the PDF (A4).")
        Path pdf;

        @Override
        public Integer call() {
            LogFile.attach(data.folder);
            PrintWriter out = spec.commandLine().getOut();
            try (Stores stores = Stores.openForReading(data.folder)) {
                CloseOfDayPaper paper = CloseCommand.paper(stores);
                if (pdf != null) {
                    CloseDay.Closed closed = paper.zTo(date, pdf);
                    ExportLog.written(stores, closed.z().label() + " of " + date + " as PDF", pdf);
                    out.println("Wrote " + closed.z().label() + " of " + date + " (net taken "
                            + closed.figures().endOfDay().netTaken().plain() + ") to " + pdf.toAbsolutePath());
                } else {
                    CloseOfDayPaper.Written written = paper.z(date, false);
                    ExportLog.written(stores, written.title() + " of " + date + " as PDF", written.pdf(), written.roll());
                    out.println("Wrote " + written.title() + " of " + date + " to " + written.pdf().toAbsolutePath()
                            + " and " + written.roll().getFileName());
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code knead report x [--pdf FILE]}: today's figures so far, closing nothing. */
    @Command(name = "x", mixinStandardHelpOptions = true,
            description = "Write the X: today's figures so far (not a Z; it closes nothing).")
    static final class XCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataFolderOption data;

        @Option(names = "--pdf", paramLabel = "FILE", description = "Where to write the PDF (A4).")
        Path pdf;

        @Override
        public Integer call() {
            LogFile.attach(data.folder);
            PrintWriter out = spec.commandLine().getOut();
            try (Stores stores = Stores.openForReading(data.folder)) {
                CloseOfDayPaper paper = CloseCommand.paper(stores);
                if (pdf != null) {
                    DayFigures now = paper.xTo(pdf);
                    ExportLog.written(stores, "The X of " + now.day() + " so far as PDF", pdf);
                    out.println("Wrote the X of " + now.day() + " so far (not a Z; net taken "
                            + now.endOfDay().netTaken().plain() + ") to " + pdf.toAbsolutePath());
                } else {
                    CloseOfDayPaper.Written written = paper.x(false);
                    ExportLog.written(stores, "The " + written.title() + " so far as PDF", written.pdf());
                    out.println("Wrote the " + written.title() + " so far (not a Z) to " + written.pdf().toAbsolutePath());
                }
            }
            out.flush();
            return 0;
        }
    }

    /** Reads a day as YYYY-MM-DD with a plain message for anything else. */
    static final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a date; write it as YYYY-MM-DD, for example 2026-11-20");
            }
        }
    }
}
