package com.knead.ui.kiosk;

import com.knead.domain.ContactDetails;
import com.knead.domain.PriceList;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import java.awt.CardLayout;
import java.time.Duration;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The self check-in kiosk. It shows its welcome screen at once and becomes usable when the
 * database is open; after a check-in it resets itself so the next visitor sees nothing of the last.
 */
public final class KioskFrame extends JFrame implements KioskFlow.View {

    private final CardLayout cards = new CardLayout();
    private final JPanel screens = new JPanel(cards);
    private final KioskFlow flow = new KioskFlow(this);
    private final WelcomeScreen welcome = new WelcomeScreen(flow::start);
    // Built in ready(), after the welcome screen has painted: only it is needed to greet the first visitor.
    private DetailsScreen details;
    private ServiceScreen service;
    private CheckedInScreen checkedIn;
    private final Timer resetAfterCheckIn = new Timer(20_000, e -> flow.reset());

    public KioskFrame() {
        super("Knead — Check in");
        setName("kiosk");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        screens.add(welcome, KioskFlow.Step.WELCOME.name());
        setContentPane(screens);
        resetAfterCheckIn.setRepeats(false);
        setSize(1024, 768);
    }

    /** How long the "checked in" screen stays before the kiosk resets by itself. */
    public void resetAfter(Duration delay) {
        resetAfterCheckIn.setInitialDelay((int) delay.toMillis());
    }

    /** Runs {@code action} once, when the kiosk first paints (so start-up can be timed to a visible screen). */
    public void onFirstPaint(Runnable action) {
        welcome.onFirstPaint(action);
    }

    /** Called on the EDT once the database is open and the price list is read. */
    public void ready(Stores stores, PriceList priceList) {
        details = new DetailsScreen(flow::details, () -> flow.back(KioskFlow.Step.WELCOME));
        service = new ServiceScreen(flow::choose, () -> flow.back(KioskFlow.Step.DETAILS));
        checkedIn = new CheckedInScreen(flow::reset);
        screens.add(details, KioskFlow.Step.DETAILS.name());
        screens.add(service, KioskFlow.Step.SERVICE.name());
        screens.add(checkedIn, KioskFlow.Step.CHECKED_IN.name());
        flow.ready(stores.visits());
        service.show(priceList);
        welcome.ready(stores.clinic().name());
    }

    @Override
    public void show(KioskFlow.Step step) {
        cards.show(screens, step.name());
        if (step == KioskFlow.Step.DETAILS) {
            details.focusFirstField();
        }
        if (step == KioskFlow.Step.CHECKED_IN) {
            resetAfterCheckIn.restart();
        } else {
            resetAfterCheckIn.stop();
        }
    }

    @Override
    public void showProblems(List<ContactDetails.Problem> problems) {
        details.showProblems(problems);
    }

    @Override
    public void showCheckedIn(Visit visit) {
        details.clear();
        service.clear();
        checkedIn.show(visit);
    }

    @Override
    public void showProblem(String sentence) {
        service.showProblem(sentence);
    }

    @Override
    public void clear() {
        details.clear();
        service.clear();
        checkedIn.clear();
    }
}
