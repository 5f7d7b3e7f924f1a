package com.knead.app;

import com.knead.domain.Refused;
import com.knead.store.AlreadyRunning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a command's failure into one plain line; unexpected ones are logged in full. */
final class PlainFailure {

    private static final Logger LOG = LoggerFactory.getLogger(PlainFailure.class);

    private PlainFailure() {
    }

    static String sentence(Exception e) {
        if (e instanceof Refused || e instanceof AlreadyRunning) {
            return e.getMessage();
        }
        LOG.error("Command failed", e);
        return "that did not work: " + e.getMessage() + " (the log has the details)";
    }
}
