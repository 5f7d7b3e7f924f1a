package com.knead.usecase;

import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refused;
import com.knead.report.ReceiptDelivery;
import com.knead.store.Stores;

/** A receipt again, by its number (a sale's, or a void's or refund's); empty means the last one. */
public final class Reprint {

    private final Stores stores;
    private final Receipts receipts;

    public Reprint(Stores stores, Receipts receipts) {
        this.stores = stores;
        this.receipts = receipts;
    }

    /** What a reprint did: the receipt, and whether it printed or what went wrong. */
    public record Reprinted(ReceiptNumber receipt, ReceiptDelivery.Delivered delivered) {
        /** The sentence for the desk. */
        public String sentence() {
            return delivered.problem().orElse("Receipt " + receipt + (delivered.printed() ? " printed again." : " saved."));
        }
    }

    /** Writes a copy, marked COPY, beside the original PDF and prints it; {@code typed} blank means the newest receipt. */
    public Reprinted again(String typed) {
        ReceiptNumber wanted = typed == null || typed.isBlank()
                ? stores.sales().last().orElseThrow(() -> new Refused("There is no receipt to reprint yet."))
                : ReceiptNumber.parse(typed);
        var sale = stores.sales().find(wanted);
        if (sale.isPresent()) {
            return new Reprinted(wanted, receipts.copyOfSale(sale.get()));
        }
        var refund = stores.refunds().find(wanted).orElseThrow(() -> new Refused("There is no receipt " + wanted + "."));
        var original = stores.sales().find(refund.saleReceipt()).orElseThrow();
        return new Reprinted(wanted, receipts.copyOfRefund(refund, original));
    }
}
