package com.knead.usecase;

import com.knead.report.EndOfDayReport;
import com.knead.report.PdfCopies;
import com.knead.report.ReportTemplates;
import com.knead.store.Stores;
import java.time.Clock;

/** The use cases of the owner's office, built once at start-up and handed to its window. */
public record OfficeServices(Approvals approvals, SaveEndOfDay endOfDay, PrinterChoice printers,
                             ChangePrice prices, EditModalities modalities) {

    /** The office's services over the open data folder, on the computer's clock. */
    public static OfficeServices over(Stores stores, ReportTemplates templates) {
        return over(stores, templates, Clock.systemDefaultZone());
    }

    /** The same on {@code clock} (a test's). */
    public static OfficeServices over(Stores stores, ReportTemplates templates, Clock clock) {
        return new OfficeServices(new Approvals(stores.staff()),
                new SaveEndOfDay(new EndOfDayFigures(stores), new EndOfDayReport(templates),
                        new PdfCopies(stores.folder()), stores.clinic().zone()),
                new PrinterChoice(stores),
                new ChangePrice(stores.catalog(), stores.clinic(), clock),
                new EditModalities(stores.catalog(), stores.clinic(), clock));
    }
}
