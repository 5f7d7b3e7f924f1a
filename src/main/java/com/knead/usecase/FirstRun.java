package com.knead.usecase;

import com.knead.domain.ClinicSetup;
import com.knead.report.ReceiptPrinter;
import com.knead.store.Stores;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A real clinic's first start: whether the data folder still needs its setup, the print queues to
 * choose from, and making the clinic from the owner's setup in one transaction. The windows then open
 * the folder as usual. "Try the demo clinic" instead opens it with the demo data.
 */
public final class FirstRun {

    private final Path folder;
    private final ZoneId zone;

    public FirstRun(Path folder, ZoneId zone) {
        this.folder = folder;
        this.zone = zone;
    }

    public Path folder() {
        return folder;
    }

    /** True when the folder has no clinic yet (an empty or new folder). */
    public boolean needsSetup() {
        Optional<Stores> open = Stores.openIfSetUp(folder);
        open.ifPresent(Stores::close);
        return open.isEmpty();
    }

    /** The computer's print queues, for the receipt printer. */
    public List<String> printers() {
        return ReceiptPrinter.queues();
    }

    /** Makes the clinic; refuses a setup with problems (the first one's sentence) or a folder already set up. */
    public String setUp(ClinicSetup setup) {
        try (Stores stores = Stores.create(folder, setup, zone)) {
            return stores.clinic().name();
        }
    }

    /** Gives the folder the demo clinic instead. */
    public void tryTheDemo() {
        Stores.open(folder).close();
    }
}
