package com.knead.app;

import com.knead.store.Stores;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code knead demo --days N --seed S}: fills the data folder with a realistic past. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill the data folder with N days of demo visits and sales, ending yesterday.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Option(names = "--days", defaultValue = "30", paramLabel = "N", description = "Days of history (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed; the same seed gives the same history (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-close", description = "Leave the days open instead of closing each with its Z, to close them by hand.")
    boolean leaveOpen;

    @Override
    public Integer call() {
        LogFile.attach(data.folder);
        try (Stores stores = Stores.open(data.folder)) {
            DemoHistory.Summary summary = new DemoHistory(stores, seed)
                    .fill(days, LocalDate.now(stores.clinic().zone()), !leaveOpen);
            System.out.println("Added " + summary.visits() + " visits and " + summary.sales() + " sales from "
                    + summary.from() + " to " + summary.to() + " in " + stores.folder()
                    + (summary.closed() == 0 ? "" : "; closed " + summary.closed() + " days, " + summary.overOrShort()
                    + " of them with the drawer over or short"));
        }
        return 0;
    }
}
