package com.knead.ui.kiosk;

import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.IntakeForm;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.Money;
import com.knead.domain.PriceList;
import com.knead.domain.Suggestions;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import java.awt.CardLayout;
import java.awt.Component;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The self check-in kiosk. It shows its welcome screen at once and becomes usable when the
 * database is open; after a check-in, or when a visitor walks away, it resets itself so the next
 * visitor sees nothing of the last.
 */
public final class KioskFrame extends JFrame implements KioskFlow.View {

    private static final String STAFF = "STAFF";
    private final CardLayout cards = new CardLayout();
    private final JPanel screens = new JPanel(cards);
    private final KioskFlow flow = new KioskFlow(this);
    private final WelcomeScreen welcome = new WelcomeScreen(flow::newVisitor, flow::returningVisitor);
    private final Timer resetAfterCheckIn = new Timer(20_000, e -> flow.reset());
    private Duration idleTime = Duration.ofSeconds(60);
    private KioskFlow.Step showing = KioskFlow.Step.WELCOME;
    // Built in ready(), after the welcome screen has painted: only it is needed to greet the first visitor.
    private ReturningScreen returning;
    private MessageScreen changed;
    private ContactScreen contact;
    private BodyMapScreen bodyMap;
    private final Map<IntakeQuestion.Section, QuestionScreen> questions = new EnumMap<>(IntakeQuestion.Section.class);
    private MessageScreen redFlag;
    private ConsentScreen consent;
    private ServiceScreen service;
    private ReviewScreen review;
    private CheckedInScreen checkedIn;
    private StillThere stillThere;
    private PriceList priceList;
    private StaffExitScreen staffExit;
    private Stores stores;
    private boolean kioskMode;

    public KioskFrame() {
        super("Knead — Check in");
        setName("kiosk");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        screens.add(welcome, KioskFlow.Step.WELCOME.name());
        setContentPane(screens);
        resetAfterCheckIn.setRepeats(false);
        setSize(1280, 800);
        // In kiosk mode the window's close keys ask for a staff PIN instead of closing anything.
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                askStaff();
            }
        });
    }

    /** Full screen without a frame; leaving it needs an owner's or manager's PIN. */
    public void enterKioskMode(java.awt.Rectangle screen) {
        kioskMode = true;
        setUndecorated(true);
        setBounds(screen);
        // Nothing opened later (the desk, a dialog of another window) may cover the kiosk or show a
        // visitor the queue; staff leave kiosk mode with their PIN to reach the other windows.
        setAlwaysOnTop(true);
    }

    public boolean inKioskMode() {
        return kioskMode;
    }

    private void askStaff() {
        if (!kioskMode || staffExit == null) {
            return;
        }
        flow.reset();
        staffExit.start(stores.staff());
        cards.show(screens, STAFF);
        // Not a visitor's step, but a staff screen left open is asked about and reset like one.
        showing = null;
        stillThere.touched();
    }

    private void leaveKioskMode() {
        kioskMode = false;
        setAlwaysOnTop(false);
        welcome.hideStaff();
        java.awt.Rectangle screen = getBounds();
        super.dispose();
        setUndecorated(false);
        setSize(1280, 800);
        setLocation(screen.x + Math.max(0, (screen.width - 1280) / 2), screen.y + Math.max(0, (screen.height - 800) / 2));
        flow.reset();
        setVisible(true);
    }

    /** How long the "checked in" screen stays before the kiosk resets by itself. */
    public void resetAfter(Duration delay) {
        resetAfterCheckIn.setInitialDelay((int) delay.toMillis());
    }

    /** How long the kiosk waits, untouched in the middle of a check-in, before asking "Are you still there?". */
    public void idleAfter(Duration idle) {
        idleTime = idle;
    }

    /** Runs {@code action} once, when the kiosk first paints (so start-up can be timed to a visible screen). */
    public void onFirstPaint(Runnable action) {
        welcome.onFirstPaint(action);
    }

    /**
     * Called on the EDT once the database is open and the price list and intake form are read;
     * {@code clock} is in the local time zone (from {@link Clock#systemDefaultZone()}, made off the EDT).
     */
    public void ready(Stores stores, PriceList priceList, IntakeForm form, Clock clock) {
        returning = new ReturningScreen(flow::findMe, flow::continueAsNew, () -> flow.back(KioskFlow.Step.WELCOME));
        changed = new MessageScreen("changed", "Nothing has changed", flow::nothingChanged,
                "Yes, something changed", flow::somethingChanged);
        contact = new ContactScreen(flow::contact, () -> flow.back(KioskFlow.Step.WELCOME));
        bodyMap = new BodyMapScreen(flow::bodyMap, () -> flow.back(KioskFlow.Step.CONTACT));
        KioskFlow.Step before = KioskFlow.Step.BODY_MAP;
        int step = 3;
        for (IntakeQuestion.Section section : IntakeQuestion.Section.values()) {
            KioskFlow.Step back = before;
            QuestionScreen screen = new QuestionScreen(section, form.questions(section), step++,
                    answers -> flow.section(section, answers), () -> flow.back(back));
            questions.put(section, screen);
            before = KioskFlow.step(section);
        }
        redFlag = new MessageScreen("redFlag", "Continue", () -> flow.back(KioskFlow.Step.PREFERENCES), null, null);
        redFlag.say("Thank you for telling us",
                "Please speak with the desk before your massage. They will check with you that massage is safe "
                        + "for you today. You can finish checking in first.");
        consent = new ConsentScreen(flow::signed, () -> flow.back(KioskFlow.Step.PREFERENCES));
        service = new ServiceScreen((m, p) -> flow.choose(m, p), () -> flow.back(KioskFlow.Step.CONSENT));
        review = new ReviewScreen(flow::confirm, () -> flow.back(KioskFlow.Step.SERVICE));
        review.offer(priceList.addOns());
        checkedIn = new CheckedInScreen(flow::reset);
        staffExit = new StaffExitScreen(this::leaveKioskMode, flow::reset);
        this.stores = stores;
        screens.add(staffExit, STAFF);
        if (kioskMode) {
            welcome.offerStaff(this::askStaff);
        }
        add(returning.page(), KioskFlow.Step.RETURNING);
        add(changed, KioskFlow.Step.CHANGED);
        add(contact.page(), KioskFlow.Step.CONTACT);
        add(bodyMap.page(), KioskFlow.Step.BODY_MAP);
        questions.forEach((section, screen) -> add(screen.page(), KioskFlow.step(section)));
        add(redFlag, KioskFlow.Step.RED_FLAG);
        add(consent.page(), KioskFlow.Step.CONSENT);
        add(service.page(), KioskFlow.Step.SERVICE);
        add(review.page(), KioskFlow.Step.REVIEW);
        add(checkedIn, KioskFlow.Step.CHECKED_IN);
        stillThere = new StillThere(this, idleTime,
                () -> showing != KioskFlow.Step.WELCOME && showing != KioskFlow.Step.CHECKED_IN, flow::reset);
        this.priceList = priceList;
        flow.ready(stores, priceList, form, clock);
        welcome.ready(stores.clinic().name());
    }

    private void add(Component screen, KioskFlow.Step step) {
        screens.add(screen, step.name());
    }

    @Override
    public void show(KioskFlow.Step step) {
        showing = step;
        cards.show(screens, step.name());
        switch (step) {
            case CONTACT -> contact.start();
            case RETURNING -> returning.start();
            default -> { }
        }
        if (step == KioskFlow.Step.CHECKED_IN) {
            resetAfterCheckIn.restart();
        } else {
            resetAfterCheckIn.stop();
        }
        if (stillThere != null) {
            stillThere.touched();
        }
    }

    @Override
    public void showContactProblems(List<ContactDetails.Problem> problems) {
        contact.showProblems(problems);
    }

    @Override
    public void showReturningProblem(String sentence, boolean offerNew) {
        returning.showProblem(sentence, offerNew);
    }

    @Override
    public void startAsNew(ReturningScreen.Typed typed) {
        contact.fill(typed.phone(), typed.day(), typed.month(), typed.year());
    }

    @Override
    public void fill(ClientDetails details, IntakeAnswers answers) {
        contact.fill(details);
        bodyMap.fill(answers.pain());
        questions.values().forEach(screen -> screen.fill(answers));
    }

    @Override
    public void welcomeBack(String firstName) {
        changed.say("Welcome back, " + firstName,
                "Has anything changed since your last visit: your health, your pain or your details?");
    }

    @Override
    public void showProblem(KioskFlow.Step step, String sentence) {
        switch (step) {
            case REVIEW -> review.page().showProblem(sentence);
            case PAIN, HEALTH, PREFERENCES -> questions.get(IntakeQuestion.Section.valueOf(step.name()))
                    .page().showProblem(sentence);
            default -> throw new IllegalArgumentException("No problem line on " + step);
        }
    }

    @Override
    public void showServices(Suggestions.Suggestion suggestion) {
        service.show(priceList, suggestion);
    }

    @Override
    public void showReview(List<String[]> lines, Money price) {
        review.show(lines, price);
    }

    @Override
    public void showCheckedIn(Visit visit, int waitMinutes) {
        checkedIn.show(visit, waitMinutes);
    }

    @Override
    public void clearSignature() {
        consent.clear();
    }

    @Override
    public void clear() {
        if (contact == null) {
            return;
        }
        returning.clear();
        contact.clear();
        bodyMap.clear();
        questions.values().forEach(QuestionScreen::clear);
        consent.clear();
        service.clear();
        review.clear();
        checkedIn.clear();
        changed.say(" ", " ");
    }

    @Override
    public void dispose() {
        if (stillThere != null) {
            stillThere.stop();
        }
        resetAfterCheckIn.stop();
        super.dispose();
    }
}
