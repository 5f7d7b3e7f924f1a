package com.knead.usecase;

import com.knead.domain.Refund;
import com.knead.domain.Sale;
import com.knead.report.ReceiptDelivery;
import com.knead.store.Stores;

/**
 * Hands over the receipt of something already recorded: reads the printer the owner chose, then
 * writes the PDF copy and prints. Called inside {@link AfterCommit} after a commit, so reading the
 * setting is one of the later steps that can fail without unsaying the sale.
 */
public final class Receipts {

    private final Stores stores;
    private final ReceiptDelivery delivery;

    public Receipts(Stores stores, ReceiptDelivery delivery) {
        this.stores = stores;
        this.delivery = delivery;
    }

    /** A sale's receipt, with the aftercare of its visit's intake (the usual advice without one). */
    public ReceiptDelivery.Delivered ofSale(Sale sale) {
        return delivery.deliver(stores.clinic(), sale, stores.intakes().aftercare(sale.visitId()),
                stores.settings().receiptPrinter());
    }

    /** A reprint of a sale's receipt, marked COPY. */
    public ReceiptDelivery.Delivered copyOfSale(Sale sale) {
        return delivery.deliverCopy(stores.clinic(), sale, stores.intakes().aftercare(sale.visitId()),
                stores.settings().receiptPrinter());
    }

    /** A reprint of a void's or refund's receipt, marked COPY. */
    public ReceiptDelivery.Delivered copyOfRefund(Refund refund, Sale original) {
        return delivery.deliverCopy(stores.clinic(), refund, original, stores.settings().receiptPrinter());
    }

    /** The receipt of a void or refund of {@code original}. */
    public ReceiptDelivery.Delivered ofRefund(Refund refund, Sale original) {
        return delivery.deliver(stores.clinic(), refund, original, stores.settings().receiptPrinter());
    }
}
