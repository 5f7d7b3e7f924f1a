package com.knead.control.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.domain.AddOn;
import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.Intake;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.IntakeQuestion.Section;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.ReturningVisitor;
import com.knead.domain.ServicePrice;
import com.knead.usecase.ChangePrice;
import com.knead.domain.PricedKind;
import com.knead.domain.StaffRole;
import com.knead.domain.StaffMember;
import com.knead.domain.Signature;
import com.knead.domain.Visit;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.usecase.KioskServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's stories without a window: the flow driven tap by tap through a recording view, its
 * use cases on a real H2 data folder, its tasks run at once.
 */
class KioskFlowTest {

    private static final LocalDate ADA_BORN = LocalDate.of(1975, 12, 10);
    private static final TypedContact ADA = new TypedContact("Ada Lovelace", "555 123 4567", "", "10", "12", "1975");
    private static final TypedLookup ADA_LOOKS_UP = new TypedLookup("5551234567", "10", "12", "1975");
    private static final SignatureDrawing DRAWN = () -> new byte[] {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path data;
    private Stores stores;
    private final RecordingKioskView view = new RecordingKioskView();
    private final MovingClock clock = new MovingClock();
    private KioskFlow flow;

    @BeforeEach
    void open() {
        stores = DemoFolder.open(data);
        flow = flowOn(stores);
        flow.start();
    }

    private KioskFlow flowOn(Stores opened) {
        KioskServices services = KioskServices.of(opened, opened.catalog().priceListOn(java.time.LocalDate.now()), opened.intakes().form());
        return new KioskFlow(view, new ImmediateTasks(), services, clock);
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private Modality modality(String code) {
        return stores.catalog().priceListOn(java.time.LocalDate.now()).modalities().stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private ServicePrice price(String code, int minutes) {
        return stores.catalog().priceListOn(java.time.LocalDate.now()).price(modality(code).id(), minutes).orElseThrow();
    }

    private AddOn addOn(String code) {
        return stores.catalog().priceListOn(java.time.LocalDate.now()).addOns().stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow();
    }

    /** Contact → body map → the three sections of questions → consent, for a visitor with nothing to flag. */
    private void throughTheForm(TypedContact who, Map<BodyRegion, Integer> pain) {
        flow.contact(who);
        assertThat(view.step()).isEqualTo(KioskStep.BODY_MAP);
        flow.bodyMap(pain);
        assertThat(view.step()).isEqualTo(KioskStep.PAIN);
        flow.section(Section.PAIN, Map.of("how_long", "chronic", "worse_with", "sitting,stress", "pressure", "light"));
        assertThat(view.step()).isEqualTo(KioskStep.HEALTH);
        flow.section(Section.HEALTH, Map.of("arthritis", "yes", "medications", "Ibuprofen"));
        assertThat(view.step()).isEqualTo(KioskStep.PREFERENCES);
        flow.section(Section.PREFERENCES, Map.of("avoid_areas", "feet", "therapist", "any"));
        assertThat(view.step()).isEqualTo(KioskStep.CONSENT);
    }

    private Optional<ReturningVisitor> adaFound() {
        return stores.intakes().returning("5551234567", ADA_BORN);
    }

    /** Ada's first visit, a month ago. */
    private void adaHasBeenBefore() {
        adaHasBeenBefore("", Map.of("pressure", "medium", "how_long", "acute"));
    }

    private void adaHasBeenBefore(String email, Map<String, String> said) {
        ClientDetails ada = new ClientDetails(new ContactDetails("Ada Lovelace", "5551234567"), email, ADA_BORN);
        IntakeAnswers answers = new IntakeAnswers(said, Map.of(BodyRegion.NECK, 4));
        stores.intakes().checkIn(new KioskCheckIn(ada, Optional.empty(), answers,
                Optional.of(new Signature(new byte[] {1, 2, 3}, Instant.now())), modality("SWEDISH"),
                price("SWEDISH", 60)), stores.intakes().form(), Instant.now().minus(Duration.ofDays(30)));
        // Last month's visit is not in today's queue; today starts empty.
    }

    @Test
    void eachVisitorSeesThePricesInEffectNowNotThoseOfWhenTheKioskStarted() {
        ServicePrice swedish60 = price("SWEDISH", 60);
        assertThat(view.last().prices().price(swedish60.modalityId(), 60)).map(ServicePrice::price)
                .contains(stores.clinic().money("80.00"));
        StaffMember owner = stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER).findFirst()
                .orElseThrow();
        new ChangePrice(stores.catalog(), stores.clinic(), java.time.Clock.systemUTC()).change(owner, PricedKind.SERVICE,
                swedish60.id(), stores.clinic().money("95.00"), stores.clinic().businessDay(java.time.Instant.now()));
        assertThat(view.last().prices().price(swedish60.modalityId(), 60)).map(ServicePrice::price)
                .as("the welcome still shows what it had").contains(stores.clinic().money("80.00"));

        flow.newVisitor();
        assertThat(view.last().prices().price(swedish60.modalityId(), 60)).map(ServicePrice::price)
                .contains(stores.clinic().money("95.00"));
        flow.reset();
        flow.returningVisitor();
        assertThat(view.last().prices().price(swedish60.modalityId(), 60)).map(ServicePrice::price)
                .contains(stores.clinic().money("95.00"));
    }

    @Test
    void theWelcomeGreetsWithTheClinicsName() {
        assertThat(view.step()).isEqualTo(KioskStep.WELCOME);
        assertThat(view.last().welcome()).isEqualTo("Welcome to " + stores.clinic().name());
        assertThat(view.last().offerStaff()).isFalse();
    }

    @Test
    void aNewVisitorChecksInEndToEndWithTheirNumberAndWait() {
        flow.newVisitor();
        assertThat(view.step()).isEqualTo(KioskStep.CONTACT);
        throughTheForm(ADA, Map.of(BodyRegion.LOWER_BACK, 6, BodyRegion.NECK, 3));
        flow.signed(DRAWN);
        assertThat(view.step()).isEqualTo(KioskStep.SERVICE);
        // Light pressure with chronic pain: gentle work, nothing intense.
        assertThat(view.last().services().modalityCodes()).contains("SWEDISH", "RELAXATION", "MYOFASCIAL")
                .doesNotContain("DEEP_TISSUE");
        assertThat(view.last().services().why()).contains("can hurt");

        flow.choose(modality("SWEDISH"), price("SWEDISH", 60));
        KioskState review = view.last();
        assertThat(review.step()).isEqualTo(KioskStep.REVIEW);
        assertThat(review.review().lines()).containsExactly(
                new KioskState.ReviewLine("Name", "Ada Lovelace"),
                new KioskState.ReviewLine("Massage", "Swedish, 60 minutes"),
                new KioskState.ReviewLine("Where it hurts", "Neck, Lower back"));
        assertThat(review.review().total()).isEqualTo("Total to pay at the desk: 80.00");
        flow.addOn(addOn("AROMATHERAPY"));
        assertThat(view.last().review().total()).isEqualTo("Total to pay at the desk: 90.00");
        assertThat(view.last().review().addOns()).containsExactly(addOn("AROMATHERAPY"));
        flow.addOn(addOn("HOT_STONES"));
        flow.addOn(addOn("HOT_STONES"));
        assertThat(view.last().review().total()).isEqualTo("Total to pay at the desk: 90.00");

        flow.confirm();
        KioskState done = view.last();
        assertThat(done.step()).isEqualTo(KioskStep.CHECKED_IN);
        assertThat(done.ticket()).isEqualTo(new KioskState.Ticket("You're checked in, Ada. Your number is", "1",
                "You're next.", ""));
        // Nothing of Ada is kept once she is checked in.
        assertThat(view.told).last().isEqualTo("clear");
        assertThat(done.review()).isEqualTo(KioskState.Review.NONE);

        Intake intake = adaFound().flatMap(ReturningVisitor::lastIntake).orElseThrow();
        assertThat(intake.version()).isEqualTo(1);
        assertThat(intake.answers().pain()).isEqualTo(Map.of(BodyRegion.LOWER_BACK, 6, BodyRegion.NECK, 3));
        assertThat(intake.answers().answers()).containsEntry("how_long", "chronic")
                .containsEntry("worse_with", "sitting,stress").containsEntry("medications", "Ibuprofen")
                .containsEntry("therapist", "any");
        assertThat(intake.signature().png()).startsWith(0x89, 'P', 'N', 'G');
        Visit visit = stores.visits().forDay(LocalDate.now()).get(0);
        assertThat(stores.intakes().addOnNames(visit.id())).containsExactly("Aromatherapy");

        // The next visitor waits behind Ada's hour, shared by the therapists on shift.
        flow.reset();
        flow.newVisitor();
        throughTheForm(new TypedContact("Ben Walker", "555 000 2222", "", "1", "2", "1980"), Map.of());
        flow.signed(DRAWN);
        flow.choose(modality("SWEDISH"), price("SWEDISH", 30));
        flow.confirm();
        int therapists = Math.max(1, stores.rota().rota(visit.businessDay()).onShift().size());
        int wait = (60 + therapists - 1) / therapists;
        assertThat(view.last().ticket().number()).isEqualTo("2");
        assertThat(view.last().ticket().waitText()).isEqualTo("About " + ((wait + 4) / 5 * 5) + " minutes.");
    }

    @Test
    void contactProblemsAreToldByFieldAndTheVisitorStays() {
        flow.newVisitor();
        flow.contact(new TypedContact("", "12", "ada@", "1", "1", "2999"));
        assertThat(view.step()).isEqualTo(KioskStep.CONTACT);
        assertThat(view.last().contactProblems()).extracting(ContactDetails.Problem::field).containsExactly(
                ContactDetails.Field.NAME, ContactDetails.Field.PHONE, ContactDetails.Field.EMAIL,
                ContactDetails.Field.BIRTH_DATE);
        flow.contact(ADA);
        assertThat(view.step()).isEqualTo(KioskStep.BODY_MAP);
        assertThat(view.last().contactProblems()).isEmpty();
    }

    @Test
    void aRefusedAnswerIsToldOnItsStepAndGoesWhenPutRight() {
        flow.newVisitor();
        flow.contact(ADA);
        flow.bodyMap(Map.of());
        flow.section(Section.PAIN, Map.of());
        flow.section(Section.HEALTH, Map.of("medications", "x".repeat(501)));
        assertThat(view.step()).isEqualTo(KioskStep.HEALTH);
        assertThat(view.last().problem()).contains("too long; 500 letters at most");
        flow.section(Section.HEALTH, Map.of("medications", "Aspirin"));
        assertThat(view.step()).isEqualTo(KioskStep.PREFERENCES);
        flow.back();
        assertThat(view.last().problem()).isEmpty();
    }

    @Test
    void aReturningVisitorWithNothingChangedGoesStraightToTheServicesAndKeepsTheirIntake() {
        adaHasBeenBefore();
        flow.returningVisitor();
        assertThat(view.step()).isEqualTo(KioskStep.RETURNING);
        flow.findMe(ADA_LOOKS_UP);
        assertThat(view.step()).isEqualTo(KioskStep.CHANGED);
        assertThat(view.last().message()).isEqualTo(new KioskState.Message("Welcome back, Ada",
                "Is everything the same as last time: where it hurts, your preferences and your details? "
                        + "Your health questions are asked at every visit, so that they are up to date."));
        assertThat(view.filled).isEqualTo(new TypedContact("Ada Lovelace", "\u2022\u2022\u2022\u2022 567", "",
                "10", "12", "1975"));
        assertThat(view.filledAnswers).as("nothing of the last intake on screen").isEqualTo(IntakeAnswers.NONE);

        flow.nothingChanged();
        // The health screening is asked every visit; answered as last time, nothing else is asked.
        assertThat(view.step()).isEqualTo(KioskStep.HEALTH);
        flow.section(Section.HEALTH, Map.of());
        assertThat(view.step()).isEqualTo(KioskStep.SERVICE);
        flow.choose(modality("RELAXATION"), price("RELAXATION", 60));
        flow.confirm();
        assertThat(view.last().ticket().number()).isEqualTo("1");
        assertThat(stores.intakes().history(adaFound().orElseThrow().clientId())).hasSize(1);
    }

    @Test
    void aReturningVisitorWhoChangedSomethingSignsAgainAndGetsANewIntakeVersion() {
        adaHasBeenBefore();
        flow.returningVisitor();
        flow.findMe(ADA_LOOKS_UP);
        flow.somethingChanged();
        assertThat(view.told).contains("clearSignature");
        assertThat(view.step()).isEqualTo(KioskStep.CONTACT);
        flow.contact(view.filled);
        flow.bodyMap(Map.of(BodyRegion.NECK, 4, BodyRegion.SHOULDERS, 5));
        // Nothing of last time is carried unless the visitor says "same as last time".
        flow.section(Section.PAIN, Map.of("pressure", "medium"));
        flow.section(Section.HEALTH, Map.of());
        flow.section(Section.PREFERENCES, Map.of());
        assertThat(view.step()).isEqualTo(KioskStep.CONSENT);
        flow.signed(DRAWN);
        flow.choose(modality("SWEDISH"), price("SWEDISH", 60));
        flow.confirm();
        assertThat(view.step()).isEqualTo(KioskStep.CHECKED_IN);

        List<Intake> history = stores.intakes().history(adaFound().orElseThrow().clientId());
        assertThat(history).extracting(Intake::version).containsExactly(1, 2);
        assertThat(history.get(1).answers().pain()).isEqualTo(Map.of(BodyRegion.NECK, 4, BodyRegion.SHOULDERS, 5));
        assertThat(history.get(1).answers().answers()).containsEntry("pressure", "medium");
    }

    @Test
    void noMatchIsSaidTheSameWayWhateverWasWrongAndTheVisitorContinuesAsNew() {
        adaHasBeenBefore();
        flow.returningVisitor();
        flow.findMe(new TypedLookup("12", "10", "12", "1975"));
        assertThat(view.last().problem()).contains("phone number");
        assertThat(view.last().offerNew()).isFalse();

        flow.findMe(new TypedLookup("5551234567", "11", "12", "1975"));
        String wrongBirthday = view.last().problem();
        assertThat(wrongBirthday).isEqualTo(KioskWording.NOT_FOUND).doesNotContain("Ada", "Lovelace");
        assertThat(view.last().offerNew()).isTrue();
        flow.findMe(new TypedLookup("5559999999", "10", "12", "1975"));
        assertThat(view.last().problem()).isEqualTo(wrongBirthday);
        assertThat(view.step()).isEqualTo(KioskStep.RETURNING);

        flow.continueAsNew(new TypedLookup("5559999999", "10", "12", "1975"));
        assertThat(view.step()).isEqualTo(KioskStep.CONTACT);
        assertThat(view.filled).isEqualTo(new TypedContact("", "5559999999", "", "10", "12", "1975"));
        assertThat(view.filledAnswers).isEqualTo(IntakeAnswers.NONE);
        throughTheForm(new TypedContact("Grace Hopper", "5559999999", "", "10", "12", "1975"), Map.of());
        flow.signed(DRAWN);
        flow.choose(modality("SWEDISH"), price("SWEDISH", 30));
        flow.confirm();
        assertThat(view.last().ticket().greeting()).isEqualTo("You're checked in, Grace. Your number is");
        assertThat(stores.intakes().returning("5559999999", ADA_BORN)).isPresent();
    }

    @Test
    void aRedFlagIsToldKindlyThenTheVisitorContinuesAndTheVisitIsFlagged() {
        flow.newVisitor();
        flow.contact(new TypedContact("Grace Hopper", "555 765 4321", "", "9", "12", "1956"));
        flow.bodyMap(Map.of(BodyRegion.LOWER_BACK, 8));
        flow.section(Section.PAIN, Map.of("how_long", "chronic", "pressure", "firm"));
        flow.section(Section.HEALTH, Map.of("numbness", "yes"));
        assertThat(view.step()).isEqualTo(KioskStep.RED_FLAG);
        assertThat(view.last().message().heading()).isEqualTo("Thank you for telling us");
        assertThat(view.last().message().text()).contains("Please speak with the desk before your massage");

        flow.redFlagRead();
        assertThat(view.step()).isEqualTo(KioskStep.PREFERENCES);
        flow.section(Section.PREFERENCES, Map.of());
        flow.signed(DRAWN);
        assertThat(view.last().services().why()).contains("nothing intense");
        assertThat(view.last().services().modalityCodes()).doesNotContain("DEEP_TISSUE", "TRIGGER_POINT");
        flow.choose(modality("SWEDISH"), price("SWEDISH", 30));
        assertThat(view.last().review().lines()).contains(
                new KioskState.ReviewLine("Please note", "Please speak with the desk before your massage."));
        flow.confirm();
        assertThat(view.last().ticket().desk()).isEqualTo("Please speak with the desk before your massage.");
        assertThat(stores.visits().forDay(LocalDate.now())).singleElement()
                .satisfies(v -> assertThat(v.redFlag()).isTrue());
    }

    @Test
    void anIdleVisitIsAskedAboutThenResetAndTheNextVisitorFindsNothingOfIt() {
        flow.idle();
        assertThat(view.last().stillThere()).as("nobody is asked on the welcome screen").isFalse();
        flow.newVisitor();
        flow.contact(new TypedContact("Alan Turing", "555 000 1111", "", "23", "6", "1962"));
        flow.bodyMap(Map.of(BodyRegion.NECK, 7));
        flow.idle();
        assertThat(view.last().stillThere()).isTrue();
        assertThat(view.step()).isEqualTo(KioskStep.PAIN);
        flow.stillHere();
        assertThat(view.last().stillThere()).isFalse();
        assertThat(view.step()).isEqualTo(KioskStep.PAIN);

        flow.section(Section.PAIN, Map.of("pressure", "firm"));
        flow.section(Section.HEALTH, Map.of());
        flow.section(Section.PREFERENCES, Map.of());
        flow.signed(DRAWN);
        flow.choose(modality("SWEDISH"), price("SWEDISH", 60));
        flow.addOn(addOn("HOT_STONES"));
        flow.idle();
        assertThat(view.last().stillThere()).isTrue();
        int cleared = (int) view.told.stream().filter("clear"::equals).count();
        flow.walkedAway();
        assertThat(view.told.stream().filter("clear"::equals).count()).isEqualTo(cleared + 1);
        assertThat(view.last()).isEqualTo(flowOn(stores).state());

        // What Alan gave is gone: the next visitor's check-in carries none of it.
        flow.confirm();
        assertThat(view.step()).isEqualTo(KioskStep.WELCOME);
        flow.newVisitor();
        flow.contact(new TypedContact("Ben Walker", "555 000 2222", "", "1", "2", "1980"));
        flow.bodyMap(Map.of());
        flow.section(Section.PAIN, Map.of());
        flow.section(Section.HEALTH, Map.of());
        flow.section(Section.PREFERENCES, Map.of());
        flow.signed(DRAWN);
        flow.choose(modality("THAI"), price("THAI", 60));
        assertThat(view.last().review().addOns()).isEmpty();
        flow.confirm();
        assertThat(stores.visits().forDay(LocalDate.now())).extracting(Visit::clientName).containsExactly("Ben Walker");
        Intake ben = stores.intakes().returning("5550002222", LocalDate.of(1980, 2, 1))
                .flatMap(ReturningVisitor::lastIntake).orElseThrow();
        assertThat(ben.answers()).isEqualTo(IntakeAnswers.NONE);

        flow.idle();
        assertThat(view.last().stillThere()).as("nobody is asked on the checked-in screen").isFalse();
    }

    @Test
    void backFromEachStepLandsWhereItAlwaysHas() {
        flow.returningVisitor();
        flow.back();
        assertThat(view.step()).isEqualTo(KioskStep.WELCOME);
        flow.newVisitor();
        flow.back();
        assertThat(view.step()).isEqualTo(KioskStep.WELCOME);

        flow.newVisitor();
        flow.contact(ADA);
        Map<KioskStep, KioskStep> backTo = new java.util.LinkedHashMap<>();
        backTo.put(KioskStep.BODY_MAP, KioskStep.CONTACT);
        backTo.put(KioskStep.PAIN, KioskStep.BODY_MAP);
        backTo.put(KioskStep.HEALTH, KioskStep.PAIN);
        backTo.put(KioskStep.PREFERENCES, KioskStep.HEALTH);
        backTo.put(KioskStep.CONSENT, KioskStep.PREFERENCES);
        backTo.put(KioskStep.SERVICE, KioskStep.CONSENT);
        backTo.put(KioskStep.REVIEW, KioskStep.SERVICE);
        Runnable[] forward = {
            () -> flow.contact(ADA),
            () -> flow.bodyMap(Map.of(BodyRegion.NECK, 2)),
            () -> flow.section(Section.PAIN, Map.of("pressure", "medium")),
            () -> flow.section(Section.HEALTH, Map.of()),
            () -> flow.section(Section.PREFERENCES, Map.of()),
            () -> flow.signed(DRAWN),
            () -> flow.choose(modality("SWEDISH"), price("SWEDISH", 60)),
        };
        int i = 0;
        for (Map.Entry<KioskStep, KioskStep> step : backTo.entrySet()) {
            assertThat(view.step()).isEqualTo(step.getKey());
            flow.back();
            assertThat(view.step()).as("back from " + step.getKey()).isEqualTo(step.getValue());
            forward[i].run();
            assertThat(view.step()).isEqualTo(step.getKey());
            if (i + 1 < forward.length) {
                forward[i + 1].run();
            }
            i++;
        }
        // Going back and forth lost nothing: the check-in carries the answers given.
        flow.confirm();
        Intake intake = adaFound().flatMap(ReturningVisitor::lastIntake).orElseThrow();
        assertThat(intake.answers().pain()).isEqualTo(Map.of(BodyRegion.NECK, 2));
        assertThat(intake.answers().answers()).containsEntry("pressure", "medium");
    }

    @Test
    void aCheckInThatCannotBeSavedSaysSoOnTheReviewAndKeepsEverything() {
        Stores other = DemoFolder.open(data.resolve("other"));
        KioskFlow failing = flowOn(other);
        failing.newVisitor();
        failing.contact(ADA);
        failing.bodyMap(Map.of());
        failing.section(Section.PAIN, Map.of());
        failing.section(Section.HEALTH, Map.of());
        failing.section(Section.PREFERENCES, Map.of());
        failing.signed(DRAWN);
        failing.choose(modality("SWEDISH"), price("SWEDISH", 60));
        other.close();
        failing.confirm();
        assertThat(view.step()).isEqualTo(KioskStep.REVIEW);
        assertThat(view.last().problem()).startsWith("Your check-in could not be saved. Nothing you typed is lost");
        assertThat(view.last().review().lines()).isNotEmpty();
    }

    @Test
    void leavingKioskModeNeedsAnOwnersOrManagersPin() {
        flow.staffAsked();
        assertThat(view.step()).as("outside kiosk mode the close keys ask nothing").isEqualTo(KioskStep.WELCOME);
        flow.enterKioskMode();
        assertThat(view.last().offerStaff()).isTrue();
        flow.newVisitor();
        flow.contact(ADA);
        flow.staffAsked();
        assertThat(view.step()).isEqualTo(KioskStep.STAFF);
        assertThat(view.told).last().isEqualTo("clear");
        KioskState.StaffChoice staff = view.last().staff();
        assertThat(staff.allowed()).extracting(m -> m.name()).containsExactly("Olivia Park");
        assertThat(staff.canLeave()).isFalse();
        flow.idle();
        assertThat(view.last().stillThere()).as("a staff screen left open is asked about too").isTrue();
        flow.stillHere();

        flow.staffChosen(staff.allowed().get(0));
        assertThat(view.last().staff().canLeave()).isTrue();
        flow.leave("9999");
        assertThat(view.step()).isEqualTo(KioskStep.STAFF);
        assertThat(view.last().problem()).isEqualTo("That PIN is not right for Olivia Park. Try again; after 4 more wrong PINs it locks for 5 minutes.");
        assertThat(stores.audit().latest(1)).singleElement().satisfies(e -> {
            assertThat(e.place()).isEqualTo("kiosk");
            assertThat(e.outcome()).isEqualTo("wrong");
            assertThat(e.detail()).isEqualTo("leave kiosk mode");
        });
        assertThat(view.told).doesNotContain("leaveKioskMode");
        flow.reset();
        assertThat(view.step()).isEqualTo(KioskStep.WELCOME);
        assertThat(view.last().offerStaff()).isTrue();

        flow.staffAsked();
        flow.staffChosen(view.last().staff().allowed().get(0));
        flow.leave("4827");
        assertThat(view.told).contains("leaveKioskMode");
        assertThat(view.step()).isEqualTo(KioskStep.WELCOME);
        assertThat(view.last().offerStaff()).isFalse();
        flow.staffAsked();
        assertThat(view.step()).isEqualTo(KioskStep.WELCOME);
    }

    @Test
    void fiveWrongStaffPinsLockThatPersonAndTheKioskSaysSoInThePinChecksWords() {
        flow.enterKioskMode();
        flow.staffAsked();
        flow.staffChosen(view.last().staff().allowed().get(0));
        for (int i = 0; i < 5; i++) {
            flow.leave("9999");
        }
        assertThat(view.last().problem()).startsWith("Olivia Park's PIN is locked after 5 wrong tries, until ")
                .endsWith(". Wait, or ask the owner.");
        flow.leave("4827");
        assertThat(view.told).as("locked: even the right PIN waits").doesNotContain("leaveKioskMode");
        assertThat(view.last().staff().checking()).isFalse();
        assertThat(stores.audit().latest(5)).extracting(e -> e.outcome())
                .containsExactly("locked", "wrong", "wrong", "wrong", "wrong");
        assertThat(stores.audit().latest(5)).allSatisfy(e -> assertThat(e.place()).isEqualTo("kiosk"));
    }

    @Test
    void aSecondTapOnCheckMeInRecordsOnceAndAnAnswerForAVisitorWhoLeftIsDropped() {
        HeldTasks held = new HeldTasks();
        KioskFlow slow = new KioskFlow(view, held, KioskServices.of(stores, stores.catalog().priceListOn(java.time.LocalDate.now()),
                stores.intakes().form()), Clock.systemDefaultZone());
        slow.newVisitor();
        held.runAll(); // the price list in effect now, read while the visitor starts typing
        slow.contact(ADA);
        slow.bodyMap(Map.of());
        slow.section(Section.PAIN, Map.of());
        slow.section(Section.HEALTH, Map.of());
        slow.section(Section.PREFERENCES, Map.of());
        slow.signed(DRAWN);
        slow.choose(modality("SWEDISH"), price("SWEDISH", 60));
        slow.confirm();
        slow.confirm();
        assertThat(held.waiting()).isOne();
        held.runAll();
        assertThat(view.step()).isEqualTo(KioskStep.CHECKED_IN);
        assertThat(stores.visits().forDay(LocalDate.now())).hasSize(1);

        // Someone looks themselves up, then walks away before the answer comes: the next visitor sees none of it.
        adaHasBeenBefore();
        slow.returningVisitor();
        slow.findMe(ADA_LOOKS_UP);
        slow.reset();
        held.runAll();
        assertThat(view.step()).isEqualTo(KioskStep.WELCOME);
        assertThat(view.filled).isNull();
    }

    // --- Privacy at a kiosk in a waiting room ---

    @Test
    void aReturningVisitorsContactIsMaskedOnScreenAndKeptAsItWasUnlessRetyped() {
        adaHasBeenBefore("ada@example.org", Map.of("pressure", "medium"));
        flow.returningVisitor();
        flow.findMe(ADA_LOOKS_UP);
        flow.somethingChanged();
        assertThat(view.step()).isEqualTo(KioskStep.CONTACT);
        assertThat(view.filled.phone()).isEqualTo("\u2022\u2022\u2022\u2022 567").doesNotContain("555");
        assertThat(view.filled.email()).isEqualTo("a\u2022\u2022\u2022@\u2026").doesNotContain("example");

        // Left as shown, the masked details stay what they were.
        flow.contact(view.filled);
        assertThat(view.step()).isEqualTo(KioskStep.BODY_MAP);
        flow.sameAsLastTime();
        flow.section(Section.HEALTH, Map.of());
        flow.sameAsLastTime();
        flow.choose(modality("SWEDISH"), price("SWEDISH", 60));
        flow.confirm();
        ClientDetails kept = adaFound().orElseThrow().details();
        assertThat(kept.contact().phone()).isEqualTo("5551234567");
        assertThat(kept.email()).isEqualTo("ada@example.org");

        // Retyped, a detail changes.
        flow.returningVisitor();
        flow.findMe(ADA_LOOKS_UP);
        flow.somethingChanged();
        flow.contact(new TypedContact(view.filled.name(), view.filled.phone(), "ada@lovelace.org", "10", "12",
                "1975"));
        assertThat(view.step()).isEqualTo(KioskStep.BODY_MAP);
        flow.sameAsLastTime();
        flow.section(Section.HEALTH, Map.of());
        flow.sameAsLastTime();
        flow.choose(modality("SWEDISH"), price("SWEDISH", 60));
        flow.confirm();
        assertThat(view.step()).isEqualTo(KioskStep.CHECKED_IN);
        assertThat(adaFound().orElseThrow().details().email()).isEqualTo("ada@lovelace.org");
    }

    @Test
    void theHealthScreeningIsAskedAfreshEveryVisitWithNothingOfTheLastAnswersOnScreen() {
        adaHasBeenBefore("", Map.of("pressure", "medium", "arthritis", "yes", "medications", "Warfarin"));
        flow.returningVisitor();
        flow.findMe(ADA_LOOKS_UP);
        assertThat(view.filledAnswers).isEqualTo(IntakeAnswers.NONE);
        flow.nothingChanged();
        assertThat(view.step()).isEqualTo(KioskStep.HEALTH);
        assertThat(view.filledAnswers).isEqualTo(IntakeAnswers.NONE);
        // Today Ada has no arthritis answer and no medications: that is a change, so she signs again.
        flow.section(Section.HEALTH, Map.of());
        assertThat(view.step()).isEqualTo(KioskStep.CONSENT);
        flow.back();
        assertThat(view.step()).isEqualTo(KioskStep.HEALTH);
        flow.back();
        assertThat(view.step()).as("back past the fresh health questions").isEqualTo(KioskStep.CHANGED);
        flow.nothingChanged();
        flow.section(Section.HEALTH, Map.of("recent_surgery", "yes"));
        assertThat(view.step()).as("a red flag is current, not last month's").isEqualTo(KioskStep.RED_FLAG);
        flow.redFlagRead();
        assertThat(view.step()).isEqualTo(KioskStep.CONSENT);
        flow.signed(DRAWN);
        flow.choose(modality("SWEDISH"), price("SWEDISH", 60));
        flow.confirm();
        List<Intake> history = stores.intakes().history(adaFound().orElseThrow().clientId());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).answers().answers()).containsEntry("recent_surgery", "yes")
                .containsEntry("pressure", "medium").doesNotContainKeys("arthritis", "medications");
    }

    @Test
    void theBodyMapAndPreferencesAreOfferedAsTheSameAsLastTimeWithoutBeingShown() {
        adaHasBeenBefore("", Map.of("pressure", "medium", "avoid_areas", "feet"));
        flow.newVisitor();
        flow.contact(ADA);
        assertThat(view.last().offerSame()).as("a new visitor has no last time").isFalse();

        flow.returningVisitor();
        flow.findMe(ADA_LOOKS_UP);
        flow.somethingChanged();
        assertThat(view.last().offerSame()).isFalse();
        flow.contact(view.filled);
        assertThat(view.step()).isEqualTo(KioskStep.BODY_MAP);
        assertThat(view.last().offerSame()).isTrue();
        assertThat(view.filledAnswers).isEqualTo(IntakeAnswers.NONE);
        flow.sameAsLastTime();
        assertThat(view.step()).isEqualTo(KioskStep.HEALTH);
        assertThat(view.last().offerSame()).as("never for the health questions").isFalse();
        flow.section(Section.HEALTH, Map.of());
        assertThat(view.step()).isEqualTo(KioskStep.PREFERENCES);
        assertThat(view.last().offerSame()).isTrue();
        flow.sameAsLastTime();
        assertThat(view.step()).as("all as last time: the signed intake is kept").isEqualTo(KioskStep.SERVICE);
        flow.choose(modality("SWEDISH"), price("SWEDISH", 60));
        assertThat(view.last().review().lines()).contains(
                new KioskState.ReviewLine("Where it hurts", "The same as last time"));
        flow.back();
        assertThat(view.step()).isEqualTo(KioskStep.SERVICE);
        flow.back();
        assertThat(view.step()).as("no consent was asked, so Back goes to the preferences")
                .isEqualTo(KioskStep.PREFERENCES);
        flow.sameAsLastTime();
        flow.choose(modality("SWEDISH"), price("SWEDISH", 60));
        flow.confirm();
        List<Intake> history = stores.intakes().history(adaFound().orElseThrow().clientId());
        assertThat(history).hasSize(1);
    }

    @Test
    void failedLookupsSlowDownThenSendTheVisitorToTheDeskAndEachIsLogged() {
        adaHasBeenBefore();
        TypedLookup wrong = new TypedLookup("5551234567", "11", "12", "1975");
        flow.returningVisitor();
        flow.findMe(wrong);
        flow.findMe(wrong);
        assertThat(view.last().problem()).isEqualTo(KioskWording.NOT_FOUND);
        flow.findMe(wrong);
        assertThat(view.last().problem()).contains("Please wait 30 seconds");
        // Even the right details wait: the kiosk does not look.
        flow.findMe(ADA_LOOKS_UP);
        assertThat(view.step()).isEqualTo(KioskStep.RETURNING);
        assertThat(view.last().problem()).contains("Please wait 30 seconds");
        clock.pass(Duration.ofSeconds(20));
        flow.reset();
        flow.returningVisitor();
        flow.findMe(ADA_LOOKS_UP);
        assertThat(view.last().problem()).as("walking away does not start the count again")
                .contains("Please wait 10 seconds");
        clock.pass(Duration.ofSeconds(10));
        flow.findMe(wrong);
        assertThat(view.last().problem()).contains("Please wait 60 seconds");
        clock.pass(Duration.ofSeconds(60));
        flow.findMe(wrong);
        assertThat(view.last().problem()).isEqualTo(KioskWording.ASK_THE_DESK);
        assertThat(view.last().offerNew()).isFalse();
        clock.pass(Duration.ofMinutes(10));
        flow.findMe(ADA_LOOKS_UP);
        assertThat(view.last().problem()).isEqualTo(KioskWording.ASK_THE_DESK);
        assertThat(view.step()).isEqualTo(KioskStep.RETURNING);

        clock.pass(Duration.ofMinutes(5));
        flow.findMe(ADA_LOOKS_UP);
        assertThat(view.step()).isEqualTo(KioskStep.CHANGED);

        // The owner's log: every lookup, newest first, with the client only when one was found.
        List<com.knead.store.AuditStore.Entry> logged = stores.audit().latest(20);
        assertThat(logged).extracting(com.knead.store.AuditStore.Entry::outcome).containsExactly("found",
                "refused", "not found", "not found", "refused", "refused", "not found", "not found", "not found");
        assertThat(logged).allSatisfy(entry -> {
            assertThat(entry.place()).isEqualTo("kiosk");
            assertThat(entry.action()).isEqualTo("returning lookup");
            assertThat(entry.id().version()).isEqualTo(7);
        });
        assertThat(logged.get(0).client()).contains(adaFound().orElseThrow().clientId());
        assertThat(logged.subList(1, logged.size())).allSatisfy(entry -> assertThat(entry.client()).isEmpty());
        assertThat(logged.get(0).at()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    @Test
    void aQuestionAddedInTheOfficeIsAskedOfTheNextVisitorAndItsAnswerKeptWithItsWording() {
        StaffMember owner = stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER).findFirst()
                .orElseThrow();
        new com.knead.usecase.IntakeQuestions(stores, java.time.Clock.systemUTC()).add(owner, Section.HEALTH,
                com.knead.domain.IntakeQuestion.Kind.YES_NO, "Diabetes", "");
        assertThat(view.told).as("nothing changes under a visitor already in front of the kiosk").isEmpty();

        flow.newVisitor();
        assertThat(view.told).contains("ask 21 questions");
        throughTheForm(ADA, Map.of());
        flow.signed(DRAWN);
        flow.choose(modality("SWEDISH"), price("SWEDISH", 60));
        assertThat(view.step()).isEqualTo(KioskStep.REVIEW);
        flow.reset();
        flow.newVisitor();
        assertThat(view.told).as("asked again only when the form changed").containsOnlyOnce("ask 21 questions");
        flow.contact(ADA);
        flow.bodyMap(Map.of());
        flow.section(Section.PAIN, Map.of());
        flow.section(Section.HEALTH, Map.of("diabetes", "yes"));
        flow.section(Section.PREFERENCES, Map.of());
        flow.signed(DRAWN);
        flow.choose(modality("SWEDISH"), price("SWEDISH", 60));
        flow.confirm();
        assertThat(view.step()).isEqualTo(KioskStep.CHECKED_IN);

        Intake intake = adaFound().flatMap(ReturningVisitor::lastIntake).orElseThrow();
        assertThat(intake.answers().answers()).containsEntry("diabetes", "yes");
        assertThat(stores.intakes().askedIn(intake.id()).questions()).filteredOn(q -> q.code().equals("diabetes"))
                .singleElement().satisfies(q -> assertThat(q.prompt()).isEqualTo("Diabetes"));
    }
}
