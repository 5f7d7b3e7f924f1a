package com.knead.usecase;

import com.knead.domain.Clearance;
import com.knead.domain.Clinic;
import com.knead.domain.Rota;
import com.knead.domain.Visit;
import com.knead.store.ClearanceStore;
import com.knead.store.RotaStore;
import com.knead.store.VisitStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Today at the desk, as recorded: the queue of visits with their clearances, and who is in. */
public final class TodaysQueue {

    /** The day's visits and the latest physician clearance of each red-flagged one. */
    public record Day(List<Visit> visits, Map<UUID, Clearance.Kind> clearances) {
        public Day {
            visits = List.copyOf(visits);
            clearances = Map.copyOf(clearances);
        }
    }

    private final Clinic clinic;
    private final VisitStore visits;
    private final ClearanceStore clearances;
    private final RotaStore rota;
    private final Clock clock;

    public TodaysQueue(Clinic clinic, VisitStore visits, ClearanceStore clearances, RotaStore rota, Clock clock) {
        this.clinic = clinic;
        this.visits = visits;
        this.clearances = clearances;
        this.rota = rota;
        this.clock = clock;
    }

    /** The business day's visits, in queue order, with what each red flag's clearance is. */
    public Day visits() {
        LocalDate day = today();
        List<Visit> today = visits.forDay(day);
        Map<UUID, Clearance.Kind> kinds = new HashMap<>();
        clearances.latestForDay(day).forEach((visit, clearance) -> kinds.put(visit, clearance.kind()));
        return new Day(today, kinds);
    }

    /** The therapists, and who is in today. */
    public Rota therapists() {
        return rota.rota(today());
    }

    /** The business day now: before the clinic's day end (02:00 for one open past midnight) it is still yesterday. */
    public LocalDate today() {
        return clinic.businessDay(clock.instant());
    }
}
