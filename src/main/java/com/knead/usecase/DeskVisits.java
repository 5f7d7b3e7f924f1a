package com.knead.usecase;

import com.knead.domain.SaleLine;
import com.knead.domain.TaxPolicy;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import com.knead.store.CatalogStore;
import com.knead.store.IntakeStore;
import com.knead.store.VisitStore;
import java.util.List;
import java.util.UUID;

/**
 * What the desk does to one visit before it is paid: who looks after it and where, its session
 * moving on, a cancellation with its reason, and what it is paid with: the add-ons the visitor chose at
 * the kiosk and the tax as it stood when the visit checked in. Each change is its own transaction and
 * returns the visit as recorded.
 */
public final class DeskVisits {

    private final VisitStore visits;
    private final IntakeStore intakes;
    private final CatalogStore catalog;

    public DeskVisits(VisitStore visits, IntakeStore intakes, CatalogStore catalog) {
        this.visits = visits;
        this.intakes = intakes;
        this.catalog = catalog;
    }

    /** What a visit's sale starts from: the add-ons chosen at the kiosk, and the tax at the moment it checked in. */
    public record ToPay(List<SaleLine> addOns, TaxPolicy tax) {
    }

    /** The add-ons of {@code visit} and its tax: a rate changed after it checked in does not reach it. */
    public ToPay toPay(Visit visit) {
        return new ToPay(intakes.addOnLines(visit.id()), catalog.taxRates().at(visit.checkedInAt(), visit.businessDay()));
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
}
