package com.knead.usecase;

import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.report.ReceiptReport;
import com.knead.store.Stores;
import java.nio.file.Path;

/** Writes (or rewrites) the receipt of a recorded sale as a PDF where asked ({@code knead receipt}). */
public final class ReceiptFile {

    private final Stores stores;
    private final ReceiptReport receipts;

    public ReceiptFile(Stores stores, ReceiptReport receipts) {
        this.stores = stores;
        this.receipts = receipts;
    }

    /** Writes the receipt of the sale on {@code number} to {@code pdf}, marked COPY; refused when there is no such sale. */
    public Sale write(ReceiptNumber number, Path pdf) {
        Sale found = stores.sales().find(number)
                .orElseThrow(() -> new Refused("There is no sale with receipt number " + number + "."));
        receipts.writePdf(receipts.fill(stores.clinic(), found, stores.intakes().aftercare(found.visitId()),
                ReceiptReport.Issue.COPY), pdf);
        return found;
    }
}
