package com.knead.usecase;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientIntake;
import com.knead.domain.Clinic;
import com.knead.domain.Consent;
import com.knead.domain.Refused;
import com.knead.report.IntakeReport;
import com.knead.report.PdfCopies;
import com.knead.store.ClearanceStore;
import com.knead.store.IntakeStore;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The therapist's intake summary of one visit as a PDF, with the body map drawn from the intake and
 * the physician clearance recorded for it: written by the desk (into the data folder's copies) and
 * by {@code knead intake}. Reads the database and writes a file, so it runs through the tasks.
 */
public final class IntakeSummary {

    /** Draws the body map with the pain marked; the picture is made by the screens' own drawing code. */
    @FunctionalInterface
    public interface BodyMap {
        BufferedImage draw(Map<BodyRegion, Integer> pain, int width, int height);
    }

    private final Clinic clinic;
    private final IntakeStore intakes;
    private final ClearanceStore clearances;
    private final IntakeReport report;
    private final PdfCopies copies;
    private final BodyMap bodyMap;

    public IntakeSummary(Clinic clinic, IntakeStore intakes, ClearanceStore clearances, IntakeReport report,
                         PdfCopies copies, BodyMap bodyMap) {
        this.clinic = clinic;
        this.intakes = intakes;
        this.clearances = clearances;
        this.report = report;
        this.copies = copies;
        this.bodyMap = bodyMap;
    }

    /**
     * Writes the summary of visit {@code queueNumber} of {@code day}, with its physician clearance;
     * refuses plainly when it had no intake.
     */
    public void write(LocalDate day, int queueNumber, Path pdf) {
        ClientIntake found = intakes.forVisit(day, queueNumber).orElseThrow(() -> new Refused(
                "Visit " + queueNumber + " of " + day + " does not exist or was checked in without an intake."));
        report.writePdf(clinic, found.client(), found.intake(), clearances.latest(day, queueNumber),
                intakes.askedIn(found.intake().id()),
                Consent.TEXT, bodyMap.draw(found.intake().answers().pain(), 600, 670), day, pdf);
    }

    /** Writes the summary into the data folder's copies and returns where. */
    public Path writeCopy(LocalDate day, int queueNumber) {
        Path pdf = copies.intake(day, queueNumber);
        write(day, queueNumber, pdf);
        return pdf;
    }
}
