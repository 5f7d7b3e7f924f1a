package com.knead.ui.desk;

import com.knead.report.ReceiptPrinter;
import com.knead.store.Stores;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the cash drawer wired to the receipt printer, when the owner set that up in the office.
 * Runs on a worker; a drawer that does not open is a plain sentence, never a failure of the sale.
 */
final class DrawerOpener {

    private static final Logger LOG = LoggerFactory.getLogger(DrawerOpener.class);

    private final Stores stores;
    private final ReceiptPrinter printer;

    DrawerOpener(Stores stores, ReceiptPrinter printer) {
        this.stores = stores;
        this.printer = printer;
    }

    /** Sends the drawer pulse; empty when it went (or nothing is set up), else what went wrong. */
    Optional<String> open() {
        Optional<String> queue = stores.settings().receiptPrinter();
        if (queue.isEmpty() || !stores.settings().drawerKick()) {
            return Optional.empty();
        }
        try {
            printer.kickDrawer(queue.get());
            return Optional.empty();
        } catch (ReceiptPrinter.PrintFailure e) {
            LOG.warn("The cash drawer did not open", e);
            return Optional.of(e.getMessage() + " Open it with its key.");
        }
    }
}
