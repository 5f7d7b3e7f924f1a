package com.knead.app;

import com.knead.report.IntakeReport;
import com.knead.report.ReportTemplates;
import com.knead.store.Stores;
import com.knead.report.PdfCopies;
import com.knead.ui.touch.BodyMapPicture;
import com.knead.usecase.IntakeSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code knead intake --visit N [--date D] --pdf FILE}: the therapist's intake summary of a visit. */
@Command(name = "intake", mixinStandardHelpOptions = true,
        description = "Write the therapist's intake summary of a visit (by its queue number) as a PDF.")
final class IntakeCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Option(names = "--visit", required = true, paramLabel = "NUMBER", description = "The visit's queue number that day.")
    int visit;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = ReportCommand.DayConverter.class,
            description = "The business day of the visit (default: today).")
    LocalDate date;

    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "Where to write the PDF.")
    Path pdf;

    @Override
    public Integer call() {
        LogFile.attach(data.folder);
        try (Stores stores = Stores.open(data.folder)) {
            LocalDate day = date != null ? date : LocalDate.now(stores.clinic().zone());
            new IntakeSummary(stores.clinic(), stores.intakes(), stores.clearances(),
                    new IntakeReport(new ReportTemplates()), new PdfCopies(stores.folder()), BodyMapPicture::image)
                    .write(day, visit, pdf);
            ExportLog.written(stores, "The intake summary of visit " + visit + " of " + day + " as PDF", pdf);
        }
        System.out.println("Wrote the intake summary of visit " + visit + " to " + pdf.toAbsolutePath());
        return 0;
    }
}
