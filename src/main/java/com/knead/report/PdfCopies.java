package com.knead.report;

import com.knead.domain.ReceiptNumber;
import java.nio.file.Path;
import java.time.LocalDate;

/** Where the PDF copies of receipts and reports are kept inside the data folder. */
public record PdfCopies(Path dataFolder) {

    public Path receipt(ReceiptNumber number) {
        return dataFolder.resolve("receipts").resolve("receipt-" + number + ".pdf");
    }

    /** Where a reprint's PDF goes, beside the original's, which it leaves alone. */
    public Path receiptCopy(ReceiptNumber number) {
        return dataFolder.resolve("receipts").resolve("receipt-" + number + "-copy.pdf");
    }

    public Path intake(LocalDate day, int queueNumber) {
        return dataFolder.resolve("intakes").resolve("intake-" + day + "-" + String.format("%03d", queueNumber) + ".pdf");
    }

    public Path endOfDay(LocalDate day) {
        return dataFolder.resolve("reports").resolve("end-of-day-" + day + ".pdf");
    }

    /** The Z of a closed day ("z-000004-2026-12-01.pdf"), or the 80 mm copy for the receipt printer. */
    public Path zReport(long number, LocalDate day, boolean roll) {
        return dataFolder.resolve("reports").resolve("z-" + String.format("%06d", number) + "-" + day
                + (roll ? "-80mm" : "") + ".pdf");
    }

    /** An X (mid-day, closes nothing), named by when it was made ("x-2026-12-01-1432.pdf"). */
    public Path xReport(LocalDate day, String hourMinute) {
        return dataFolder.resolve("reports").resolve("x-" + day + "-" + hourMinute + ".pdf");
    }
}
