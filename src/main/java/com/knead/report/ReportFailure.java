package com.knead.report;

/**
 * A report could not be loaded, filled or written. The message is for the log; the screen that
 * asked for the report tells the person what to do next in its own words.
 */
public final class ReportFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportFailure(String message) {
        super(message);
    }

    public ReportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
