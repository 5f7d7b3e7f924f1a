package com.knead.usecase;

import com.knead.report.CloseOfDayReport;

import com.knead.report.ReceiptPrinter;

import com.knead.report.EndOfDayReport;
import com.knead.report.PdfCopies;
import com.knead.report.ReportTemplates;
import com.knead.report.SalesReport;
import com.knead.store.Stores;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The use cases of the owner's office, built once at start-up and handed to its window. */
public record OfficeServices(Approvals approvals, SaveEndOfDay endOfDay, PrinterChoice printers, OfficeDoor door,
                             EditStaff staff, ChangePin pins, AuditLog audit, ExportAudit export,
                             ClinicSettings settings, RedFlagRules redFlags, IntakeQuestions intakeQuestions,
                             ChangePrice prices,
                             EditModalities modalities, EditPrepaidOffers prepaidOffers, CloseDay closeDay,
                             CloseOfDayPaper closePaper, SaveSalesRange salesRange, ClinicSync sync,
                             RestoreBackup restore, DiskWatch disk) {

    /** The office's services over the open data folder, on the computer's clock. */
    public static OfficeServices over(Stores stores, ReportTemplates templates) {
        return over(stores, templates, Clock.systemUTC());
    }

    public static OfficeServices over(Stores stores, ReportTemplates templates, Clock clock) {
        return over(stores, templates, clock, SyncWithCentre.usualWaits());
    }

    /** The same, a sync with the centre retrying a passing problem after {@code syncWaits} (tests wait less). */
    public static OfficeServices over(Stores stores, ReportTemplates templates, Clock clock, List<Duration> syncWaits) {
        return over(stores, templates, clock, syncWaits, RestoreBackup.Restart.NONE);
    }

    /** The same, a restore from the office handed to {@code restart} (Knead's windows close, restore and reopen). */
    public static OfficeServices over(Stores stores, ReportTemplates templates, Clock clock, List<Duration> syncWaits,
                                      RestoreBackup.Restart restart) {
        PinCheck pinCheck = new PinCheck(stores.staff(), stores.audit(), clock, stores.clinic().zone());
        AuditLog audit = new AuditLog(stores.audit(), stores.staff(), stores.clinic().zone());
        CloseDay closeDay = new CloseDay(stores, pinCheck, clock);
        return new OfficeServices(new Approvals(stores.staff()),
                new SaveEndOfDay(new EndOfDayFigures(stores), new EndOfDayReport(templates),
                        new PdfCopies(stores.folder()), stores.clinic().zone()),
                new PrinterChoice(stores),
                new OfficeDoor(stores.staff(), pinCheck, stores.audit(), clock),
                new EditStaff(stores.staff(), clock),
                new ChangePin(stores.staff(), pinCheck, clock),
                audit,
                new ExportAudit(audit, stores.audit(), stores.staff(), clock),
                new ClinicSettings(stores, clock), new RedFlagRules(stores, clock), new IntakeQuestions(stores, clock),
                new ChangePrice(stores.catalog(), stores.clinic(), clock),
                new EditModalities(stores.catalog(), stores.clinic(), clock),
                new EditPrepaidOffers(stores.catalog(), stores.clinic(), clock), closeDay,
                new CloseOfDayPaper(closeDay, new CloseOfDayReport(templates, clock), new PdfCopies(stores.folder()),
                        stores.settings(), new ReceiptPrinter(), clock),
                new SaveSalesRange(stores, new SalesReport(templates, clock), clock), new ClinicSync(stores, clock, syncWaits,
                        wait -> Thread.sleep(wait.toMillis())), new RestoreBackup(stores, restart),
                DiskWatch.of(stores, clock));
    }
}
