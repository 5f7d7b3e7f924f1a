package com.knead.app;

import com.knead.domain.Modality;
import com.knead.domain.PriceChange;
import com.knead.domain.PriceSheet;
import com.knead.domain.TaxRateChange;
import com.knead.store.Stores;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code knead prices …}: the clinic's price list. */
@Command(name = "prices", mixinStandardHelpOptions = true, description = "Show the price list.",
        subcommands = PricesCommand.ListCommand.class)
final class PricesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do, for example 'list'.");
    }

    /** {@code knead prices list [--date YYYY-MM-DD]}: every price in effect on that business day. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print the prices and the tax rate in effect on a business day (default: today).")
    static final class ListCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataFolderOption data;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = ReportCommand.DayConverter.class,
                description = "The business day (default: today).")
        LocalDate date;

        @Override
        public Integer call() {
            LogFile.attach(data.folder);
            PrintWriter out = spec.commandLine().getOut();
            try (Stores stores = Stores.openForReading(data.folder)) {
                LocalDate day = date != null ? date : stores.clinic().businessDay(Instant.now());
                PriceSheet sheet = stores.catalog().sheet(day);
                out.println("Prices of " + stores.clinic().name() + " on " + day + " ("
                        + stores.clinic().currency().getCurrencyCode() + ")");
                for (PriceSheet.Offer offer : sheet.modalities()) {
                    Modality modality = offer.modality();
                    out.println(modality.name() + (offer.onKiosk() ? "" : " (desk only)"));
                    for (PriceSheet.DurationPrice d : offer.durations()) {
                        out.println(line(d.minutes() + " min", d.inEffect().map(m -> m.plain()).orElse("not priced yet"),
                                d.pending().map(PricesCommand::waiting).orElse("")));
                    }
                }
                out.println("Add-ons");
                for (PriceSheet.AddOnPrice a : sheet.addOns()) {
                    out.println(line(a.name(), a.inEffect().map(m -> m.plain()).orElse("not priced yet"),
                            a.pending().map(PricesCommand::waiting).orElse("")));
                }
                PriceSheet.Tax tax = sheet.tax();
                out.println("Tax");
                out.println(line(tax.inEffect().inclusive() ? "included in prices" : "added on top",
                        TaxRateChange.percent(tax.inEffect().ratePercent()),
                        tax.pending().map(t -> "then " + t.words() + " " + t.fromWords()).orElse("")));
            }
            out.flush();
            return 0;
        }

        private static String line(String what, String price, String waiting) {
            String row = String.format("  %-20s %10s", what, price);
            return waiting.isEmpty() ? row : row + "   " + waiting;
        }
    }

    private static String waiting(PriceChange next) {
        return "then " + next.price().plain() + " " + next.fromWords();
    }
}
