package com.knead.app;

import com.knead.domain.ClientIntake;
import com.knead.domain.Consent;
import com.knead.domain.Refused;
import com.knead.report.IntakeReport;
import com.knead.report.ReportTemplates;
import com.knead.store.Stores;
import com.knead.ui.touch.BodyMapPicture;
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
            ClientIntake found = stores.intakes().forVisit(day, visit).orElseThrow(() -> new Refused(
                    "Visit " + visit + " of " + day + " does not exist or was checked in without an intake."));
            new IntakeReport(new ReportTemplates()).writePdf(stores.clinic(), found.client(), found.intake(),
                    stores.intakes().form(), Consent.TEXT, BodyMapPicture.image(found.intake().answers().pain(), 600, 670),
                    day, pdf);
        }
        System.out.println("Wrote the intake summary of visit " + visit + " to " + pdf.toAbsolutePath());
        return 0;
    }
}
