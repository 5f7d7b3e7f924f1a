package com.knead.ui.touch;

import com.knead.domain.ClientIntake;
import com.knead.domain.Consent;
import com.knead.domain.Refused;
import com.knead.report.IntakeReport;
import com.knead.report.PdfCopies;
import com.knead.store.Stores;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The therapist's intake summary of one visit as a PDF, with the body map drawn from the intake:
 * written by the desk (into the data folder) and by {@code knead intake}. Runs off the EDT.
 */
public final class IntakeSummaryPdf {

    private final Stores stores;
    private final IntakeReport report;

    public IntakeSummaryPdf(Stores stores, IntakeReport report) {
        this.stores = stores;
        this.report = report;
    }

    /**
     * Writes the summary of visit {@code queueNumber} of {@code day}, with its physician clearance;
     * refuses plainly when it had no intake.
     */
    public void write(LocalDate day, int queueNumber, Path pdf) {
        ClientIntake found = stores.intakes().forVisit(day, queueNumber).orElseThrow(() -> new Refused(
                "Visit " + queueNumber + " of " + day + " does not exist or was checked in without an intake."));
        report.writePdf(stores.clinic(), found.client(), found.intake(), stores.clearances().latest(day, queueNumber),
                stores.intakes().form(), Consent.TEXT,
                BodyMapPicture.image(found.intake().answers().pain(), 600, 670), day, pdf);
    }

    /** Writes the summary into the data folder's copies and returns where. */
    public Path writeCopy(LocalDate day, int queueNumber) {
        Path pdf = new PdfCopies(stores.folder()).intake(day, queueNumber);
        write(day, queueNumber, pdf);
        return pdf;
    }
}
