package com.knead.usecase;

import com.knead.domain.EndOfDay;
import com.knead.report.EndOfDayReport;
import com.knead.report.PdfCopies;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The office saves the end-of-day report of a business day as a PDF in the data folder. */
public final class SaveEndOfDay {

    private final EndOfDayFigures figures;
    private final EndOfDayReport report;
    private final PdfCopies copies;
    private final ZoneId zone;

    public SaveEndOfDay(EndOfDayFigures figures, EndOfDayReport report, PdfCopies copies, ZoneId zone) {
        this.figures = figures;
        this.report = report;
        this.copies = copies;
        this.zone = zone;
    }

    /** The figures written, and where. */
    public record Written(EndOfDay figures, Path pdf) {
    }

    /** Today in the clinic's zone, the day the office offers first. */
    public LocalDate today() {
        return LocalDate.ofInstant(Instant.now(), zone);
    }

    public Written save(LocalDate day) {
        EndOfDay of = figures.of(day);
        Path pdf = copies.endOfDay(day);
        report.writePdf(of, pdf);
        return new Written(of, pdf);
    }
}
