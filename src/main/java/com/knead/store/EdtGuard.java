package com.knead.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches database work started on the Swing Event Dispatch Thread, where it would freeze the
 * screen. Tests run with {@code -Dknead.strictThreads=true} and fail on it; in the field it is logged.
 * The EDT is recognised by its standard thread name, so the store needs no Swing.
 */
final class EdtGuard {

    private static final Logger LOG = LoggerFactory.getLogger(EdtGuard.class);
    private static final boolean STRICT = Boolean.getBoolean("knead.strictThreads");

    private EdtGuard() {
    }

    static void check() {
        if (Thread.currentThread().getName().startsWith("AWT-EventQueue")) {
            IllegalStateException misuse = new IllegalStateException("Database work on the Event Dispatch Thread");
            if (STRICT) {
                throw misuse;
            }
            LOG.error("Database work on the Event Dispatch Thread freezes the screen", misuse);
        }
    }
}
