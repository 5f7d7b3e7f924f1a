package com.knead.ui.kiosk;

import com.knead.control.Tasks;
import com.knead.control.kiosk.KioskFlow;
import com.knead.control.kiosk.KioskState;
import com.knead.control.kiosk.KioskStep;
import com.knead.control.kiosk.TypedContact;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.IntakeForm;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.Suggestions;
import com.knead.usecase.KioskServices;
import java.awt.CardLayout;
import java.awt.Component;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The self check-in kiosk's window. It shows its welcome screen at once and becomes usable when the
 * data is open; from then on it shows the step {@link KioskFlow} tells it and forwards every tap.
 * What it does itself is the window's: kiosk mode, and the timers that tell the flow time has passed.
 */
public final class KioskFrame extends JFrame implements KioskFlow.View {

    private final CardLayout cards = new CardLayout();
    private final JPanel screens = new JPanel(cards);
    private KioskFlow flow;
    private final WelcomeScreen welcome = new WelcomeScreen(() -> flow.newVisitor(), () -> flow.returningVisitor(),
            () -> flow.staffAsked(), this::largerText);
    private boolean largerText;
    private final Timer resetAfterCheckIn = new Timer(20_000, e -> flow.reset());
    private Duration idleTime = Duration.ofSeconds(60);
    private KioskStep showing = KioskStep.WELCOME;
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
    private StaffExitScreen staffExit;
    private StillThere stillThere;
    /** The suggestion the service cards were last laid out for; a new one lays them out again. */
    private Suggestions.Suggestion servicesShown;
    private boolean kioskMode;

    public KioskFrame() {
        super("Knead — Check in");
        setName("kiosk");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        add(welcome, KioskStep.WELCOME);
        setContentPane(screens);
        resetAfterCheckIn.setRepeats(false);
        setSize(windowFor(java.awt.GraphicsEnvironment.isHeadless() ? new java.awt.Rectangle(1280, 800)
                : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds()));
        // In kiosk mode the window's close keys ask for a staff PIN instead of closing anything; in a
        // window, closing is not how the kiosk is left, and it says so rather than doing nothing.
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                if (kioskMode && flow != null) {
                    flow.staffAsked();
                } else if (!kioskMode) {
                    HowToLeave.tell(KioskFrame.this);
                }
            }
        });
    }

    /** The window's size on a screen: 1280×800, or the whole screen when it is smaller (a 1024×768 panel). */
    static java.awt.Dimension windowFor(java.awt.Rectangle screen) {
        return new java.awt.Dimension(Math.min(1280, screen.width), Math.min(800, screen.height));
    }

    /** Full screen without a frame; leaving it needs an owner's or manager's PIN. */
    public void enterKioskMode(java.awt.Rectangle screen) {
        kioskMode = true;
        setUndecorated(true);
        setBounds(screen);
        // Nothing opened later (the desk, a dialog of another window) may cover the kiosk or show a
        // visitor the queue; staff leave kiosk mode with their PIN to reach the other windows.
        setAlwaysOnTop(true);
        if (flow != null) {
            flow.enterKioskMode();
        }
    }

    @Override
    public void leaveKioskMode() {
        kioskMode = false;
        setAlwaysOnTop(false);
        java.awt.Rectangle screen = getBounds();
        // Not this.dispose(): the kiosk goes on, only its window is made again with a frame.
        super.dispose();
        setUndecorated(false);
        java.awt.Dimension size = windowFor(screen);
        setSize(size);
        setLocation(screen.x + (screen.width - size.width) / 2, screen.y + (screen.height - size.height) / 2);
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
     * Called on the EDT once the data is open; {@code tasks} runs the kiosk's lookups and its check-in
     * (on the write lane), {@code clock} is in the local time zone (made off the EDT).
     */
    public void ready(Tasks tasks, KioskServices services, Clock clock) {
        flow = new KioskFlow(this, tasks, services, clock);
        returning = new ReturningScreen(flow::findMe, flow::continueAsNew, flow::back);
        changed = new MessageScreen("changed", "Nothing has changed", flow::nothingChanged,
                "Yes, something changed", flow::somethingChanged);
        contact = new ContactScreen(flow::contact, flow::back);
        bodyMap = new BodyMapScreen(flow::bodyMap, flow::back);
        bodyMap.page().onSameAsLastTime(flow::sameAsLastTime);
        int step = 3;
        for (IntakeQuestion.Section section : IntakeQuestion.Section.values()) {
            questions.put(section, new QuestionScreen(section, services.form().questions(section), step++,
                    answers -> flow.section(section, answers), flow::back));
        }
        questions.get(IntakeQuestion.Section.PREFERENCES).page().onSameAsLastTime(flow::sameAsLastTime);
        redFlag = new MessageScreen("redFlag", "Continue", flow::redFlagRead, null, null);
        consent = new ConsentScreen(flow::signed, flow::back);
        service = new ServiceScreen(flow::choose, flow::back);
        review = new ReviewScreen(flow::confirm, flow::back);
        review.offer(services.priceList().addOns(), flow::addOn);
        checkedIn = new CheckedInScreen(flow::reset);
        staffExit = new StaffExitScreen(flow::staffChosen, flow::leave, flow::reset);
        add(staffExit, KioskStep.STAFF);
        add(returning.page(), KioskStep.RETURNING);
        add(changed, KioskStep.CHANGED);
        add(contact.page(), KioskStep.CONTACT);
        add(bodyMap.page(), KioskStep.BODY_MAP);
        questions.forEach((section, screen) -> add(screen.page(), KioskStep.of(section)));
        add(redFlag, KioskStep.RED_FLAG);
        add(consent.page(), KioskStep.CONSENT);
        add(service.page(), KioskStep.SERVICE);
        add(review.page(), KioskStep.REVIEW);
        add(checkedIn, KioskStep.CHECKED_IN);
        stillThere = new StillThere(this, idleTime, flow::idle, flow::stillHere, flow::walkedAway);
        if (kioskMode) {
            flow.enterKioskMode();
        }
        flow.start();
    }

    private void add(Component screen, KioskStep step) {
        screens.add(screen, step.name());
    }

    @Override
    public void show(KioskState state) {
        KioskStep step = state.step();
        boolean moved = step != showing;
        showing = step;
        welcome.show(state.welcome(), state.offerStaff());
        switch (step) {
            case RETURNING -> returning.showProblem(state.problem(), state.offerNew());
            case CHANGED -> changed.say(state.message().heading(), state.message().text());
            case RED_FLAG -> redFlag.say(state.message().heading(), state.message().text());
            case CONTACT -> contact.showProblems(state.contactProblems());
            case PAIN, HEALTH, PREFERENCES -> questions.get(IntakeQuestion.Section.valueOf(step.name())).page()
                    .showProblem(state.problem());
            case SERVICE -> {
                // Compared by identity: the flow makes a new suggestion each time the visitor comes forward.
                if (state.services() != servicesShown) {
                    servicesShown = state.services();
                    service.show(state.prices(), state.services());
                }
            }
            case REVIEW -> {
                review.offer(state.prices().addOns(), flow::addOn);
                review.show(state.review(), state.problem());
            }
            case CHECKED_IN -> checkedIn.show(state.ticket());
            case STAFF -> staffExit.show(state.staff(), state.problem());
            default -> { }
        }
        bodyMap.page().offerSame(state.offerSame() && step == KioskStep.BODY_MAP);
        questions.get(IntakeQuestion.Section.PREFERENCES).page().offerSame(state.offerSame()
                && step == KioskStep.PREFERENCES);
        if (largerText && moved && step == KioskStep.WELCOME) {
            // Back at the welcome, the next visitor starts with the usual size (not on clear(): a new visit clears too).
            largerText(false);
            welcome.largerTextOff();
        } else if (largerText) {
            // Screens that lay out anew (the service cards) are enlarged as they come.
            LargerText.apply(screens, true);
        }
        cards.show(screens, step.name());
        if (moved) {
            // The control that had the focus is now hidden: without this the focus owner is null
            // and Tab reaches nothing. Later, so a screen's own start (the name field) comes first.
            javax.swing.SwingUtilities.invokeLater(this::focusTheScreenShowing);
            switch (step) {
                case CONTACT -> contact.start();
                case RETURNING -> returning.start();
                case STAFF -> staffExit.start();
                default -> { }
            }
            if (step == KioskStep.CHECKED_IN) {
                resetAfterCheckIn.restart();
            } else {
                resetAfterCheckIn.stop();
            }
        }
        stillThere.show(state.stillThere());
    }

    /** Moves the focus to the first control of the screen showing, unless that screen has placed it already. */
    private void focusTheScreenShowing() {
        Component card = null;
        for (Component c : screens.getComponents()) {
            if (c.isVisible()) {
                card = c;
            }
        }
        Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (card == null || owner != null && owner.isShowing() && javax.swing.SwingUtilities.isDescendingFrom(owner, card)) {
            return;
        }
        Component first = getFocusTraversalPolicy().getFirstComponent(this);
        if (first != null) {
            first.requestFocusInWindow();
        }
    }

    @Override
    public void fill(TypedContact details, IntakeAnswers answers) {
        contact.fill(details);
        bodyMap.fill(answers.pain());
        questions.values().forEach(screen -> screen.fill(answers));
    }

    @Override
    public void ask(IntakeForm form) {
        questions.forEach((section, screen) -> screen.ask(form.questions(section)));
    }

    @Override
    public void clearSignature() {
        consent.clear();
    }

    /** Turns the larger text on or off on every screen (one tap on the welcome screen). */
    private void largerText(boolean on) {
        largerText = on;
        LargerText.apply(screens, on);
        screens.revalidate();
        screens.repaint();
    }

    @Override
    public void clear() {
        returning.clear();
        contact.clear();
        bodyMap.clear();
        questions.values().forEach(QuestionScreen::clear);
        consent.clear();
        service.clear();
        servicesShown = null;
        review.clear();
        checkedIn.show(KioskState.Ticket.NONE);
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
