package com.knead.usecase;

import com.knead.domain.SaleLine;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import com.knead.store.IntakeStore;
import com.knead.store.VisitStore;
import java.util.List;
import java.util.UUID;

/**
 * What the desk does to one visit before it is paid: who looks after it and where, its session
 * moving on, a cancellation with its reason, and the add-ons the visitor chose at the kiosk. Each
 * change is its own transaction and returns the visit as recorded.
 */
public final class DeskVisits {

    private final VisitStore visits;
    private final IntakeStore intakes;

    public DeskVisits(VisitStore visits, IntakeStore intakes) {
        this.visits = visits;
        this.intakes = intakes;
    }

    /** Moves the visit on (waiting → in session → done); refuses a move its status does not allow. */
    public Visit move(UUID visitId, VisitStatus target) {
        return visits.move(visitId, target);
    }

    /** The therapist (or nobody) and the room of the visit. */
    public Visit assign(UUID visitId, UUID therapistIdOrNull, String room) {
        return visits.assign(visitId, therapistIdOrNull, room);
    }

    public Visit cancel(UUID visitId, String reason) {
        return visits.cancel(visitId, reason);
    }

    /** The add-ons chosen at the kiosk, as sale lines at the prices shown there (none for a desk check-in). */
    public List<SaleLine> addOns(UUID visitId) {
        return intakes.addOnLines(visitId);
    }
}
