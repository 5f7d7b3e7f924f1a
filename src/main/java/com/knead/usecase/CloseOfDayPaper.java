package com.knead.usecase;

import com.knead.domain.DayFigures;
import com.knead.report.CloseOfDayReport;
import com.knead.report.PdfCopies;
import com.knead.report.ReceiptPrinter;
import com.knead.store.SettingStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The Z and the X on paper: saved as PDF in the data folder (A4 and the 80 mm roll), and the roll
 * printed on the receipt printer when the owner chose one.
 */
public final class CloseOfDayPaper {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HHmm");

    private final CloseDay closeDay;
    private final CloseOfDayReport report;
    private final PdfCopies copies;
    private final SettingStore settings;
    private final ReceiptPrinter printer;
    private final Clock clock;

    public CloseOfDayPaper(CloseDay closeDay, CloseOfDayReport report, PdfCopies copies, SettingStore settings,
                           ReceiptPrinter printer, Clock clock) {
        this.closeDay = closeDay;
        this.report = report;
        this.copies = copies;
        this.settings = settings;
        this.printer = printer;
        this.clock = clock;
    }

    /** What was written: the A4 PDF, the roll's PDF, and the queue the roll went to (empty when none is chosen). */
    public record Written(String title, Path pdf, Path roll, Optional<String> printedOn) {
    }

    /** The Z of a closed day, saved (A4 and roll) and, if asked, its roll printed; refused when the day is not closed. */
    public Written z(LocalDate day, boolean print) {
        CloseDay.Closed closed = closeDay.zOf(day);
        Path pdf = copies.zReport(closed.z().number(), day, false);
        Path roll = copies.zReport(closed.z().number(), day, true);
        report.writePdf(closed.figures(), closed.z(), false, pdf);
        report.writePdf(closed.figures(), closed.z(), true, roll);
        return new Written(closed.z().label(), pdf, roll, print ? printRoll(closed.figures(), closed) : Optional.empty());
    }

    /** The Z written to a chosen file (A4), for the command line. */
    public CloseDay.Closed zTo(LocalDate day, Path pdf) {
        CloseDay.Closed closed = closeDay.zOf(day);
        report.writePdf(closed.figures(), closed.z(), false, pdf);
        return closed;
    }

    /** The X of today so far, saved (A4 and roll) and, if asked, its roll printed. Closes nothing. */
    public Written x(boolean print) {
        DayFigures now = closeDay.xNow();
        String at = HOUR_MINUTE.format(clock.instant().atZone(closeDay.clinic().zone()));
        Path pdf = copies.xReport(now.day(), at);
        Path roll = copies.xReport(now.day(), at + "-80mm");
        report.writePdf(now, null, false, pdf);
        report.writePdf(now, null, true, roll);
        return new Written("X of " + now.day(), pdf, roll, print ? printRoll(now, null) : Optional.empty());
    }

    /** The X of today written to a chosen file (A4), for the command line. */
    public DayFigures xTo(Path pdf) {
        DayFigures now = closeDay.xNow();
        report.writePdf(now, null, false, pdf);
        return now;
    }

    private Optional<String> printRoll(DayFigures figures, CloseDay.Closed closed) {
        Optional<String> queue = settings.receiptPrinter();
        queue.ifPresent(q -> printer.print(report.fill(figures, closed == null ? null : closed.z(), true), q,
                closed == null ? "Knead X" : "Knead " + closed.z().label()));
        return queue;
    }
}
