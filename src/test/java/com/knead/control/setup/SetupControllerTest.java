package com.knead.control.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.domain.ClinicSetup;
import com.knead.domain.ClinicSetup.Field;
import com.knead.domain.StaffMember;
import com.knead.store.Stores;
import com.knead.usecase.FirstRun;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run setup on a real, empty data folder: refusals field by field, then a working clinic. */
class SetupControllerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private final List<SetupState> seen = new ArrayList<>();

    private SetupController controller() {
        SetupController controller = new SetupController(new FirstRun(dir, BERLIN), new ImmediateTasks(), seen::add);
        controller.load();
        return controller;
    }

    static ClinicSetup good(Optional<String> printer) {
        return new ClinicSetup("Linden Massage", "Lindenstraße 4, 10969 Berlin", "+49 30 1234567", "eur", "19",
                true, RoundingMode.HALF_EVEN, "04:00", "Jana Roth", "2580", "2580", printer);
    }

    @Test
    void badInputIsToldNextToEachFieldAndMakesNoClinic() {
        SetupController controller = controller();
        ClinicSetup typed = new ClinicSetup(" ", "", "", "EUX", "nineteen", false, RoundingMode.HALF_UP, "25:00",
                "", "1234", "1234", Optional.empty());

        controller.save(typed);

        SetupState state = controller.state();
        assertThat(state.problem(Field.NAME)).isEqualTo("Type the clinic's name, as it should read on receipts.");
        assertThat(state.problem(Field.ADDRESS)).startsWith("Type the clinic's address");
        assertThat(state.problem(Field.CURRENCY)).isEqualTo("\"EUX\" is not a currency code; choose one from the list, like EUR or USD.");
        assertThat(state.problem(Field.TAX_RATE)).contains("is not a number");
        assertThat(state.problem(Field.DAY_ENDS)).contains("like 00:00 for midnight");
        assertThat(state.problem(Field.OWNER_NAME)).isEqualTo("Type the owner's name.");
        assertThat(state.problem(Field.PIN)).contains("straight run");
        assertThat(state.problem(Field.PHONE)).isEmpty();
        assertThat(state.problem()).isEqualTo("7 things are not right yet.");
        assertThat(state.opened()).isEmpty();
        assertThat(new FirstRun(dir, BERLIN).needsSetup()).isTrue();

        // PINs that differ are told at the second one
        controller.save(new ClinicSetup("Linden Massage", "Lindenstraße 4", "", "EUR", "19", true, RoundingMode.HALF_UP,
                "", "Jana Roth", "2580", "2581", Optional.empty()));
        assertThat(controller.state().problems()).containsOnlyKeys(Field.PIN_AGAIN);
        assertThat(controller.state().problem(Field.PIN_AGAIN)).isEqualTo("The two PINs are not the same; type the PIN again.");
        assertThat(new FirstRun(dir, BERLIN).needsSetup()).isTrue();
    }

    @Test
    void aGoodSetupMakesAWorkingEmptyClinicThatIsNoDemo() {
        SetupController controller = controller();

        controller.save(good(Optional.of("Front desk")));

        assertThat(controller.state().opened()).contains("Linden Massage");
        assertThat(controller.state().problem()).isEmpty();
        assertThat(new FirstRun(dir, BERLIN).needsSetup()).isFalse();
        try (Stores stores = Stores.openIfSetUp(dir).orElseThrow()) {
            assertThat(stores.clinic().name()).isEqualTo("Linden Massage");
            assertThat(stores.clinic().address()).isEqualTo("Lindenstraße 4, 10969 Berlin");
            assertThat(stores.clinic().currency().getCurrencyCode()).isEqualTo("EUR");
            assertThat(stores.clinic().tax().ratePercent()).isEqualByComparingTo("19");
            assertThat(stores.clinic().tax().rounding()).isEqualTo(RoundingMode.HALF_EVEN);
            assertThat(stores.clinic().demo()).isFalse();
            assertThat(stores.clinic().dayEnds()).isEqualTo(LocalTime.of(4, 0));
            // 02:30 on the 12th in Berlin still belongs to the 11th
            assertThat(stores.clinic().businessDay(Instant.parse("2026-03-12T01:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 11));
            assertThat(stores.catalog().priceListOn(java.time.LocalDate.now()).modalities()).extracting(m -> m.name())
                    .contains("Swedish", "Deep tissue", "Hot stone", "Thai", "Shiatsu", "Trigger point", "Myofascial release")
                    .hasSize(11);
            assertThat(stores.catalog().priceListOn(java.time.LocalDate.now()).modalities()).allSatisfy(m -> assertThat(m.description()).isNotBlank());
            assertThat(stores.catalog().priceListOn(java.time.LocalDate.now()).prices()).as("ready to be priced, not priced").isEmpty();
            assertThat(stores.catalog().priceListOn(java.time.LocalDate.now()).bookable()).isEmpty();
            List<StaffMember> staff = stores.staff().active();
            assertThat(staff).extracting(StaffMember::name).containsExactly("Jana Roth");
            assertThat(staff.get(0).unlocks("2580")).isTrue();
            assertThat(stores.settings().receiptPrinter()).contains("Front desk");
        }
    }

    @Test
    void aFolderAlreadySetUpIsNotSetUpAgain() {
        controller().save(good(Optional.empty()));
        SetupController again = controller();

        again.save(good(Optional.empty()));

        assertThat(again.state().opened()).isEmpty();
        assertThat(again.state().problem()).isEqualTo("This data folder already has a clinic: Linden Massage.");
    }

    @Test
    void tryingTheDemoSkipsTheSetupWithTheDemoClinic() {
        SetupController controller = controller();

        controller.tryTheDemo();

        assertThat(controller.state().opened()).contains("the demo clinic");
        try (Stores stores = Stores.openIfSetUp(dir).orElseThrow()) {
            assertThat(stores.clinic().demo()).isTrue();
            assertThat(stores.catalog().priceListOn(java.time.LocalDate.now()).bookable()).isNotEmpty();
        }
    }
}
