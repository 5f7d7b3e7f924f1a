package com.knead.usecase;

import com.knead.domain.Refused;

/** A report stopped because it was cancelled; nothing was written. */
public final class ReportCancelled extends Refused {
    public ReportCancelled() {
        super("The report was cancelled; nothing was written.");
    }
}
