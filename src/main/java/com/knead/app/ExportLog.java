package com.knead.app;

import com.knead.store.Stores;
import com.knead.usecase.CommandLineExports;
import java.nio.file.Path;
import java.time.Clock;

/** A command's export logged in the audit log, by the command line and the computer's user running it. */
final class ExportLog {

    private ExportLog() {
    }

    static void written(Stores stores, String what, Path... files) {
        new CommandLineExports(stores.audit(), Clock.systemUTC(), CommandLineExports.currentOsUser()).written(what, files);
    }
}
