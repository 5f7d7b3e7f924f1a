package com.knead.usecase;

import com.knead.report.ReceiptPrinter;
import com.knead.store.SettingStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the cash drawer wired to the receipt printer, when the owner set that up in the office.
 * Blocks on the print system, so it runs through the screen's tasks; a drawer that does not open
 * is a plain sentence, never a failure of what was sold.
 */
public final class DrawerKick {

    private static final Logger LOG = LoggerFactory.getLogger(DrawerKick.class);

    private final SettingStore settings;
    private final ReceiptPrinter printer;

    public DrawerKick(SettingStore settings, ReceiptPrinter printer) {
        this.settings = settings;
        this.printer = printer;
    }

    /** Sends the drawer pulse; empty when it went (or nothing is set up), else what went wrong. */
    public Optional<String> open() {
        Optional<String> queue = settings.receiptPrinter();
        if (queue.isEmpty() || !settings.drawerKick()) {
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
