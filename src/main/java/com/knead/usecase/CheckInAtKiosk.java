package com.knead.usecase;

import com.knead.domain.IntakeForm;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Visit;
import com.knead.domain.WaitEstimate;
import com.knead.store.IntakeStore;
import com.knead.store.RotaStore;
import com.knead.store.VisitStore;
import java.time.Instant;

/**
 * A visitor checks themselves in at the kiosk: the client (found again or added), a new intake
 * version unless a returning visitor changed nothing, the visit with its queue number and add-ons,
 * all in one transaction; then the wait they are told, from today's queue shared among the
 * therapists on the rota.
 */
public final class CheckInAtKiosk {

    /** A visit just recorded and the wait, in minutes, the visitor is told (0: "you're next"). */
    public record CheckedIn(Visit visit, int waitMinutes) {
    }

    private final IntakeStore intakes;
    private final VisitStore visits;
    private final RotaStore rota;
    private final IntakeForm form;

    public CheckInAtKiosk(IntakeStore intakes, VisitStore visits, RotaStore rota, IntakeForm form) {
        this.intakes = intakes;
        this.visits = visits;
        this.rota = rota;
        this.form = form;
    }

    /** Records {@code checkIn} as made at {@code at}; once it returns the visit is saved. */
    public CheckedIn checkIn(KioskCheckIn checkIn, Instant at) {
        Visit visit = intakes.checkIn(checkIn, form, at);
        // The wait is read after the commit: the visit counts itself in today's queue.
        int therapists = rota.rota(visit.businessDay()).onShift().size();
        int wait = WaitEstimate.minutes(visits.forDay(visit.businessDay()), intakes.extraMinutes(visit.businessDay()),
                visit.id(), therapists);
        return new CheckedIn(visit, wait);
    }
}
