package com.knead.app;

import com.knead.domain.Ids;
import com.knead.domain.Refused;
import com.knead.store.Stores;
import com.knead.sync.CentralStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code knead central init|connect|price|modality|add-on|staff}: the central database's schema, this
 * clinic's link to it, and what the centre owns for every clinic (prices, services, add-ons, staff).
 */
@Command(name = "central", mixinStandardHelpOptions = true,
        description = "The central PostgreSQL database the clinics sync with.",
        subcommands = {CentralCommand.Init.class, CentralCommand.Connect.class, CentralCommand.Price.class,
                CentralCatalogCommands.ModalityCommand.class, CentralCatalogCommands.AddOnCommand.class,
                CentralCatalogCommands.StaffCommand.class})
final class CentralCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create the central schema, or bring it to this version of Knead (run it again at will).")
    static final class Init implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CentralOptions central;

        @Override
        public Integer call() throws IOException {
            var address = central.address();
            String version = CentralStore.migrate(address);
            PrintWriter out = spec.commandLine().getOut();
            out.println("The central database at " + address.where() + " is ready for Knead (schema version "
                    + version + ").");
            out.flush();
            return 0;
        }
    }

    @Command(name = "connect", mixinStandardHelpOptions = true,
            description = "Keep the central database's address, user and password for this clinic's syncs "
                    + "(the password in a file only you may read, outside the data folder); checks it answers first.")
    static final class Connect implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataFolderOption data;

        @Mixin
        CentralOptions central;

        @Override
        public Integer call() throws IOException {
            LogFile.attach(data.folder);
            var address = central.address();
            CentralStore.connect(address).close();
            try (Stores stores = Stores.open(data.folder)) {
                CentralSettings.keep(stores, address);
                PrintWriter out = spec.commandLine().getOut();
                out.println("This clinic syncs with " + address.where() + " as " + address.user()
                        + (address.verified() ? " over TLS, the server verified by " + address.caFile() : "")
                        + "; the password is kept in " + CentralSettings.passwordFile(stores) + ".");
                out.flush();
            }
            return 0;
        }
    }

    /**
     * {@code knead central price --modality CODE --minutes N --price P --from DATE} (or {@code --add-on
     * CODE}): a dated price made at the centre for every clinic, which each pulls at its next sync and
     * charges from the day it names. Named by codes, since every installation has its own ids.
     */
    @Command(name = "price", mixinStandardHelpOptions = true,
            description = "Change a price for every clinic from a day on: a duration of a modality, or an add-on; "
                    + "each clinic takes it at its next sync.")
    static final class Price implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CentralOptions central;

        @Option(names = "--modality", paramLabel = "CODE", description = "The modality's code, e.g. DEEP_TISSUE.")
        String modality;

        @Option(names = "--minutes", paramLabel = "N", description = "With --modality: the duration priced.")
        Integer minutes;

        @Option(names = "--add-on", paramLabel = "CODE", description = "Instead of --modality: the add-on's code.")
        String addOn;

        @Option(names = "--price", required = true, paramLabel = "AMOUNT", description = "The new price, e.g. 97.50.")
        String price;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", converter = ReportCommand.DayConverter.class,
                description = "The first day it is charged (today or later).")
        LocalDate from;

        @Option(names = "--by", paramLabel = "NAME", defaultValue = "Head office",
                description = "Who made the change, as the clinics' price history shows it (default: ${DEFAULT-VALUE}).")
        String by;

        @Override
        public Integer call() throws IOException {
            if ((modality == null) == (addOn == null)) {
                throw new Refused("Name what the price is for: --modality CODE --minutes N, or --add-on CODE.");
            }
            if (modality != null && (minutes == null || minutes < 1)) {
                throw new Refused("Give the duration the price is for with --minutes, e.g. --minutes 60.");
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(price.strip());
            } catch (NumberFormatException e) {
                throw new Refused("\"" + price + "\" is not an amount; write it like 97.50.");
            }
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw new Refused("A price is zero or more, with at most two decimals, like 97.50.");
            }
            LocalDate today = LocalDate.now(Clock.systemDefaultZone());
            if (from.isBefore(today)) {
                throw new Refused("A price cannot change in the past (" + from + "); give today or a later day.");
            }
            var address = central.address();
            String code = modality != null ? modality.strip().toUpperCase(java.util.Locale.ROOT) : null;
            String addOnCode = addOn != null ? addOn.strip().toUpperCase(java.util.Locale.ROOT) : null;
            try (CentralStore store = CentralStore.connect(address)) {
                store.changePrice(Ids.next(), code, code == null ? 0 : minutes, addOnCode, amount, from,
                        by.isBlank() ? "Head office" : by.strip(), Instant.now());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("From " + from + ", " + (code != null ? code + " " + minutes + " min" : "add-on " + addOnCode)
                    + " costs " + amount.toPlainString() + " at every clinic; each takes it at its next sync.");
            out.flush();
            return 0;
        }
    }
}
