package com.knead.control.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.domain.Pressure;
import com.knead.domain.StaffMember;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.usecase.ChangePrice;
import com.knead.usecase.EditModalities;
import com.knead.usecase.EditPrepaidOffers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's Prices page without a window: real use cases on H2, every task run at once. */
class PricesControllerTest {

    @TempDir
    Path folder;
    private Stores stores;
    private StaffMember unlockedBy;
    private PricesController prices;
    private ModalitiesController modalities;
    private final List<PricesController.State> shown = new ArrayList<>();
    private final List<ModalitiesController.State> edited = new ArrayList<>();
    private PrepaidOffersController prepaid;
    private final List<PrepaidOffersController.State> offered = new ArrayList<>();
    private LocalDate today;

    @BeforeEach
    void open() {
        stores = DemoFolder.open(folder);
        Clock clock = Clock.systemDefaultZone();
        today = stores.clinic().businessDay(clock.instant());
        ChangePrice change = new ChangePrice(stores.catalog(), stores.clinic(), clock);
        unlockedBy = stores.staff().active().stream().filter(m -> m.name().equals("Olivia Park")).findFirst().orElseThrow();
        prices = new PricesController(change, () -> unlockedBy, new ImmediateTasks());
        prices.attach(shown::add);
        modalities = new ModalitiesController(new EditModalities(stores.catalog(), stores.clinic(), clock), change,
                () -> unlockedBy, new ImmediateTasks(), prices::refresh);
        modalities.attach(edited::add);
        prepaid = new PrepaidOffersController(new EditPrepaidOffers(stores.catalog(), stores.clinic(), clock), change,
                () -> unlockedBy, new ImmediateTasks(), prices::refresh);
        prepaid.attach(offered::add);
        prices.open();
        modalities.open();
        prepaid.open();
    }

    private PrepaidOffersController.State offers() {
        return offered.get(offered.size() - 1);
    }

    @Test
    void aPackageAndAGiftCardArePutOnThePriceListAndPricedInTheTable() {
        PrepaidOffersController.Choice swedish60 = offers().services().stream()
                .filter(c -> c.words().equals("Swedish 60 min (80.00 a visit)")).findFirst().orElseThrow();

        prepaid.addPackage(null, "5", "", "360", today.toString());
        assertThat(offers().problem()).isEqualTo("Choose the service the package holds.");
        prepaid.addPackage(swedish60.id(), "five", "", "360", today.toString());
        assertThat(offers().problem()).isEqualTo("Type how many visits the package holds, like 5.");
        prepaid.addPackage(swedish60.id(), "5", "", "360", today.minusDays(1).toString());
        assertThat(offers().problem()).contains("has passed");
        prepaid.addPackage(swedish60.id(), "5", "", "360", today.toString());
        assertThat(offers().problem()).isEmpty();
        assertThat(offers().result()).isEqualTo("5 × Swedish 60 min at 360.00 from " + today + ", saved.");
        assertThat(row("Package", "5 × Swedish 60 min").inEffect()).as("the table read again").isEqualTo("360.00");

        prepaid.addGiftCard("Spa voucher", "", today.plusDays(1).toString());
        assertThat(offers().problem()).isNotEmpty();
        assertThat(offers().result()).isEmpty();
        prepaid.addGiftCard("Spa voucher", "120", today.plusDays(1).toString());
        assertThat(row("Gift card", "Spa voucher").inEffect()).isEqualTo("not priced yet");
        assertThat(row("Gift card", "Spa voucher").pending()).isEqualTo("120.00 from " + today.plusDays(1));
        assertThat(offers().offers()).extracting(PrepaidOffersController.Choice::words)
                .containsExactly("5 × Swedish 60 min", "Spa voucher");

        prices.changePrice(row("Package", "5 × Swedish 60 min").item(), "380");
        assertThat(last().result()).isEqualTo("5 × Swedish 60 min: 380.00 from " + today + ", saved.");

        prepaid.retire(offers().offers().get(1).id());
        assertThat(offers().result()).isEqualTo("Taken off the price list; cards and packages already sold keep working.");
        assertThat(last().rows()).noneMatch(r -> r.length().equals("Spa voucher"));
        assertThat(offers().offers()).hasSize(1);

        unlockedBy = null;
        prepaid.addGiftCard("", "50", today.toString());
        assertThat(offers().problem()).isEqualTo("Unlock the office again to change the price list.");
        prepaid.locked();
        assertThat(offers().services()).isEmpty();
        assertThat(offers().problem()).isEmpty();
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private PricesController.State last() {
        return shown.get(shown.size() - 1);
    }

    private PricesController.Row row(String what, String length) {
        return last().rows().stream().filter(r -> r.what().equals(what) && r.length().equals(length)).findFirst()
                .orElseThrow();
    }

    @Test
    void opensOnTodayWithEveryServiceAndAddOn() {
        assertThat(last().loaded()).isTrue();
        assertThat(last().from()).isEqualTo(today.toString());
        assertThat(row("Swedish", "60 min").inEffect()).isEqualTo("80.00");
        assertThat(row("Add-on", "Hot stones").inEffect()).isEqualTo("20.00");
        assertThat(last().history()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("from the start"));
    }

    @Test
    void aPriceFromTomorrowIsPendingAndInTheHistory() {
        prices.from(today.plusDays(1).toString());
        prices.changePrice(row("Swedish", "60 min").item(), "105");
        assertThat(last().problem()).isEmpty();
        assertThat(last().result()).isEqualTo("Swedish 60 min: 105.00 from " + today.plusDays(1) + ", saved.");
        assertThat(row("Swedish", "60 min").inEffect()).isEqualTo("80.00");
        assertThat(row("Swedish", "60 min").pending()).isEqualTo("105.00 from " + today.plusDays(1));
        assertThat(last().history().get(0)).endsWith("Swedish 60 min: 105.00 from " + today.plusDays(1) + ", by Olivia Park");
        assertThat(last().from()).as("the day stays for the next change").isEqualTo(today.plusDays(1).toString());
    }

    @Test
    void aPastOrMalformedDayAndABadAmountAreRefusedAndKept() {
        int history = last().history().size();
        prices.from(today.minusDays(1).toString());
        assertThat(last().fromProblem()).isEqualTo(today.minusDays(1) + " has passed; a new price takes effect today or on a later day.");
        prices.changePrice(row("Swedish", "60 min").item(), "105");
        assertThat(row("Swedish", "60 min").typed()).as("what was typed stays").isEqualTo("105");
        prices.from("next tuesday");
        assertThat(last().fromProblem()).isEqualTo("\"next tuesday\" is not a date; type it as YYYY-MM-DD, like " + today + ".");
        prices.from(today.toString());
        assertThat(last().fromProblem()).isEmpty();
        prices.changePrice(row("Swedish", "60 min").item(), "10O");
        assertThat(last().problem()).isEqualTo("Swedish 60 min: \"10O\" is not an amount; type digits, like 100 or 100.00.");
        assertThat(row("Swedish", "60 min").typed()).isEqualTo("10O");
        assertThat(last().history()).hasSize(history);
        assertThat(row("Swedish", "60 min").inEffect()).isEqualTo("80.00");
    }

    @Test
    void theTaxRateIsTheLastRowAndChangesFromADayLikeAPrice() {
        PricesController.Row tax = last().rows().get(last().rows().size() - 1);
        assertThat(tax.what()).isEqualTo("Tax rate");
        assertThat(tax.length()).isEqualTo("included in prices");
        assertThat(tax.inEffect()).isEqualTo("5%");
        assertThat(tax.pending()).isEmpty();
        int history = last().history().size();

        prices.changePrice(tax.item(), "seven");
        assertThat(last().problem()).isEqualTo("Tax rate: \"seven\" is not a number; type the tax rate in percent, like 5 or 7.5.");
        assertThat(row("Tax rate", "included in prices").typed()).as("what was typed stays").isEqualTo("seven");
        prices.changePrice(tax.item(), "5");
        assertThat(last().problem()).isEqualTo("The tax rate is already 5% on " + today + ".");
        assertThat(last().history()).hasSize(history);

        prices.from(today.plusDays(1).toString());
        prices.changePrice(tax.item(), "7,5 %");
        assertThat(last().problem()).isEmpty();
        assertThat(last().result()).isEqualTo("Tax rate: 7.5% from " + today.plusDays(1) + ", saved.");
        assertThat(row("Tax rate", "included in prices").inEffect()).isEqualTo("5%");
        assertThat(row("Tax rate", "included in prices").pending()).isEqualTo("7.5% from " + today.plusDays(1));
        assertThat(row("Tax rate", "included in prices").typed()).isEmpty();
        assertThat(last().history()).hasSize(history + 1);
        assertThat(last().history().get(0)).endsWith("Tax rate: 7.5% from " + today.plusDays(1) + ", by Olivia Park");

        unlockedBy = stores.staff().active().stream().filter(m -> m.name().equals("Riley Brooks")).findFirst().orElseThrow();
        prices.changePrice(tax.item(), "8");
        assertThat(last().problem()).startsWith("Riley Brooks (cashier) may not change prices");
    }

    @Test
    void aCashierAtTheOfficeIsToldWhoMayChangePrices() {
        unlockedBy = stores.staff().active().stream().filter(m -> m.name().equals("Riley Brooks")).findFirst().orElseThrow();
        prices.changePrice(row("Swedish", "60 min").item(), "105");
        assertThat(last().problem()).startsWith("Riley Brooks (cashier) may not change prices");
        assertThat(row("Swedish", "60 min").typed()).isEqualTo("105");
    }

    @Test
    void aNewModalityWithADurationNotPricedYetThenPriced() {
        modalities.add("Cupping", "Suction cups that lift the skin.", Pressure.MEDIUM);
        ModalitiesController.State state = edited.get(edited.size() - 1);
        assertThat(state.result()).isEqualTo("Cupping added; give it a duration and a price to offer it.");
        assertThat(state.modalities()).extracting(ModalitiesController.Line::name).last().isEqualTo("Cupping");
        assertThat(state.chosen()).isEqualTo(state.modalities().get(state.modalities().size() - 1).id());
        modalities.addDuration("forty", "", today.toString());
        assertThat(edited.get(edited.size() - 1).problem()).isEqualTo("Type the minutes as a number, like 45.");
        modalities.addDuration("45", "", today.toString());
        assertThat(row("Cupping", "45 min").inEffect()).isEqualTo("not priced yet");
        assertThat(stores.catalog().priceListOn(today).bookable()).extracting(m -> m.name()).doesNotContain("Cupping");
        prices.changePrice(row("Cupping", "45 min").item(), "70.00");
        assertThat(row("Cupping", "45 min").inEffect()).isEqualTo("70.00");
        assertThat(stores.catalog().kioskPriceListOn(today).bookable()).extracting(m -> m.name()).contains("Cupping");
        modalities.showOnKiosk(false);
        assertThat(edited.get(edited.size() - 1).modalities()).last().hasToString("Cupping (desk only)");
        assertThat(stores.catalog().kioskPriceListOn(today).bookable()).extracting(m -> m.name()).doesNotContain("Cupping");
        assertThat(stores.catalog().priceListOn(today).bookable()).extracting(m -> m.name()).contains("Cupping");
    }
}
