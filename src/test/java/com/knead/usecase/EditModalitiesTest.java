package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Modality;
import com.knead.domain.PriceSheet;
import com.knead.domain.Pressure;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The owner shapes the modalities on the demo clinic in real H2: each edit is kept exactly, refused at
 * its limits with nothing kept, allowed only with the right to change prices, and audited in words.
 */
class EditModalitiesTest extends OpenClinic {

    private SettableClock clock;
    private EditModalities edit;
    private LocalDate day;
    private int auditBefore;

    @BeforeEach
    void edit() {
        clock = new SettableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        edit = new EditModalities(stores.catalog(), stores.clinic(), clock);
        day = stores.clinic().businessDay(clock.instant());
        auditBefore = auditCount();
    }

    private PriceSheet sheet() {
        return stores.catalog().sheet(day);
    }

    private List<String> names() {
        return sheet().modalities().stream().map(o -> o.modality().name()).toList();
    }

    private PriceSheet.Offer offer(UUID modality) {
        return sheet().offer(modality).orElseThrow();
    }

    private UUID named(String name) {
        return sheet().modalities().stream().filter(o -> o.modality().name().equals(name)).findFirst().orElseThrow()
                .modality().id();
    }

    /** The entries written since the test began, newest first, as "action: detail", each {@code by}'s at the office. */
    private List<String> audited(StaffMember by) {
        return officeChangesSince(auditBefore, by, clock.instant()).stream().map(e -> e.action() + ": " + e.detail())
                .toList();
    }

    @Test
    void aModalityIsAddedAtTheEndWithItsCodeAndIsIntenseOnlyWhenFirm() {
        int last = sheet().modalities().get(sheet().modalities().size() - 1).modality().sortOrder();
        Modality cupping = edit.add(owner(), "  Fire & ice cupping!  ", " Warm then cold cups. ", Pressure.MEDIUM);
        assertThat(cupping.code()).isEqualTo("FIRE_ICE_CUPPING");
        assertThat(cupping.name()).isEqualTo("Fire & ice cupping!");
        assertThat(cupping.description()).isEqualTo("Warm then cold cups.");
        assertThat(cupping.pressure()).isEqualTo(Pressure.MEDIUM);
        assertThat(cupping.intense()).isFalse();
        assertThat(cupping.sortOrder()).isEqualTo(last + 1);
        assertThat(offer(cupping.id()).modality()).isEqualTo(cupping);
        assertThat(offer(cupping.id()).durations()).isEmpty();

        Modality firm = edit.add(owner(), "Sports", null, Pressure.FIRM);
        assertThat(firm.intense()).isTrue();
        assertThat(firm.description()).isEmpty();
        assertThat(firm.code()).isEqualTo("SPORTS");

        Modality symbols = edit.add(owner(), "!!!", "", Pressure.LIGHT);
        assertThat(symbols.code()).as("a name with no letters gets a code of its own")
                .isEqualTo("M" + clock.instant().toEpochMilli());

        assertThat(names()).endsWith("Fire & ice cupping!", "Sports", "!!!");
        assertThat(audited(owner())).containsExactly("modality added: !!! added", "modality added: Sports added",
                "modality added: Fire & ice cupping! added");
    }

    @Test
    void aNameAndDescriptionAreRefusedAtTheirLimits() {
        List<String> before = names();
        assertThatThrownBy(() -> edit.add(owner(), null, "", Pressure.LIGHT)).isInstanceOf(Refused.class)
                .hasMessage("Type the modality's name, like Swedish.");
        assertThatThrownBy(() -> edit.add(owner(), "   ", "", Pressure.LIGHT)).hasMessage("Type the modality's name, like Swedish.");
        assertThatThrownBy(() -> edit.add(owner(), "N".repeat(81), "", Pressure.LIGHT))
                .hasMessage("Keep the name under 80 letters.");
        assertThatThrownBy(() -> edit.add(owner(), "Cupping", "D".repeat(401), Pressure.LIGHT))
                .hasMessage("Keep the description under 400 letters; it is one line on the kiosk.");
        assertThat(names()).isEqualTo(before);
        assertThat(audited(owner())).isEmpty();

        Modality longest = edit.add(owner(), "N".repeat(80), "D".repeat(400), Pressure.LIGHT);
        assertThat(longest.name()).hasSize(80);
        assertThat(longest.description()).hasSize(400);
        assertThat(longest.code()).as("cut to the code column's 40").isEqualTo("N".repeat(40));
        Modality cutAtASpace = edit.add(owner(), "A".repeat(39) + " B", "", Pressure.LIGHT);
        assertThat(cutAtASpace.code()).isEqualTo("A".repeat(39));
    }

    @Test
    void aCashierMayNotEditModalitiesAndNothingChanges() {
        StaffMember riley = riley();
        UUID swedish = named("Swedish");
        UUID thirty = offer(swedish).durations().get(0).id();
        String refused = "Riley Brooks (cashier) may not change prices; ask a manager or the owner.";
        assertThatThrownBy(() -> edit.add(riley, "Cupping", "", Pressure.LIGHT)).isInstanceOf(Refused.class).hasMessage(refused);
        assertThatThrownBy(() -> edit.describe(riley, swedish, "Swedish!", "")).hasMessage(refused);
        assertThatThrownBy(() -> edit.showOnKiosk(riley, swedish, false)).hasMessage(refused);
        assertThatThrownBy(() -> edit.move(riley, swedish, false)).hasMessage(refused);
        assertThatThrownBy(() -> edit.addDuration(riley, swedish, 45, Optional.empty(), day)).hasMessage(refused);
        assertThatThrownBy(() -> edit.retireDuration(riley, thirty)).hasMessage(refused);
        assertThat(offer(swedish).modality().name()).isEqualTo("Swedish");
        assertThat(offer(swedish).onKiosk()).isTrue();
        assertThat(offer(swedish).durations()).extracting(PriceSheet.DurationPrice::minutes).containsExactly(30, 60, 90);
        assertThat(names().get(0)).isEqualTo("Swedish");
        assertThat(audited(owner())).isEmpty();
    }

    @Test
    void aDescriptionAndANameChangeAreKeptAndAuditedInWords() {
        UUID swedish = named("Swedish");
        String description = offer(swedish).modality().description();

        edit.describe(owner(), swedish, "Swedish", "Gliding strokes.");
        assertThat(offer(swedish).modality().description()).isEqualTo("Gliding strokes.");
        edit.describe(owner(), swedish, " Classic Swedish ", "Gliding strokes.");
        assertThat(offer(swedish).modality().name()).isEqualTo("Classic Swedish");
        edit.describe(owner(), swedish, "Swedish", description);
        assertThat(offer(swedish).modality().name()).isEqualTo("Swedish");
        assertThat(offer(swedish).modality().description()).isEqualTo(description);

        assertThatThrownBy(() -> edit.describe(owner(), UUID.randomUUID(), "Ghost", ""))
                .isInstanceOf(Refused.class).hasMessage("That modality is no longer on the price list.");
        assertThat(audited(owner())).containsExactly("modality changed: Classic Swedish renamed Swedish, description changed",
                "modality changed: Swedish renamed Classic Swedish", "modality changed: Swedish: description changed");
    }

    @Test
    void aModalityIsKeptOffTheKioskAndShownAgain() {
        UUID thai = named("Thai");
        edit.showOnKiosk(owner(), thai, false);
        assertThat(offer(thai).onKiosk()).isFalse();
        assertThat(stores.catalog().kioskPriceListOn(day).modalities()).extracting(Modality::name).doesNotContain("Thai");
        edit.showOnKiosk(owner(), thai, true);
        assertThat(offer(thai).onKiosk()).isTrue();
        assertThat(stores.catalog().kioskPriceListOn(day).modalities()).extracting(Modality::name).contains("Thai");
        assertThatThrownBy(() -> edit.showOnKiosk(owner(), UUID.randomUUID(), false))
                .hasMessage("That modality is no longer on the price list.");
        assertThat(audited(owner())).containsExactly("modality changed: Thai shown on the kiosk",
                "modality changed: Thai kept off the kiosk");
    }

    @Test
    void aModalityMovesOnePlaceAndNotPastEitherEnd() {
        List<String> start = names();
        String first = start.get(0);
        String second = start.get(1);
        String beforeLast = start.get(start.size() - 2);
        String last = start.get(start.size() - 1);

        edit.move(owner(), named(first), true);
        edit.move(owner(), named(last), false);
        assertThat(names()).as("already at the ends").isEqualTo(start);
        assertThat(audited(owner())).isEmpty();

        edit.move(owner(), named(second), true);
        assertThat(names().subList(0, 3)).containsExactly(second, first, start.get(2));
        edit.move(owner(), named(beforeLast), false);
        assertThat(names().subList(start.size() - 2, start.size())).containsExactly(last, beforeLast);
        edit.move(owner(), named(second), false);
        List<String> lastTwoSwapped = new java.util.ArrayList<>(start.subList(0, start.size() - 2));
        lastTwoSwapped.addAll(List.of(last, beforeLast));
        assertThat(names()).isEqualTo(lastTwoSwapped);
        assertThatThrownBy(() -> edit.move(owner(), UUID.randomUUID(), true)).isInstanceOf(Refused.class)
                .hasMessage("That modality is no longer on the price list.");
        assertThat(audited(owner())).containsExactly("modality changed: " + second + " moved down",
                "modality changed: " + beforeLast + " moved down", "modality changed: " + second + " moved up");
    }

    @Test
    void aDurationIsAddedPricedOrNotWithinItsLimitsAndRetired() {
        UUID relaxation = named("Relaxation");
        UUID fortyFive = edit.addDuration(owner(), relaxation, 45, Optional.of(stores.clinic().money("70.00")), day);
        PriceSheet.DurationPrice added = offer(relaxation).durations().stream().filter(d -> d.id().equals(fortyFive))
                .findFirst().orElseThrow();
        assertThat(added.minutes()).isEqualTo(45);
        assertThat(added.inEffect()).hasValue(stores.clinic().money("70.00"));
        UUID shortest = edit.addDuration(owner(), relaxation, 5, Optional.empty(), day.plusDays(1));
        UUID longest = edit.addDuration(owner(), relaxation, 240, Optional.empty(), day);
        assertThat(offer(relaxation).durations()).extracting(PriceSheet.DurationPrice::id).contains(shortest, longest);
        assertThat(offer(relaxation).durations()).filteredOn(d -> d.id().equals(shortest)).singleElement()
                .satisfies(d -> assertThat(d.inEffect()).isEmpty());

        List<Integer> minutes = offer(relaxation).durations().stream().map(PriceSheet.DurationPrice::minutes).toList();
        assertThatThrownBy(() -> edit.addDuration(owner(), relaxation, 4, Optional.empty(), day)).isInstanceOf(Refused.class)
                .hasMessage("A session lasts between 5 and 240 minutes.");
        assertThatThrownBy(() -> edit.addDuration(owner(), relaxation, 241, Optional.empty(), day))
                .hasMessage("A session lasts between 5 and 240 minutes.");
        assertThatThrownBy(() -> edit.addDuration(owner(), relaxation, 30, Optional.of(stores.clinic().money("0.00")), day))
                .hasMessage("Type a price above zero, or leave it blank to price it later.");
        assertThatThrownBy(() -> edit.addDuration(owner(), relaxation, 60, Optional.empty(), day))
                .hasMessage("Relaxation already has 60 min.");
        assertThatThrownBy(() -> edit.addDuration(owner(), relaxation, 30, Optional.empty(), day.minusDays(1)))
                .hasMessage(day.minusDays(1) + " has passed; a new price takes effect today or on a later day.");
        assertThatThrownBy(() -> edit.addDuration(owner(), UUID.randomUUID(), 30, Optional.empty(), day))
                .hasMessage("That modality is no longer on the price list.");
        assertThat(offer(relaxation).durations()).extracting(PriceSheet.DurationPrice::minutes).isEqualTo(minutes);

        edit.retireDuration(owner(), fortyFive);
        assertThat(offer(relaxation).durations()).extracting(PriceSheet.DurationPrice::id).doesNotContain(fortyFive);
        assertThatThrownBy(() -> edit.retireDuration(owner(), fortyFive)).isInstanceOf(Refused.class)
                .hasMessage("That duration is no longer on the price list.");
        UUID deepNinety = offer(named("Deep tissue")).durations().get(2).id();
        edit.retireDuration(owner(), deepNinety);
        assertThat(offer(named("Deep tissue")).durations()).extracting(PriceSheet.DurationPrice::minutes).containsExactly(30, 60);

        assertThat(audited(owner())).containsExactly("duration retired: Deep tissue 90 min retired",
                "duration retired: Relaxation 45 min retired",
                "duration added: Relaxation 240 min added, not priced yet",
                "duration added: Relaxation 5 min added, not priced yet",
                "duration added: Relaxation 45 min added at 70.00 from " + day);
    }
}
