package com.knead.report;

import com.knead.domain.Aftercare;
import com.knead.domain.Clinic;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refund;
import com.knead.domain.Sale;
import java.util.function.Supplier;
import java.nio.file.Path;
import java.util.Optional;
import net.sf.jasperreports.engine.JasperPrint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a recorded sale's receipt over: the PDF copy is always written first, then the receipt is
 * printed on the chosen queue when there is one. Nothing here can undo the sale; every problem
 * comes back as a plain sentence next to whatever did work. Runs on a worker.
 */
public final class ReceiptDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptDelivery.class);

    private final ReceiptReport receipts;
    private final PdfCopies copies;
    private final ReceiptPrinter printer;

    public ReceiptDelivery(ReceiptReport receipts, PdfCopies copies, ReceiptPrinter printer) {
        this.receipts = receipts;
        this.copies = copies;
        this.printer = printer;
    }

    /** What happened: the PDF copy (empty if it could not be written), whether it printed, and any problem. */
    public record Delivered(Optional<Path> pdf, boolean printed, Optional<String> problem) {
    }

    /** Writes the sale's PDF copy and prints it on {@code queue} when one is chosen. */
    public Delivered deliver(Clinic clinic, Sale sale, Aftercare aftercare, Optional<String> queue) {
        return deliver(sale.receiptNumber(), () -> receipts.fill(clinic, sale, aftercare), copies.receipt(sale.receiptNumber()), queue);
    }

    /** A reprint of the sale's receipt, marked COPY, written beside the original's PDF and printed. */
    public Delivered deliverCopy(Clinic clinic, Sale sale, Aftercare aftercare, Optional<String> queue) {
        return deliver(sale.receiptNumber(), () -> receipts.fill(clinic, sale, aftercare, ReceiptReport.Issue.COPY),
                copies.receiptCopy(sale.receiptNumber()), queue);
    }

    /** A reprint of a void's or refund's receipt, marked COPY. */
    public Delivered deliverCopy(Clinic clinic, Refund refund, Sale original, Optional<String> queue) {
        return deliver(refund.receiptNumber(), () -> receipts.fillRefund(clinic, refund, original, ReceiptReport.Issue.COPY),
                copies.receiptCopy(refund.receiptNumber()), queue);
    }

    /** The same for the receipt of a void or refund of {@code original}. */
    public Delivered deliver(Clinic clinic, Refund refund, Sale original, Optional<String> queue) {
        return deliver(refund.receiptNumber(), () -> receipts.fillRefund(clinic, refund, original),
                copies.receipt(refund.receiptNumber()), queue);
    }

    private Delivered deliver(ReceiptNumber receipt, Supplier<JasperPrint> fill, Path pdf, Optional<String> queue) {
        String number = receipt.toString();
        JasperPrint filled;
        try {
            filled = fill.get();
        } catch (RuntimeException e) {
            LOG.error("Receipt {} is recorded but could not be laid out", number, e);
            return new Delivered(Optional.empty(), false, Optional.of("It is saved, but receipt " + number
                    + " could not be made. Reprint it later; if that fails too, ask the owner to look at the log."));
        }
        Optional<Path> written = Optional.of(pdf);
        String pdfProblem = null;
        try {
            receipts.writePdf(filled, pdf);
        } catch (RuntimeException e) {
            LOG.error("Receipt {} is recorded but its PDF could not be written to {}", number, pdf, e);
            written = Optional.empty();
            pdfProblem = "its PDF copy could not be written";
        }
        if (queue.isEmpty()) {
            String sentence = "No receipt printer is chosen, so receipt " + number + " was not printed"
                    + (written.isPresent() ? "; its PDF is saved." : " and " + pdfProblem + ".")
                    + " The owner chooses one in the Office.";
            return new Delivered(written, false, Optional.of(sentence));
        }
        try {
            printer.print(filled, queue.get(), "receipt-" + number);
        } catch (ReceiptPrinter.PrintFailure e) {
            LOG.warn("Receipt {} did not print on {}", number, queue.get(), e);
            return new Delivered(written, false, Optional.of(e.getMessage() + " It is saved"
                    + (written.isPresent() ? " and its PDF is kept" : "") + "; reprint receipt " + number + " any time."));
        }
        return new Delivered(written, true, pdfProblem == null ? Optional.empty()
                : Optional.of("Receipt " + number + " printed, but " + pdfProblem + "."));
    }
}
