package com.knead.usecase;

import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.SalesRange;
import com.knead.domain.StaffMember;
import com.knead.report.SalesCsv;
import com.knead.report.SalesReport;
import com.knead.store.Stores;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The sales of a range of days for the owner (the office's Reports tab and {@code knead report sales}):
 * read with progress and a way to cancel, then saved as a PDF or exported as CSV where the person chose.
 * Reading records nothing, so it runs beside the desk's and the kiosk's work; a file saved from the office
 * is logged as an export of the person who unlocked it (the command line logs its own, see
 * {@link CommandLineExports}).
 */
public final class SaveSalesRange {

    private final Stores stores;
    private final Clock clock;
    private final SalesForRange figures;
    private final SalesReport pdf;

    public SaveSalesRange(Stores stores, SalesReport pdf, Clock clock) {
        this.stores = stores;
        this.clock = clock;
        this.figures = new SalesForRange(stores, clock);
        this.pdf = pdf;
    }

    /** The clinic's business day now: a range reaching past it stops there. */
    public LocalDate today() {
        return stores.clinic().businessDay(clock.instant());
    }

    /** The figures from {@code from} to {@code to}; refused for a range the wrong way round or not begun. */
    public SalesRange read(LocalDate from, LocalDate to, ReportProgress progress) {
        return figures.of(from, to, progress);
    }

    /** Writes the A4 report to {@code file}; it appears whole or not at all. */
    public Path savePdf(SalesRange range, Path file) {
        pdf.writePdf(range, file);
        return file;
    }

    /** Writes the figures as CSV to {@code file}, or says in a sentence why it could not. */
    public Path saveCsv(SalesRange range, Path file) {
        return csv(file, to -> SalesCsv.write(range, to));
    }

    /** The A4 report saved from the office by {@code by}, whose role must allow exports; logged once written. */
    public Path savePdf(SalesRange range, Path file, StaffMember by) {
        StaffMember actor = exporter(by);
        return logged(actor, range, "PDF", savePdf(range, file));
    }

    /** The CSV saved from the office by {@code by}, whose role must allow exports; logged once written. */
    public Path saveCsv(SalesRange range, Path file, StaffMember by) {
        StaffMember actor = exporter(by);
        return logged(actor, range, "CSV", saveCsv(range, file));
    }

    private StaffMember exporter(StaffMember by) {
        StaffMember actor = ClinicSettings.asStored(stores, by);
        RoleRights.require(actor, Permission.EXPORT);
        return actor;
    }

    private Path logged(StaffMember actor, SalesRange range, String as, Path file) {
        stores.audit().append(EditStaff.PLACE, CommandLineExports.ACTION, CommandLineExports.OUTCOME, Optional.empty(),
                Optional.of(actor.id()), "Sales " + range.from() + " to " + range.to() + " as " + as + " to "
                        + file.toAbsolutePath().normalize(), clock.instant());
        return file;
    }

    /** Writes a CSV file. */
    interface CsvWriting {
        void to(Path file) throws IOException;
    }

    /** Writes a sales CSV to {@code file} with {@code writing}, or says in a sentence why it could not. */
    static Path csv(Path file, CsvWriting writing) {
        try {
            writing.to(file);
            return file;
        } catch (NoSuchFileException e) {
            throw new Refused("The sales could not be written to " + file + ": that folder does not exist.");
        } catch (IOException e) {
            throw new Refused("The sales could not be written to " + file + " (" + e.getMessage() + ").");
        }
    }
}
