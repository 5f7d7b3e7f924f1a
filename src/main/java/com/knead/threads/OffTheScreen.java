package com.knead.threads;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches slow work (database, PDF writing, printing) started on the Swing Event Dispatch Thread,
 * where it would freeze the screen. Tests run with {@code -Dknead.strictThreads=true} and fail on
 * it; in the field it is logged. The EDT is recognised by its standard thread name, so the layers
 * that call this need no Swing.
 */
public final class OffTheScreen {

    private static final Logger LOG = LoggerFactory.getLogger(OffTheScreen.class);
    private static final boolean STRICT = Boolean.getBoolean("knead.strictThreads");

    private OffTheScreen() {
    }

    /** Refuses (in tests) or logs (in the field) {@code work} running on the Event Dispatch Thread. */
    public static void require(String work) {
        if (Thread.currentThread().getName().startsWith("AWT-EventQueue")) {
            IllegalStateException misuse = new IllegalStateException(work + " on the Event Dispatch Thread");
            if (STRICT) {
                throw misuse;
            }
            LOG.error("{} on the Event Dispatch Thread freezes the screen", work, misuse);
        }
    }
}
