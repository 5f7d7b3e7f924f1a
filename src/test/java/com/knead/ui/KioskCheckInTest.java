package com.knead.ui;

import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.KneadWindows;
import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.Intake;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.ReturningVisitor;
import com.knead.domain.Signature;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import com.knead.ui.touch.BodyMap;
import java.awt.Component;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk driven through its real window on a real H2 file, one visitor story per test. */
class KioskCheckInTest {

    private static final LocalDate ADA_BORN = LocalDate.of(1975, 12, 10);

    @TempDir
    Path data;

    private RunningKiosk running;
    private Robot robot;
    private KioskDriver kiosk;

    private void launch(Duration idle) throws Exception {
        running = RunningKiosk.launch(new KneadWindows.Options(data, false, null, Duration.ofMinutes(5), idle));
        robot = running.robot();
        kiosk = running.kiosk();
    }

    private void launch() throws Exception {
        launch(Duration.ofMinutes(5));
    }

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    /** Closes Knead and reads what it recorded. */
    private <T> T afterClosing(java.util.function.Function<Stores, T> read) throws Exception {
        running.closeKnead();
        try (Stores stores = Stores.open(data)) {
            return read.apply(stores);
        }
    }

    private void touchRulesHold() {
        assertThat(TouchRules.breaches(((javax.swing.JFrame) kiosk.kiosk().target()).getContentPane())).isEmpty();
    }

    private String textOf(String name) {
        JTextComponent field = kiosk.kiosk().textBox(name).target();
        return GuiActionRunner.execute(() -> field.getText());
    }

    private String label(String name) {
        return text(kiosk.kiosk().label(name).target());
    }

    @Test
    void aNewVisitorChecksInEndToEnd() throws Exception {
        launch();
        kiosk.screenshotsAs("kiosk-new").on("welcome");
        touchRulesHold();
        kiosk.tap("kiosk.new").on("contact");
        touchRulesHold();
        // The name typed on the on-screen keyboard: capitals come at the start of each word.
        for (String key : List.of("A", "D", "A", "space", "L", "O", "V", "E", "L", "A", "C", "E")) {
            kiosk.tap("key." + key);
        }
        assertThat(textOf("kiosk.name")).isEqualTo("Ada Lovelace");
        kiosk.kiosk().textBox("kiosk.phone").click();
        for (String key : List.of("5", "5", "5", "1", "2", "3", "4", "5", "6", "7", "7", "delete")) {
            kiosk.tap("key." + key);
        }
        assertThat(textOf("kiosk.phone")).isEqualTo("5551234567");
        kiosk.set("kiosk.birth.day", "10").set("kiosk.birth.month", "12").set("kiosk.birth.year", "1975");
        kiosk.tap("kiosk.contact.next").on("bodyMap");

        kiosk.pain(BodyRegion.LOWER_BACK, 6).pain(BodyRegion.NECK, 3);
        assertThat(label("kiosk.bodyMap.marked")).contains("Neck 3", "Lower back 6");
        kiosk.shot("bodyMap-marked");
        touchRulesHold();
        kiosk.tap("kiosk.bodyMap.next").on("pain");
        kiosk.toggle("kiosk.q.how_long.chronic").toggle("kiosk.q.worse_with.sitting").toggle("kiosk.q.worse_with.stress")
                .toggle("kiosk.q.pressure.light");
        kiosk.shot("pain-answered");
        touchRulesHold();
        kiosk.tap("kiosk.pain.next").on("health");
        kiosk.toggle("kiosk.q.arthritis");
        kiosk.kiosk().textBox("kiosk.q.medications").click();
        kiosk.shot("health-keyboard");
        kiosk.set("kiosk.q.medications", "Ibuprofen");
        touchRulesHold();
        kiosk.tap("kiosk.health.next").on("preferences");
        kiosk.toggle("kiosk.q.avoid_areas.feet").toggle("kiosk.q.therapist.any");
        touchRulesHold();
        kiosk.tap("kiosk.preferences.next").on("consent");
        kiosk.kiosk().button("kiosk.consent.next").requireDisabled();
        kiosk.sign();
        kiosk.kiosk().button("kiosk.consent.next").requireEnabled();
        kiosk.shot("consent-signed");
        touchRulesHold();
        kiosk.tap("kiosk.consent.next").on("service");
        // Light pressure with chronic pain: gentle work suggested, nothing intense.
        kiosk.kiosk().label("kiosk.suggested.SWEDISH").requireVisible();
        kiosk.kiosk().label("kiosk.suggested.RELAXATION").requireVisible();
        kiosk.kiosk().label("kiosk.suggested.MYOFASCIAL").requireVisible();
        assertThat(robot.finder().findAll(kiosk.kiosk().target(),
                c -> "kiosk.suggested.DEEP_TISSUE".equals(c.getName()) && c.isShowing())).isEmpty();
        assertThat(label("kiosk.service.why")).contains("can hurt");
        touchRulesHold();
        kiosk.choose("SWEDISH", 60).on("review");
        assertThat(label("kiosk.review.massage")).contains("Swedish, 60 minutes");
        assertThat(label("kiosk.review.total")).isEqualTo("Total to pay at the desk: 80.00");
        kiosk.toggle("kiosk.addOn.AROMATHERAPY");
        assertThat(label("kiosk.review.total")).isEqualTo("Total to pay at the desk: 90.00");
        touchRulesHold();
        assertThat(kiosk.checkIn()).isEqualTo("1");
        assertThat(label("kiosk.checkedIn")).isEqualTo("You're checked in, Ada. Your number is");
        assertThat(label("kiosk.wait")).isEqualTo("You're next.");
        assertThat(label("kiosk.speakToDesk")).isBlank();
        touchRulesHold();

        List<Object> recorded = afterClosing(stores -> List.of(stores.intakes().returning("5551234567", ADA_BORN)
                .flatMap(ReturningVisitor::lastIntake).orElseThrow(),
                stores.intakes().addOnNames(stores.visits().forDay(LocalDate.now()).get(0).id())));
        Intake intake = (Intake) recorded.get(0);
        assertThat(recorded.get(1)).isEqualTo(List.of("Aromatherapy"));
        assertThat(intake.version()).isEqualTo(1);
        assertThat(intake.answers().pain()).isEqualTo(Map.of(BodyRegion.LOWER_BACK, 6, BodyRegion.NECK, 3));
        assertThat(intake.answers().answers()).containsEntry("how_long", "chronic")
                .containsEntry("worse_with", "sitting,stress").containsEntry("pressure", "light")
                .containsEntry("arthritis", "yes").containsEntry("medications", "Ibuprofen")
                .containsEntry("avoid_areas", "feet").containsEntry("therapist", "any");
        assertThat(intake.redFlags()).isEmpty();
        assertThat(intake.signature().png()).startsWith(0x89, 'P', 'N', 'G');
    }

    /** Ada's first visit, recorded before the kiosk starts. */
    private void adaHasBeenBefore() {
        try (Stores stores = Stores.open(data)) {
            Modality swedish = stores.catalog().priceListOn(java.time.LocalDate.now()).modalities().stream()
                    .filter(m -> m.code().equals("SWEDISH")).findFirst().orElseThrow();
            ClientDetails ada = new ClientDetails(new com.knead.domain.ContactDetails("Ada Lovelace", "5551234567"),
                    "", ADA_BORN);
            IntakeAnswers answers = new IntakeAnswers(Map.of("pressure", "medium", "how_long", "acute"),
                    Map.of(BodyRegion.NECK, 4));
            stores.intakes().checkIn(new KioskCheckIn(ada, Optional.empty(), answers,
                    Optional.of(new Signature(new byte[] {1, 2, 3}, Instant.now())), swedish,
                    stores.catalog().priceListOn(java.time.LocalDate.now()).pricesOf(swedish.id()).get(0)), stores.intakes().form(),
                    Instant.now().minus(Duration.ofDays(30)));
        }
    }

    private void typeOnKeypad(String digits) {
        for (char c : digits.toCharArray()) {
            kiosk.tap("key." + c);
        }
    }

    @Test
    void aReturningVisitorIsFoundByPhoneAndBirthDateAndAChangeMakesANewIntake() throws Exception {
        adaHasBeenBefore();
        launch();
        kiosk.screenshotsAs("kiosk-returning").on("welcome").tap("kiosk.returning").on("returning");
        touchRulesHold();
        // A wrong date of birth: not found, said the same way as an unknown phone, and nothing named.
        typeOnKeypad("5551234567");
        kiosk.kiosk().textBox("kiosk.returning.birth.day").click();
        typeOnKeypad("11");
        kiosk.set("kiosk.returning.birth.month", "12").set("kiosk.returning.birth.year", "1975");
        kiosk.tap("kiosk.returning.next");
        JLabel problem = kiosk.kiosk().label("kiosk.returning.problem").target();
        waitUntil("the kiosk says it found nothing", KioskDriver.WAIT, () -> problem.getText().contains("could not find"));
        String notFound = text(problem);
        assertThat(notFound).doesNotContain("Ada", "Lovelace");
        kiosk.kiosk().button("kiosk.returning.asNew").requireVisible();
        kiosk.shot("not-found");
        touchRulesHold();
        kiosk.set("kiosk.returning.phone", "5559999999").set("kiosk.returning.birth.day", "10").tap("kiosk.returning.next");
        waitUntil("an unknown phone gets the same answer", KioskDriver.WAIT, () -> problem.getText().equals(notFound));

        kiosk.set("kiosk.returning.phone", "555 123 4567").tap("kiosk.returning.next").on("changed");
        assertThat(label("kiosk.changed.heading")).isEqualTo("Welcome back, Ada");
        touchRulesHold();
        kiosk.tap("kiosk.changed.second").on("contact");
        assertThat(textOf("kiosk.name")).isEqualTo("Ada Lovelace");
        assertThat(textOf("kiosk.birth.year")).isEqualTo("1975");
        kiosk.tap("kiosk.contact.next").on("bodyMap");
        BodyMap map = (BodyMap) robot.finder().findByName(kiosk.kiosk().target(), "kiosk.bodyMap", false);
        // On a public screen last time's pain is not shown: it is offered as "same as last time", or marked anew.
        assertThat(GuiActionRunner.execute(map::pain)).as("last time's pain, not shown").isEmpty();
        kiosk.kiosk().button("kiosk.bodyMap.same").requireVisible();
        kiosk.pain(BodyRegion.NECK, 4).pain(BodyRegion.SHOULDERS, 5).tap("kiosk.bodyMap.next").on("pain");
        kiosk.kiosk().toggleButton("kiosk.q.pressure.medium").requireNotSelected();
        kiosk.toggle("kiosk.q.how_long.acute").toggle("kiosk.q.pressure.medium");
        kiosk.tap("kiosk.pain.next").on("health").tap("kiosk.health.next").on("preferences")
                .tap("kiosk.preferences.next").on("consent");
        kiosk.kiosk().button("kiosk.consent.next").requireDisabled();
        kiosk.sign().tap("kiosk.consent.next").on("service").choose("SWEDISH", 60);
        assertThat(kiosk.checkIn()).isEqualTo("1");

        List<Intake> history = afterClosing(stores -> stores.intakes().history(
                stores.intakes().returning("5551234567", ADA_BORN).orElseThrow().clientId()));
        assertThat(history).extracting(Intake::version).containsExactly(1, 2);
        assertThat(history.get(0).answers().pain()).isEqualTo(Map.of(BodyRegion.NECK, 4));
        assertThat(history.get(1).answers().pain()).isEqualTo(Map.of(BodyRegion.NECK, 4, BodyRegion.SHOULDERS, 5));
    }

    @Test
    void aReturningVisitorWithNothingChangedAnswersTheHealthQuestionsAfreshThenChoosesAService() throws Exception {
        adaHasBeenBefore();
        launch();
        kiosk.on("welcome").tap("kiosk.returning").on("returning");
        kiosk.set("kiosk.returning.phone", "5551234567").set("kiosk.returning.birth.day", "10")
                .set("kiosk.returning.birth.month", "12").set("kiosk.returning.birth.year", "1975");
        kiosk.tap("kiosk.returning.next").on("changed").tap("kiosk.changed.first").on("health");
        // Nothing of the last answers on screen; answered the same as last time, the signed intake is kept.
        kiosk.kiosk().toggleButton("kiosk.q.arthritis").requireNotSelected();
        kiosk.tap("kiosk.health.next").on("service").choose("RELAXATION", 60);
        assertThat(kiosk.checkIn()).isEqualTo("1");
        List<Intake> history = afterClosing(stores -> stores.intakes().history(
                stores.intakes().returning("5551234567", ADA_BORN).orElseThrow().clientId()));
        assertThat(history).hasSize(1);
    }

    @Test
    void aRedFlagIsToldKindlyAndFlagsTheVisit() throws Exception {
        launch();
        kiosk.screenshotsAs("kiosk-redflag").newVisitor("Grace Hopper", "555 765 4321", "9", "12", "1956");
        kiosk.pain(BodyRegion.LOWER_BACK, 8).tap("kiosk.bodyMap.next").on("pain");
        kiosk.toggle("kiosk.q.how_long.chronic").toggle("kiosk.q.pressure.firm").tap("kiosk.pain.next").on("health");
        kiosk.toggle("kiosk.q.numbness").tap("kiosk.health.next").on("redFlag");
        assertThat(label("kiosk.redFlag.text")).contains("Please speak with the desk before your massage");
        touchRulesHold();
        kiosk.tap("kiosk.redFlag.first").on("preferences").tap("kiosk.preferences.next").on("consent");
        kiosk.sign().tap("kiosk.consent.next").on("service");
        assertThat(label("kiosk.service.why")).contains("nothing intense");
        assertThat(robot.finder().findAll(kiosk.kiosk().target(),
                c -> c.getName() != null && c.getName().startsWith("kiosk.suggested.") && c.isShowing()))
                .extracting(Component::getName)
                .doesNotContain("kiosk.suggested.DEEP_TISSUE", "kiosk.suggested.TRIGGER_POINT");
        kiosk.choose("SWEDISH", 30).on("review");
        assertThat(label("kiosk.review.please note")).contains("speak with the desk");
        kiosk.checkIn();
        assertThat(label("kiosk.speakToDesk")).isEqualTo("Please speak with the desk before your massage.");

        List<Visit> today = afterClosing(stores -> stores.visits().forDay(LocalDate.now()));
        assertThat(today).singleElement().satisfies(v -> assertThat(v.redFlag()).isTrue());
    }

    @Test
    void anAbandonedVisitIsAskedThenResetAndTheNextVisitorSeesNothingOfIt() throws Exception {
        launch(Duration.ofSeconds(3));
        kiosk.screenshotsAs("kiosk-idle").newVisitor("Alan Turing", "555 000 1111", "23", "6", "1962");
        kiosk.pain(BodyRegion.NECK, 7);
        Component overlay = robot.finder().findByName(kiosk.kiosk().target(), "kiosk.stillThere", false);
        waitUntil("the kiosk asks whether anyone is there", KioskDriver.WAIT, overlay::isShowing);
        kiosk.shot("still-there");
        touchRulesHold();
        kiosk.tap("kiosk.stillThere.here");
        waitUntil("the question goes away", KioskDriver.WAIT, () -> !overlay.isShowing());
        assertThat(label("kiosk.bodyMap.marked")).contains("Neck 7");
        kiosk.tap("kiosk.bodyMap.next").on("pain").toggle("kiosk.q.pressure.firm").tap("kiosk.pain.next").on("health")
                .tap("kiosk.health.next").on("preferences").tap("kiosk.preferences.next").on("consent").sign();
        kiosk.kiosk().button("kiosk.consent.next").requireEnabled();

        waitUntil("the kiosk asks again", KioskDriver.WAIT, overlay::isShowing);
        kiosk.on("welcome");
        assertThat(GuiActionRunner.execute(overlay::isShowing)).isFalse();

        kiosk.tap("kiosk.new").on("contact");
        for (String field : List.of("kiosk.name", "kiosk.phone", "kiosk.email", "kiosk.birth.day", "kiosk.birth.month",
                "kiosk.birth.year")) {
            assertThat(textOf(field)).as(field).isEmpty();
        }
        BodyMap map = (BodyMap) robot.finder().findByName(kiosk.kiosk().target(), "kiosk.bodyMap", false);
        assertThat(GuiActionRunner.execute(map::pain)).isEmpty();
        javax.swing.JToggleButton firm = (javax.swing.JToggleButton) robot.finder()
                .findByName(kiosk.kiosk().target(), "kiosk.q.pressure.firm", false);
        javax.swing.JButton signed = (javax.swing.JButton) robot.finder()
                .findByName(kiosk.kiosk().target(), "kiosk.consent.next", false);
        assertThat(GuiActionRunner.execute(() -> firm.isSelected())).as("pressure answer").isFalse();
        assertThat(GuiActionRunner.execute(() -> signed.isEnabled())).as("consent signed").isFalse();
        List<Visit> today = afterClosing(stores -> stores.visits().forDay(LocalDate.now()));
        assertThat(today).isEmpty();
    }

    @Test
    void invalidInputsAreToldInPlainWordsNextToTheFieldAndNothingTypedIsLost() throws Exception {
        launch();
        kiosk.screenshotsAs("kiosk-invalid").on("welcome").tap("kiosk.new").on("contact");
        kiosk.tap("kiosk.contact.next");
        assertThat(label("kiosk.problem.name")).contains("Please type your name.");
        assertThat(label("kiosk.problem.phone")).contains("Please type your phone number.");
        assertThat(label("kiosk.problem.birth_date")).contains("Please type your date of birth.");

        String tooLong = "A".repeat(81);
        kiosk.set("kiosk.name", tooLong).set("kiosk.phone", "12").set("kiosk.email", "ada@")
                .set("kiosk.birth.day", "1").set("kiosk.birth.month", "1").set("kiosk.birth.year", "2999");
        kiosk.tap("kiosk.contact.next");
        assertThat(label("kiosk.problem.name")).contains("too long");
        assertThat(label("kiosk.problem.phone")).contains("does not look like a phone number");
        assertThat(label("kiosk.problem.email")).contains("does not look like an email");
        assertThat(label("kiosk.problem.birth_date")).contains("in the future");
        kiosk.shot("contact-problems");
        assertThat(textOf("kiosk.name")).isEqualTo(tooLong);
        assertThat(textOf("kiosk.phone")).isEqualTo("12");
        assertThat(textOf("kiosk.email")).isEqualTo("ada@");
        assertThat(textOf("kiosk.birth.year")).isEqualTo("2999");

        kiosk.set("kiosk.birth.year", "1899").tap("kiosk.contact.next");
        assertThat(label("kiosk.problem.birth_date")).contains("more than 120 years ago");
        kiosk.set("kiosk.birth.month", "13").tap("kiosk.contact.next");
        assertThat(label("kiosk.problem.birth_date")).contains("That is not a date");

        // Emoji and SQL-looking text are just text.
        String bobby = "Robert'); DROP TABLE client;-- \uD83D\uDE00";
        kiosk.set("kiosk.name", bobby).set("kiosk.phone", "555 123 4567").set("kiosk.email", "")
                .set("kiosk.birth.month", "1").set("kiosk.birth.year", "1980");
        kiosk.tap("kiosk.contact.next").on("bodyMap").tap("kiosk.bodyMap.next").on("pain")
                .tap("kiosk.pain.next").on("health");
        String essay = "x".repeat(501);
        kiosk.set("kiosk.q.medications", essay).tap("kiosk.health.next");
        assertThat(label("kiosk.health.problem")).contains("too long; 500 letters at most");
        assertThat(textOf("kiosk.q.medications")).isEqualTo(essay);
        kiosk.shot("health-too-long");
        kiosk.set("kiosk.q.medications", "Aspirin'; DELETE FROM intake;--").tap("kiosk.health.next").on("preferences")
                .tap("kiosk.preferences.next").on("consent").sign().tap("kiosk.consent.next").on("service")
                .choose("THAI", 60);
        assertThat(kiosk.checkIn()).isEqualTo("1");
        assertThat(label("kiosk.checkedIn")).contains("Robert');");

        Intake intake = afterClosing(stores -> stores.intakes().returning("5551234567", LocalDate.of(1980, 1, 1))
                .flatMap(ReturningVisitor::lastIntake).orElseThrow());
        assertThat(intake.answers().answers()).containsEntry("medications", "Aspirin'; DELETE FROM intake;--");
    }
}
