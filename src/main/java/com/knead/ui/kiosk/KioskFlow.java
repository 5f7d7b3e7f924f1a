package com.knead.ui.kiosk;

import com.knead.domain.AddOn;
import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.IntakeForm;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PriceList;
import com.knead.domain.RedFlag;
import com.knead.domain.ReturningVisitor;
import com.knead.domain.ServicePrice;
import com.knead.domain.Signature;
import com.knead.domain.Suggestions;
import com.knead.domain.Visit;
import com.knead.domain.WaitEstimate;
import com.knead.store.Stores;
import com.knead.ui.common.Background;
import com.knead.ui.touch.SignaturePad;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kiosk's check-in, apart from its widgets: welcome → (returning: phone and date of birth →
 * "has anything changed?") → contact → body map → pain → health → preferences → consent →
 * service → review → checked in. It keeps what the visitor gave only until the visit is recorded
 * or the kiosk resets; store work runs off the Event Dispatch Thread.
 */
final class KioskFlow {

    enum Step { WELCOME, RETURNING, CHANGED, CONTACT, BODY_MAP, PAIN, HEALTH, RED_FLAG, PREFERENCES, CONSENT,
        SERVICE, REVIEW, CHECKED_IN }

    interface View {
        void show(Step step);

        void showContactProblems(List<ContactDetails.Problem> problems);

        void showReturningProblem(String sentence, boolean offerNew);

        /** Starts the contact step with what a visitor not found already typed. */
        void startAsNew(ReturningScreen.Typed typed);

        /** Pre-fills every step with a returning visitor's details and last answers. */
        void fill(ClientDetails details, IntakeAnswers answers);

        void welcomeBack(String firstName);

        void showProblem(Step step, String sentence);

        void showServices(Suggestions.Suggestion suggestion);

        void showReview(List<String[]> lines, Money price);

        void showCheckedIn(Visit visit, int waitMinutes);

        /** A changed intake needs signing again. */
        void clearSignature();

        /** Forgets everything the last visitor typed or chose. */
        void clear();
    }

    private final View view;
    private Clock clock;
    private Stores stores;
    private IntakeForm form;
    private PriceList priceList;

    // The visitor in front of the kiosk; all of it is forgotten by reset().
    private Optional<ReturningVisitor> returning = Optional.empty();
    private ClientDetails details;
    private IntakeAnswers answers = IntakeAnswers.NONE;
    /** The consent signed for a new intake version: the drawing, made into a PNG when the check-in is saved. */
    private Optional<SignedImage> signature = Optional.empty();

    private record SignedImage(java.awt.image.BufferedImage image, java.time.Instant at) {
        Signature encode() {
            return new Signature(SignaturePad.png(image), at);
        }
    }
    private Modality modality;
    private ServicePrice service;
    private boolean busy;
    /** Counts visitors, so an answer from the store for an earlier visitor is dropped. */
    private int visitor;

    KioskFlow(View view) {
        this.view = view;
    }

    /**
     * The store arrives once the database is open; until then the kiosk only shows its welcome.
     * So does the clock: making one for the local time zone reads the zone rules from a file.
     */
    void ready(Stores opened, PriceList prices, IntakeForm intakeForm, Clock localClock) {
        this.stores = opened;
        this.priceList = prices;
        this.form = intakeForm;
        this.clock = localClock;
    }

    boolean isReady() {
        return stores != null;
    }

    IntakeForm form() {
        return form;
    }

    void newVisitor() {
        if (isReady()) {
            forget();
            view.show(Step.CONTACT);
        }
    }

    void returningVisitor() {
        if (isReady()) {
            forget();
            view.show(Step.RETURNING);
        }
    }

    /** Looks the visitor up by phone and date of birth; says the same thing whatever did not match. */
    void findMe(ReturningScreen.Typed typed) {
        List<ContactDetails.Problem> problems = ContactDetails.check("-", typed.phone());
        Optional<String> birthProblem = ClientDetails.birthProblem(typed.day(), typed.month(), typed.year(),
                LocalDate.now(clock));
        if (!problems.isEmpty() || birthProblem.isPresent()) {
            view.showReturningProblem(problems.isEmpty() ? birthProblem.get() : problems.get(0).sentence(), false);
            return;
        }
        if (busy) {
            return;
        }
        busy = true;
        int asked = visitor;
        LocalDate born = ClientDetails.birthDate(typed.day(), typed.month(), typed.year()).orElseThrow();
        Background.run(() -> stores.intakes().returning(typed.phone(), born), found -> {
            busy = false;
            if (asked != visitor) {
                return;
            }
            if (found.isEmpty()) {
                view.showReturningProblem("We could not find a visit with that phone number and date of birth. "
                        + "Please check them, or continue as a new visitor.", true);
                return;
            }
            returning = found;
            details = found.get().details();
            answers = found.get().lastIntake().map(i -> i.answers()).orElse(IntakeAnswers.NONE);
            view.fill(details, answers);
            view.welcomeBack(details.contact().name().split(" ")[0]);
            view.show(Step.CHANGED);
        }, sentence -> {
            busy = false;
            view.showReturningProblem(sentence, false);
        }, "We could not look up your last visit");
    }

    void continueAsNew(ReturningScreen.Typed typed) {
        forget();
        view.startAsNew(typed);
        view.show(Step.CONTACT);
    }

    void nothingChanged() {
        if (returning.flatMap(ReturningVisitor::lastIntake).isPresent()) {
            showServices();
        } else {
            view.show(Step.CONTACT);
        }
    }

    void somethingChanged() {
        signature = Optional.empty();
        view.clearSignature();
        view.show(Step.CONTACT);
    }

    void contact(ContactScreen.Typed typed) {
        LocalDate today = LocalDate.now(clock);
        List<ContactDetails.Problem> problems = ClientDetails.check(typed.name(), typed.phone(), typed.email(),
                typed.day(), typed.month(), typed.year(), today);
        view.showContactProblems(problems);
        if (problems.isEmpty()) {
            details = ClientDetails.of(typed.name(), typed.phone(), typed.email(), typed.day(), typed.month(),
                    typed.year(), today);
            view.show(Step.BODY_MAP);
        }
    }

    void bodyMap(Map<BodyRegion, Integer> pain) {
        answers = answers.withPain(pain);
        view.show(Step.PAIN);
    }

    /** The answers of one section of questions; moves on unless one of them is refused. */
    void section(IntakeQuestion.Section section, Map<String, String> given) {
        IntakeAnswers updated = answers;
        for (Map.Entry<String, String> answer : given.entrySet()) {
            updated = updated.with(answer.getKey(), answer.getValue());
        }
        Step here = step(section);
        Optional<String> problem = form.problem(updated);
        view.showProblem(here, problem.orElse(""));
        if (problem.isPresent()) {
            return;
        }
        answers = updated;
        switch (section) {
            case PAIN -> view.show(Step.HEALTH);
            case HEALTH -> view.show(form.redFlags(answers).isEmpty() ? Step.PREFERENCES : Step.RED_FLAG);
            case PREFERENCES -> view.show(Step.CONSENT);
        }
    }

    static Step step(IntakeQuestion.Section section) {
        return switch (section) {
            case PAIN -> Step.PAIN;
            case HEALTH -> Step.HEALTH;
            case PREFERENCES -> Step.PREFERENCES;
        };
    }

    void signed(java.awt.image.BufferedImage drawn) {
        signature = Optional.of(new SignedImage(drawn, clock.instant()));
        showServices();
    }

    private void showServices() {
        view.showServices(Suggestions.of(answers, form.redFlags(answers), priceList.modalities()));
        view.show(Step.SERVICE);
    }

    void choose(Modality chosen, ServicePrice price) {
        modality = chosen;
        service = price;
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Name", details.contact().name()});
        lines.add(new String[] {"Massage", chosen.name() + ", " + price.minutes() + " minutes"});
        lines.add(new String[] {"Where it hurts", answers.pain().isEmpty() ? "Nowhere marked"
                : answers.pain().keySet().stream().sorted().map(r -> r.label()).collect(Collectors.joining(", "))});
        List<RedFlag> flags = form.redFlags(answers);
        if (!flags.isEmpty()) {
            lines.add(new String[] {"Please note", "Please speak with the desk before your massage."});
        }
        view.showReview(lines, price.price());
        view.show(Step.REVIEW);
    }

    /** Records the check-in; the visitor sees their number and wait, or a sentence saying what to do. */
    void confirm(List<AddOn> addOns) {
        if (busy || details == null || modality == null) {
            return;
        }
        busy = true;
        int asked = visitor;
        ClientDetails who = details;
        Optional<ReturningVisitor> found = returning;
        IntakeAnswers given = answers;
        Optional<SignedImage> signed = signature;
        Modality chosen = modality;
        ServicePrice price = service;
        Background.run(() -> record(new KioskCheckIn(who, found, given, signed.map(SignedImage::encode), chosen, price,
                        addOns)),
                checkedIn -> {
            busy = false;
            if (asked != visitor) {
                return;
            }
            forget();
            view.showCheckedIn(checkedIn.visit(), checkedIn.waitMinutes());
            view.show(Step.CHECKED_IN);
        }, sentence -> {
            busy = false;
            view.showProblem(Step.REVIEW, sentence);
        }, "Your check-in could not be saved");
    }

    /** A visit just recorded and the wait the visitor is told. */
    record CheckedIn(Visit visit, int waitMinutes) {
    }

    private CheckedIn record(KioskCheckIn checkIn) {
        Visit visit = stores.intakes().checkIn(checkIn, form, clock.instant());
        int therapists = stores.rota().rota(visit.businessDay()).onShift().size();
        return new CheckedIn(visit, WaitEstimate.minutes(stores.visits().forDay(visit.businessDay()),
                stores.intakes().extraMinutes(visit.businessDay()), visit.id(), therapists));
    }

    void back(Step to) {
        view.show(to);
    }

    /** Back to the welcome screen with nothing of the last visitor left. */
    void reset() {
        forget();
        view.clear();
        view.show(Step.WELCOME);
    }

    private void forget() {
        visitor++;
        returning = Optional.empty();
        details = null;
        answers = IntakeAnswers.NONE;
        signature = Optional.empty();
        modality = null;
        service = null;
        view.clear();
    }
}
