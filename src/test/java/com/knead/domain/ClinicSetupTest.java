package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.ClinicSetup.Field;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the owner types in the first-run setup, checked field by field, and the clinic it makes. */
class ClinicSetupTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ClinicSetup setup(String name, String currency, String tax, String dayEnds, String pin, String again) {
        return new ClinicSetup(name, "Lindenstraße 4", "+49 30 1234567", currency, tax, false, RoundingMode.HALF_EVEN,
                dayEnds, "Jana Roth", pin, again, Optional.of("Front desk"));
    }

    private static Map<Field, String> problems(ClinicSetup setup) {
        return setup.problems().stream().collect(Collectors.toMap(ClinicSetup.Problem::field, ClinicSetup.Problem::sentence));
    }

    @Test
    void aGoodSetupMakesAClinicThatIsNoDemo() {
        ClinicSetup good = setup("  Linden Massage ", " eur ", "7,5 %", "4:30", "2580", "2580");
        assertThat(good.problems()).isEmpty();
        Clinic clinic = good.clinic(BERLIN);
        assertThat(clinic.name()).isEqualTo("Linden Massage");
        assertThat(clinic.address()).isEqualTo("Lindenstraße 4");
        assertThat(clinic.phone()).isEqualTo("+49 30 1234567");
        assertThat(clinic.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(clinic.tax().ratePercent()).isEqualByComparingTo("7.5");
        assertThat(clinic.tax().inclusive()).isFalse();
        assertThat(clinic.tax().rounding()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(clinic.zone()).isEqualTo(BERLIN);
        assertThat(clinic.dayEnds()).isEqualTo(LocalTime.of(4, 30));
        assertThat(clinic.demo()).isFalse();
        assertThat(clinic.logo()).isEmpty();
        assertThat(good.printer()).contains("Front desk");
    }

    @Test
    void aBlankDayEndIsMidnightAndABlankPrinterIsNone() {
        ClinicSetup setup = new ClinicSetup("Linden", "Street 1", null, "USD", "0", true, null, "", "Jana", "2580",
                "2580", Optional.of(" "));
        assertThat(setup.problems()).isEmpty();
        assertThat(setup.clinic(BERLIN).dayEnds()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(setup.rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(setup.printer()).isEmpty();
        assertThat(setup.phone()).isEmpty();
        assertThat(new ClinicSetup(null, null, null, null, null, true, null, null, null, null, null, null).printer())
                .isEmpty();
    }

    @Test
    void eachFieldSaysWhatIsWrongWithIt() {
        Map<Field, String> empty = problems(new ClinicSetup("", "", "", "", "", true, RoundingMode.HALF_UP, "x", "",
                "", "", Optional.empty()));
        assertThat(empty).containsEntry(Field.NAME, "Type the clinic's name, as it should read on receipts.")
                .containsEntry(Field.ADDRESS, "Type the clinic's address, as it should read on receipts.")
                .containsEntry(Field.CURRENCY, "Choose the clinic's currency.")
                .containsEntry(Field.TAX_RATE, "Type the tax rate in percent; 0 when prices carry no tax.")
                .containsEntry(Field.OWNER_NAME, "Type the owner's name.")
                .containsKey(Field.DAY_ENDS).containsKey(Field.PIN)
                .doesNotContainKey(Field.PHONE).doesNotContainKey(Field.PIN_AGAIN);

        assertThat(problems(setup("Linden", "XYZ", "12", "00:00", "2580", "2580")))
                .containsOnly(Map.entry(Field.CURRENCY, "\"XYZ\" is not a currency code; choose one from the list, like EUR or USD."));
        assertThat(problems(setup("Linden", "EURO", "12", "00:00", "2580", "2580"))).containsOnlyKeys(Field.CURRENCY);
        assertThat(problems(setup("Linden", "EUR", "ten", "00:00", "2580", "2580")))
                .containsOnly(Map.entry(Field.TAX_RATE, "\"ten\" is not a number; type the tax rate in percent, like 5 or 7.5."));
        assertThat(problems(setup("Linden", "EUR", "101", "00:00", "2580", "2580")))
                .containsOnly(Map.entry(Field.TAX_RATE, "The tax rate must be between 0 and 100 percent."));
        assertThat(problems(setup("Linden", "EUR", "-1", "00:00", "2580", "2580"))).containsOnlyKeys(Field.TAX_RATE);
        assertThat(problems(setup("Linden", "EUR", "100", "00:00", "2580", "2580"))).isEmpty();
        assertThat(problems(setup("Linden", "EUR", "0", "00:00", "2580", "2580"))).isEmpty();
        assertThat(problems(setup("Linden", "EUR", "5.12345", "00:00", "2580", "2580")))
                .containsOnly(Map.entry(Field.TAX_RATE, "The tax rate can have at most four decimals."));
        assertThat(problems(setup("Linden", "EUR", "5.1234", "00:00", "2580", "2580"))).isEmpty();
        assertThat(problems(setup("Linden", "EUR", "5", "24:00", "2580", "2580")))
                .containsOnly(Map.entry(Field.DAY_ENDS, "Type the time the business day ends as hours and minutes, "
                        + "like 00:00 for midnight or 04:00 for a clinic open past midnight."));
        assertThat(problems(setup("Linden", "EUR", "5", "04:00:30", "2580", "2580"))).containsOnlyKeys(Field.DAY_ENDS);
        assertThat(problems(setup("Linden", "EUR", "5", "04:00", "1111", "1111")))
                .containsOnly(Map.entry(Field.PIN, "That PIN repeats itself (like 0000 or 1212), so it is easy to guess; choose another."));
        assertThat(problems(setup("Linden", "EUR", "5", "04:00", "2580", "2589")))
                .containsOnly(Map.entry(Field.PIN_AGAIN, "The two PINs are not the same; type the PIN again."));
    }

    @Test
    void tooLongIsSaidWithTheLimit() {
        String longName = "L".repeat(ClinicSetup.MAX_NAME + 1);
        assertThat(problems(setup(longName, "EUR", "5", "", "2580", "2580")))
                .containsOnly(Map.entry(Field.NAME, "That is too long; 200 characters at most."));
        assertThat(problems(setup("L".repeat(ClinicSetup.MAX_NAME), "EUR", "5", "", "2580", "2580"))).isEmpty();
        ClinicSetup longPhone = new ClinicSetup("Linden", "Street 1", "5".repeat(ClinicSetup.MAX_PHONE + 1), "EUR", "5",
                true, RoundingMode.HALF_UP, "", "Jana", "2580", "2580", Optional.empty());
        assertThat(problems(longPhone)).containsOnly(Map.entry(Field.PHONE, "The phone number is too long; 60 characters at most."));
        ClinicSetup justPhone = new ClinicSetup("Linden", "Street 1", "5".repeat(ClinicSetup.MAX_PHONE), "EUR", "5",
                true, RoundingMode.HALF_UP, "", "Jana", "2580", "2580", Optional.empty());
        assertThat(justPhone.problems()).isEmpty();
        ClinicSetup longOwner = new ClinicSetup("Linden", "Street 1", "", "EUR", "5", true, RoundingMode.HALF_UP, "",
                "J".repeat(ClinicSetup.MAX_OWNER + 1), "2580", "2580", Optional.empty());
        assertThat(problems(longOwner)).containsOnlyKeys(Field.OWNER_NAME);
        ClinicSetup longAddress = new ClinicSetup("Linden", "A".repeat(ClinicSetup.MAX_ADDRESS + 1), "", "EUR", "5", true,
                RoundingMode.HALF_UP, "", "Jana", "2580", "2580", Optional.empty());
        assertThat(problems(longAddress)).containsOnlyKeys(Field.ADDRESS);
    }

    @Test
    void aSetupWithProblemsMakesNoClinic() {
        assertThatThrownBy(() -> setup("", "EUR", "5", "", "2580", "2580").clinic(BERLIN))
                .isInstanceOf(Refused.class).hasMessage("Type the clinic's name, as it should read on receipts.");
    }

    @Test
    void theStandardModalitiesAreThoseOfTheBriefInOrderAndUnpriced() {
        java.util.List<Modality> standard = StandardModalities.list(Ids::next);
        assertThat(standard).extracting(Modality::name).containsExactly("Swedish", "Relaxation", "Deep tissue",
                "Therapeutic", "Trigger point", "Myofascial release", "Neuromuscular", "Structural", "Hot stone",
                "Shiatsu", "Thai");
        assertThat(standard).extracting(Modality::sortOrder).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(standard).filteredOn(Modality::intense).extracting(Modality::code)
                .containsExactly("DEEP_TISSUE", "TRIGGER_POINT", "NEUROMUSCULAR");
    }

    @Test
    void aRoomNeedsAShortName() {
        assertThat(Room.requireName("  Garden room ")).isEqualTo("Garden room");
        assertThat(Room.requireName("R".repeat(Room.MAX_NAME))).hasSize(Room.MAX_NAME);
        assertThatThrownBy(() -> Room.requireName(" ")).hasMessageStartingWith("Type the room's name");
        assertThatThrownBy(() -> Room.requireName(null)).hasMessageStartingWith("Type the room's name");
        assertThatThrownBy(() -> Room.requireName("R".repeat(Room.MAX_NAME + 1)))
                .hasMessage("That room name is too long; 60 characters at most.");
    }

    @Test
    void aClinicsDetailsAndLogoChangeAlone() {
        Clinic clinic = setup("Linden", "EUR", "5", "04:00", "2580", "2580").clinic(BERLIN);
        Clinic renamed = clinic.withDetails("Birch", "Street 2", "555").withLogo("/data/receipt-logo.png");
        assertThat(renamed.name()).isEqualTo("Birch");
        assertThat(renamed.address()).isEqualTo("Street 2");
        assertThat(renamed.phone()).isEqualTo("555");
        assertThat(renamed.logo()).isEqualTo("/data/receipt-logo.png");
        assertThat(renamed.dayEnds()).isEqualTo(clinic.dayEnds());
        assertThat(renamed.currency()).isEqualTo(clinic.currency());
        assertThat(renamed.tax()).isEqualTo(clinic.tax());
        assertThat(renamed.demo()).isFalse();
        assertThat(new Clinic("X", "", "", clinic.currency(), clinic.tax(), BERLIN, null, true, null).dayEnds())
                .isEqualTo(LocalTime.MIDNIGHT);
    }
}
