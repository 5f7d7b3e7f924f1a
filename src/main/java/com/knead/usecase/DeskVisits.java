package com.knead.usecase;

import com.knead.domain.Refused;
import com.knead.domain.Room;
import com.knead.domain.SaleLine;
import com.knead.domain.TaxPolicy;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import com.knead.store.CatalogStore;
import com.knead.store.IntakeStore;
import com.knead.store.RoomStore;
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
    private final RoomStore rooms;

    public DeskVisits(VisitStore visits, IntakeStore intakes, CatalogStore catalog, RoomStore rooms) {
        this.visits = visits;
        this.intakes = intakes;
        this.catalog = catalog;
        this.rooms = rooms;
    }

    /** The names of the rooms in use, as the office keeps them, to choose from. */
    public List<String> rooms() {
        return rooms.all().stream().filter(Room::inUse).map(Room::name).toList();
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

    /**
     * The therapist (or nobody) and the room (blank: none yet) of the visit. The room is one of the clinic's rooms in
     * use, or the one the visit already has (a room retired since stays with its visits).
     */
    public Visit assign(UUID visitId, UUID therapistIdOrNull, String room) {
        String chosen = room == null ? "" : room.strip();
        if (!chosen.isEmpty() && !rooms().contains(chosen)
                && visits.find(visitId).map(v -> !chosen.equals(v.room())).orElse(true)) {
            throw new Refused(rooms().isEmpty() ? "The clinic has no rooms yet; the owner adds them in the office, "
                    + "under Settings." : "\"" + chosen + "\" is not one of the clinic's rooms; choose one from the list.");
        }
        return visits.assign(visitId, therapistIdOrNull, chosen.isEmpty() ? null : chosen);
    }

    public Visit cancel(UUID visitId, String reason) {
        return visits.cancel(visitId, reason);
    }
}
