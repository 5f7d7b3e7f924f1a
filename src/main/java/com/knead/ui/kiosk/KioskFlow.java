package com.knead.ui.kiosk;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.ServicePrice;
import com.knead.domain.Visit;
import com.knead.store.VisitStore;
import com.knead.ui.common.Background;
import java.time.Instant;
import java.util.List;

/**
 * The kiosk's check-in flow, apart from its widgets: welcome → details → service → checked in.
 * It keeps what the visitor typed only until the visit is recorded or the kiosk resets.
 */
final class KioskFlow {

    enum Step { WELCOME, DETAILS, SERVICE, CHECKED_IN }

    interface View {
        void show(Step step);

        void showProblems(List<ContactDetails.Problem> problems);

        void showCheckedIn(Visit visit);

        void showProblem(String sentence);

        /** Forgets everything the last visitor typed or chose. */
        void clear();
    }

    private final View view;
    private VisitStore visits;
    private ContactDetails contact;
    private boolean saving;

    KioskFlow(View view) {
        this.view = view;
    }

    /** The store arrives once the database is open; until then the kiosk only shows its welcome. */
    void ready(VisitStore visits) {
        this.visits = visits;
    }

    boolean isReady() {
        return visits != null;
    }

    void start() {
        if (isReady()) {
            view.show(Step.DETAILS);
        }
    }

    void details(String name, String phone) {
        List<ContactDetails.Problem> problems = ContactDetails.check(name, phone);
        view.showProblems(problems);
        if (problems.isEmpty()) {
            contact = ContactDetails.of(name, phone);
            view.show(Step.SERVICE);
        }
    }

    void back(Step to) {
        view.show(to);
    }

    void choose(Modality modality, ServicePrice price) {
        if (saving || contact == null) {
            return;
        }
        saving = true;
        ContactDetails who = contact;
        Background.run(() -> visits.checkIn(who, modality, price, Instant.now()),
                visit -> {
                    saving = false;
                    contact = null;
                    view.showCheckedIn(visit);
                    view.show(Step.CHECKED_IN);
                },
                sentence -> {
                    saving = false;
                    view.showProblem(sentence);
                },
                "Your check-in could not be saved");
    }

    /** Back to the welcome screen with nothing of the last visitor left. */
    void reset() {
        contact = null;
        view.clear();
        view.show(Step.WELCOME);
    }
}
