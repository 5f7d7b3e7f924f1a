package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.PriceChange;
import com.knead.domain.PricedKind;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.store.Stores;
import com.knead.usecase.ChangePrice;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code knead prices list}: the prices in effect on a day, and one plain line for a bad day. */
class PricesCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int knead(String... args) {
        picocli.CommandLine cli = Main.commandLine(args);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void listsTodaysPricesAndTheOnesOfAnotherDay() {
        LocalDate tomorrow;
        try (Stores stores = Stores.open(Path.of(data()))) {
            ChangePrice change = new ChangePrice(stores.catalog(), stores.clinic(), Clock.systemDefaultZone());
            tomorrow = change.today().plusDays(1);
            StaffMember owner = stores.staff().active().stream().filter(m -> m.name().equals("Olivia Park"))
                    .findFirst().orElseThrow();
            var list = stores.catalog().priceListOn(change.today());
            var swedish = list.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow();
            ServicePrice sixty = list.price(swedish.id(), 60).orElseThrow();
            PriceChange made = change.change(owner, PricedKind.SERVICE, sixty.id(), stores.clinic().money("105.00"), tomorrow);
            assertThat(made.what()).isEqualTo("Swedish 60 min");
            change.changeTaxRate(owner, new java.math.BigDecimal("7.5"), tomorrow);
        }
        assertThat(knead("prices", "list", "--data", data())).isZero();
        String today = out.toString();
        assertThat(today).startsWith("Prices of Knead Demo Clinic on " + tomorrow.minusDays(1) + " (USD)")
                .contains("Swedish\n", "  60 min                    80.00   then 105.00 from " + tomorrow,
                        "Deep tissue\n", "  60 min                    85.00\n", "Add-ons\n",
                        "  Hot stones                20.00\n",
                        "Tax\n  included in prices" + " ".repeat(11) + "5%   then 7.5% from " + tomorrow + "\n");
        assertThat(err.toString()).isEmpty();

        out.getBuffer().setLength(0);
        assertThat(knead("prices", "list", "--data", data(), "--date", tomorrow.toString())).isZero();
        assertThat(out.toString()).startsWith("Prices of Knead Demo Clinic on " + tomorrow)
                .contains("Swedish\n  30 min                    50.00\n  60 min                   105.00\n")
                .contains("Tax\n  included in prices" + " ".repeat(9) + "7.5%\n");
    }

    @Test
    void aBadDayIsOnePlainLine() {
        assertThat(knead("prices", "list", "--data", data(), "--date", "2026-02-30")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("'2026-02-30' is not a date").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void withoutWhatToDoItSaysSo() {
        assertThat(knead("prices", "--data", data())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("knead: ").doesNotContain("\n");
    }
}
