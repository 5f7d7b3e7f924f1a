package com.knead.domain;

import static com.knead.domain.Fixtures.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A returning visitor who changed nothing keeps their last intake; any change makes a new version. */
class UnchangedIntakeTest {

    private static final ClientDetails ADA = ClientDetails.of("Ada Lovelace", "555 123 4567", "", "10", "12", "1975",
            LocalDate.of(2026, 3, 10));
    private static final Modality SWEDISH = new Modality(Fixtures.SWEDISH, "SWEDISH", "Swedish", "", Pressure.LIGHT_MEDIUM,
            false, 1);
    private static final ServicePrice HOUR = new ServicePrice(Ids.next(), Fixtures.SWEDISH, 60, Fixtures.usd("75.00"));
    private static final IntakeAnswers ANSWERS = new IntakeAnswers(Map.of("pressure", "light"), Map.of(BodyRegion.NECK, 3));
    private static final Signature SIGNED = new Signature(new byte[] {1, 2}, NOON);

    private static KioskCheckIn checkIn(Optional<ReturningVisitor> returning, IntakeAnswers answers) {
        return new KioskCheckIn(ADA, returning, answers, Optional.of(SIGNED), SWEDISH, HOUR);
    }

    @Test
    void nothingChangedKeepsTheLastIntake() {
        Intake last = AftercareTest.intake(new IntakeAnswers(Map.of("pressure", " light "), Map.of(BodyRegion.NECK, 3)));
        ReturningVisitor back = new ReturningVisitor(last.clientId(), ADA, Optional.of(last));
        assertThat(checkIn(Optional.of(back), ANSWERS).unchangedIntake()).contains(last);
        assertThat(checkIn(Optional.of(back), ANSWERS).addOns()).isEmpty();
    }

    @Test
    void anyChangeOrNoEarlierIntakeMeansANewOne() {
        Intake last = AftercareTest.intake(ANSWERS);
        ReturningVisitor back = new ReturningVisitor(last.clientId(), ADA, Optional.of(last));
        assertThat(checkIn(Optional.of(back), ANSWERS.with("pressure", "firm")).unchangedIntake()).isEmpty();
        assertThat(checkIn(Optional.of(back), ANSWERS.withPain(Map.of(BodyRegion.NECK, 4))).unchangedIntake()).isEmpty();
        ReturningVisitor neverFilledIn = new ReturningVisitor(last.clientId(), ADA, Optional.empty());
        assertThat(checkIn(Optional.of(neverFilledIn), ANSWERS).unchangedIntake()).isEmpty();
        assertThat(checkIn(Optional.empty(), ANSWERS).unchangedIntake()).isEmpty();
    }
}
