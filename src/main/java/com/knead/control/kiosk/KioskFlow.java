package com.knead.control.kiosk;

import com.knead.control.Tasks;
import com.knead.domain.AddOn;
import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.IntakeForm;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.ReturningVisitor;
import com.knead.domain.ServicePrice;
import com.knead.domain.Signature;
import com.knead.domain.StaffMember;
import com.knead.domain.Suggestions;
import com.knead.usecase.KioskServices;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kiosk's check-in, apart from its window: welcome → (returning: phone and date of birth →
 * "has anything changed?") → contact → body map → pain → health → (red flag) → preferences →
 * consent → service → review → checked in, every Back, the "still there?" question, and staff
 * leaving kiosk mode. It keeps what the visitor gave only until the visit is recorded or the kiosk
 * resets, and tells its {@link View} what to show after every tap.
 */
public final class KioskFlow {

    /** The kiosk window, as the flow sees it. */
    public interface View {
        /** Shows {@code state}: its step and everything that step says. */
        void show(KioskState state);

        /** Puts details into the fields (a returning visitor's, or what a visitor not found typed). */
        void fill(TypedContact contact, IntakeAnswers answers);

        /** A changed intake needs signing again: the drawn signature goes. */
        void clearSignature();

        /** Forgets everything the last visitor typed, drew or chose on any screen. */
        void clear();

        /** Staff gave their PIN: the kiosk becomes an ordinary window. */
        void leaveKioskMode();

        /** The office changed the intake form: ask its questions from now on (keeping any answers given). */
        void ask(IntakeForm form);
    }

    private static final Suggestions.Suggestion NO_SUGGESTION = new Suggestions.Suggestion(Set.of(), "");

    private final View view;
    private final Tasks tasks;
    private final KioskServices services;
    private final Clock clock;
    /** What the kiosk offers: read at start-up, then again for each visitor. */
    private PriceList prices;
    /** What the kiosk asks: read at start-up, then again for each visitor. */
    private IntakeForm form;
    private KioskStep step = KioskStep.WELCOME;
    private boolean kioskMode;
    private boolean stillThere;

    // The visitor in front of the kiosk; all of it is forgotten by forget().
    private final Map<KioskStep, String> problems = new EnumMap<>(KioskStep.class);
    private List<ContactDetails.Problem> contactProblems = List.of();
    private boolean offerNew;
    private KioskState.Message changed = KioskState.Message.NONE;
    private Optional<ReturningVisitor> returning = Optional.empty();
    private ClientDetails details;
    private IntakeAnswers answers = IntakeAnswers.NONE;
    private Optional<Drawn> signature = Optional.empty();
    private Suggestions.Suggestion suggestion = NO_SUGGESTION;
    private Modality modality;
    private ServicePrice service;
    private List<KioskState.ReviewLine> reviewLines = List.of();
    private final Set<AddOn> addOns = new LinkedHashSet<>();
    private KioskState.Ticket ticket = KioskState.Ticket.NONE;
    private KioskState.StaffChoice staff = KioskState.StaffChoice.NONE;
    private boolean busy;
    /** Failed lookups in a row at this kiosk, whoever typed them: not forgotten between visitors. */
    private final LookupLimit lookups = new LookupLimit();
    /**
     * A returning visitor's last answers: used, never shown. The health screening is always asked
     * afresh; the body map and preferences are kept only when the visitor says "same as last time".
     */
    private IntakeAnswers last = IntakeAnswers.NONE;
    /** The returning visitor said nothing changed: after the fresh health questions, on to the services. */
    private boolean keepRest;
    /** Counts visitors, so an answer from the data for an earlier visitor is dropped. */
    private int visitor;

    /** A consent drawn at a moment; made into a {@link Signature} when the check-in is recorded. */
    private record Drawn(SignatureDrawing drawing, Instant at) {
        Signature encode() {
            return drawing.typedName().isBlank() ? new Signature(drawing.png(), at)
                    : Signature.typed(drawing.typedName(), at);
        }
    }

    /** {@code clock} is in the clinic's time zone: today's date checks a date of birth. */
    public KioskFlow(View view, Tasks tasks, KioskServices services, Clock clock) {
        this.view = view;
        this.tasks = tasks;
        this.services = services;
        this.clock = clock;
        this.prices = services.priceList();
        this.form = services.form();
    }

    /** Shows the welcome, ready for the first visitor. */
    public void start() {
        publish();
    }

    /** Full screen: the welcome offers a Staff button, and closing the window asks staff for a PIN. */
    public void enterKioskMode() {
        kioskMode = true;
        publish();
    }

    public void newVisitor() {
        forget();
        go(KioskStep.CONTACT);
        readPrices();
    }

    public void returningVisitor() {
        forget();
        go(KioskStep.RETURNING);
        readPrices();
    }

    /**
     * Reads what the kiosk offers and asks now, while the visitor types: a price or a question changed in the
     * office, or the new day's prices after midnight, show on a kiosk running since before. Should it fail,
     * what is already shown stays (the check-in charges the price in effect anyway).
     */
    private void readPrices() {
        tasks.read(services.prices()::offer, read -> {
            prices = read.prices();
            if (!read.form().equals(form)) {
                form = read.form();
                view.ask(form);
            }
            publish();
        }, sentence -> { }, "The kiosk's price list and questions could not be read again");
    }

    /**
     * Looks the visitor up by phone and date of birth; says the same thing whatever did not match.
     * After {@link LookupLimit#FREE} failures in a row each try waits longer, and after
     * {@link LookupLimit#DESK} the kiosk sends the visitor to the desk; every lookup, and every
     * refused one, is logged for the owner.
     */
    public void findMe(TypedLookup typed) {
        List<ContactDetails.Problem> wrong = ContactDetails.check("-", typed.phone());
        Optional<String> birthProblem = ClientDetails.birthProblem(typed.day(), typed.month(), typed.year(),
                LocalDate.now(clock));
        if (!wrong.isEmpty() || birthProblem.isPresent()) {
            offerNew = false;
            problem(KioskStep.RETURNING, wrong.isEmpty() ? birthProblem.get() : wrong.get(0).sentence());
            return;
        }
        if (busy) {
            return;
        }
        Instant now = clock.instant();
        Optional<String> refused = lookups.refusal(now);
        if (refused.isPresent()) {
            offerNew = false;
            busy = true;
            tasks.write(() -> {
                services.returning().refused(now);
                return null;
            }, logged -> busy = false, sentence -> busy = false, "The refused lookup could not be logged");
            problem(KioskStep.RETURNING, refused.get());
            return;
        }
        busy = true;
        int asked = visitor;
        LocalDate born = ClientDetails.birthDate(typed.day(), typed.month(), typed.year()).orElseThrow();
        // On the write lane: the lookup is logged as it is made.
        tasks.write(() -> services.returning().find(typed.phone(), born, now), found -> {
            busy = false;
            if (found.isEmpty()) {
                lookups.failed(now);
            } else {
                lookups.found();
            }
            if (asked != visitor) {
                return;
            }
            if (found.isEmpty()) {
                Optional<String> next = lookups.refusal(now);
                offerNew = !lookups.atTheDesk(now);
                problem(KioskStep.RETURNING, next.orElse(KioskWording.NOT_FOUND));
                return;
            }
            returning = found;
            details = found.get().details();
            last = found.get().lastIntake().map(i -> i.answers()).orElse(IntakeAnswers.NONE);
            answers = IntakeAnswers.NONE;
            changed = KioskWording.welcomeBack(details);
            // Nothing of the last intake goes on screen, and the contact details only masked.
            view.fill(TypedContact.masked(details), IntakeAnswers.NONE);
            go(KioskStep.CHANGED);
        }, sentence -> {
            busy = false;
            offerNew = false;
            problem(KioskStep.RETURNING, sentence);
        }, "We could not look up your last visit");
    }

    public void continueAsNew(TypedLookup typed) {
        forget();
        view.fill(TypedContact.of(typed), IntakeAnswers.NONE);
        go(KioskStep.CONTACT);
    }

    /**
     * Everything as last time: the health questions afresh (nothing of the last answers on screen),
     * then the services; without a last intake there is nothing to keep, so the form.
     */
    public void nothingChanged() {
        if (returning.flatMap(ReturningVisitor::lastIntake).isPresent()) {
            keepRest = true;
            answers = withoutHealth(last);
            go(KioskStep.HEALTH);
        } else {
            go(KioskStep.CONTACT);
        }
    }

    public void somethingChanged() {
        signature = Optional.empty();
        view.clearSignature();
        keepRest = false;
        answers = IntakeAnswers.NONE;
        go(KioskStep.CONTACT);
    }

    /**
     * "Same as last time" on the body map (where it hurts and how) or the preferences: last time's
     * answers of that part are kept, without being shown.
     */
    public void sameAsLastTime() {
        if (!offersSame()) {
            return;
        }
        if (step == KioskStep.BODY_MAP) {
            answers = withSection(answers.withPain(last.pain()), IntakeQuestion.Section.PAIN, last);
            go(KioskStep.HEALTH);
        } else {
            answers = withSection(answers, IntakeQuestion.Section.PREFERENCES, last);
            afterTheForm();
        }
    }

    private boolean offersSame() {
        return returning.flatMap(ReturningVisitor::lastIntake).isPresent() && !keepRest
                && (step == KioskStep.BODY_MAP || step == KioskStep.PREFERENCES);
    }

    /** {@code into} with the answers of {@code section} taken from {@code from} (and no others of that section). */
    private IntakeAnswers withSection(IntakeAnswers into, IntakeQuestion.Section section, IntakeAnswers from) {
        Map<String, String> merged = new java.util.HashMap<>(into.answers());
        for (IntakeQuestion question : form.questions(section)) {
            merged.remove(question.code());
            from.answer(question.code()).ifPresent(answer -> merged.put(question.code(), answer));
        }
        return new IntakeAnswers(merged, into.pain());
    }

    private IntakeAnswers withoutHealth(IntakeAnswers from) {
        return withSection(from, IntakeQuestion.Section.HEALTH, IntakeAnswers.NONE);
    }

    /** Consent for a new intake version; a returning visitor who answered as last time keeps their signed one. */
    private void afterTheForm() {
        if (returning.flatMap(ReturningVisitor::lastIntake).isPresent() && answers.equals(last)) {
            signature = Optional.empty();
            showServices();
        } else {
            go(KioskStep.CONSENT);
        }
    }

    public void contact(TypedContact typed) {
        if (returning.isPresent()) {
            // A masked detail left as shown is kept as it was; only a retyped one changes.
            TypedContact shown = TypedContact.masked(details);
            typed = new TypedContact(typed.name(),
                    typed.phone().equals(shown.phone()) ? returning.get().details().contact().phone() : typed.phone(),
                    typed.email().equals(shown.email()) ? returning.get().details().email() : typed.email(),
                    typed.day(), typed.month(), typed.year());
        }
        LocalDate today = LocalDate.now(clock);
        contactProblems = ClientDetails.check(typed.name(), typed.phone(), typed.email(), typed.day(), typed.month(),
                typed.year(), today);
        if (!contactProblems.isEmpty()) {
            publish();
            return;
        }
        details = ClientDetails.of(typed.name(), typed.phone(), typed.email(), typed.day(), typed.month(),
                typed.year(), today);
        go(KioskStep.BODY_MAP);
    }

    public void bodyMap(Map<BodyRegion, Integer> pain) {
        answers = answers.withPain(pain);
        go(KioskStep.PAIN);
    }

    /** The answers of one section of questions; moves on unless one of them is refused. */
    public void section(IntakeQuestion.Section section, Map<String, String> given) {
        IntakeAnswers updated = answers;
        for (Map.Entry<String, String> answer : given.entrySet()) {
            updated = updated.with(answer.getKey(), answer.getValue());
        }
        KioskStep here = KioskStep.of(section);
        Optional<String> refused = form.problem(updated);
        if (refused.isPresent()) {
            problem(here, refused.get());
            return;
        }
        problems.remove(here);
        answers = updated;
        switch (section) {
            case PAIN -> go(KioskStep.HEALTH);
            case HEALTH -> {
                if (!form.redFlags(answers).isEmpty()) {
                    go(KioskStep.RED_FLAG);
                } else {
                    redFlagRead();
                }
            }
            case PREFERENCES -> afterTheForm();
        }
    }

    /** "Continue" after the red flag was told: on with the form (or past it, when nothing else changed). */
    public void redFlagRead() {
        if (keepRest) {
            afterTheForm();
        } else {
            go(KioskStep.PREFERENCES);
        }
    }

    public void signed(SignatureDrawing drawing) {
        signature = Optional.of(new Drawn(drawing, clock.instant()));
        showServices();
    }

    private void showServices() {
        suggestion = Suggestions.of(answers, form.redFlags(answers), prices.modalities());
        go(KioskStep.SERVICE);
    }

    public void choose(Modality chosen, ServicePrice price) {
        modality = chosen;
        service = price;
        boolean flagged = !form.redFlags(answers).isEmpty();
        boolean painKept = returning.isPresent() && !last.pain().isEmpty() && answers.pain().equals(last.pain());
        reviewLines = KioskWording.review(details, chosen, price, answers, flagged, painKept);
        problems.remove(KioskStep.REVIEW);
        go(KioskStep.REVIEW);
    }

    /** Taps an add-on on or off. */
    public void addOn(AddOn addOn) {
        if (!addOns.remove(addOn)) {
            addOns.add(addOn);
        }
        publish();
    }

    /** Records the check-in on the write lane; the visitor sees their number and wait, or what to do. */
    public void confirm() {
        if (busy || details == null || modality == null) {
            return;
        }
        busy = true;
        int asked = visitor;
        ClientDetails who = details;
        Optional<ReturningVisitor> found = returning;
        IntakeAnswers given = answers;
        Optional<Drawn> signed = signature;
        Modality chosen = modality;
        ServicePrice price = service;
        List<AddOn> extras = chosenAddOns();
        IntakeForm asking = form;
        tasks.write(() -> services.checkIn().checkIn(new KioskCheckIn(who, found, given, signed.map(Drawn::encode),
                chosen, price, extras), asking, clock.instant()), checkedIn -> {
            busy = false;
            if (asked != visitor) {
                return;
            }
            forget();
            ticket = KioskWording.ticket(checkedIn);
            go(KioskStep.CHECKED_IN);
        }, sentence -> {
            busy = false;
            if (asked == visitor) {
                problem(KioskStep.REVIEW, sentence);
            }
        }, "Your check-in could not be saved");
    }

    private List<AddOn> chosenAddOns() {
        // In the clinic's order, whatever order they were tapped in.
        return prices.addOns().stream().filter(addOns::contains).toList();
    }

    /** Back from the step showing, to where that step's Back leads. */
    public void back() {
        KioskStep to = step.back();
        boolean signing = signature.isPresent() || step == KioskStep.CONSENT;
        if (keepRest && (step == KioskStep.HEALTH)) {
            to = KioskStep.CHANGED;
        } else if (keepRest && (step == KioskStep.CONSENT || step == KioskStep.SERVICE && !signing)) {
            to = KioskStep.HEALTH;
        } else if (step == KioskStep.SERVICE && !signing && returning.isPresent()) {
            to = KioskStep.PREFERENCES;
        }
        go(to);
    }

    /** Back to the welcome screen with nothing of the last visitor left (Done, Start over, Back to check-in). */
    public void reset() {
        forget();
        go(KioskStep.WELCOME);
    }

    /** Nobody has touched the kiosk for a while: part way through, it asks whether anyone is there. */
    public void idle() {
        if (step.inProgress() && !stillThere) {
            stillThere = true;
            publish();
        }
    }

    public void stillHere() {
        stillThere = false;
        publish();
    }

    /** Nobody answered "still there?", or they chose to start over. */
    public void walkedAway() {
        reset();
    }

    /** The close keys or the Staff button: in kiosk mode, the staff screen with who may leave it. */
    public void staffAsked() {
        if (!kioskMode) {
            return;
        }
        forget();
        go(KioskStep.STAFF);
        int asked = visitor;
        tasks.read(() -> services.staffExit().whoMayLeave(), allowed -> {
            if (asked == visitor) {
                staff = new KioskState.StaffChoice(allowed, Optional.empty(), false);
                publish();
            }
        }, sentence -> problem(KioskStep.STAFF, sentence), "The staff list could not be read");
    }

    public void staffChosen(StaffMember member) {
        staff = new KioskState.StaffChoice(staff.allowed(), Optional.of(member), staff.checking());
        publish();
    }

    /**
     * Checks the PIN typed against the one person chosen (PIN hashes are slow on purpose: worker work);
     * a wrong one is told in the PIN check's own words, which count the tries left.
     */
    public void leave(String pin) {
        if (!staff.canLeave()) {
            return;
        }
        StaffMember member = staff.chosen().orElseThrow();
        staff = new KioskState.StaffChoice(staff.allowed(), staff.chosen(), true);
        publish();
        int asked = visitor;
        // A wrong PIN is recorded (the count, perhaps a lock, the log): a write.
        tasks.write(() -> {
            services.staffExit().leave(member, pin);
            return member;
        }, left -> {
            if (asked != visitor) {
                return;
            }
            staff = new KioskState.StaffChoice(staff.allowed(), staff.chosen(), false);
            kioskMode = false;
            view.leaveKioskMode();
            reset();
        }, sentence -> {
            if (asked != visitor) {
                return;
            }
            staff = new KioskState.StaffChoice(staff.allowed(), staff.chosen(), false);
            problem(KioskStep.STAFF, sentence);
        }, "The PIN could not be checked");
    }

    /** What the kiosk shows now. */
    public KioskState state() {
        KioskState.Message message = switch (step) {
            case CHANGED -> changed;
            case RED_FLAG -> KioskWording.RED_FLAG;
            default -> KioskState.Message.NONE;
        };
        KioskState.Review review = new KioskState.Review(reviewLines, addOns,
                KioskWording.total(service, chosenAddOns()));
        return new KioskState(step, KioskWording.welcome(services.clinicName()), kioskMode,
                problems.getOrDefault(step, ""), contactProblems, offerNew, message, suggestion, review, ticket, staff,
                stillThere, offersSame(), prices);
    }

    private void problem(KioskStep where, String sentence) {
        problems.put(where, sentence);
        publish();
    }

    private void go(KioskStep to) {
        step = to;
        stillThere = false;
        publish();
    }

    private void publish() {
        view.show(state());
    }

    private void forget() {
        visitor++;
        problems.clear();
        contactProblems = List.of();
        offerNew = false;
        changed = KioskState.Message.NONE;
        returning = Optional.empty();
        last = IntakeAnswers.NONE;
        keepRest = false;
        details = null;
        answers = IntakeAnswers.NONE;
        signature = Optional.empty();
        suggestion = NO_SUGGESTION;
        modality = null;
        service = null;
        reviewLines = List.of();
        addOns.clear();
        ticket = KioskState.Ticket.NONE;
        staff = KioskState.StaffChoice.NONE;
        view.clear();
    }
}
