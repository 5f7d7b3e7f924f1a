package com.knead.usecase;

import com.knead.domain.AddOn;
import com.knead.domain.Clinic;
import com.knead.domain.IntakeForm;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.PriceList;
import com.knead.domain.Refused;
import com.knead.domain.ServicePrice;
import com.knead.domain.Visit;
import com.knead.domain.WaitEstimate;
import com.knead.store.CatalogStore;
import com.knead.store.IntakeStore;
import com.knead.store.RotaStore;
import com.knead.store.VisitStore;
import java.time.Instant;
import java.util.List;

/**
 * A visitor checks themselves in at the kiosk: the client (found again or added), a new intake
 * version unless a returning visitor changed nothing, the visit with its queue number and add-ons,
 * all in one transaction; then the wait they are told, from today's queue shared among the
 * therapists on the rota. The service and add-ons are charged at the prices in effect at the moment
 * of the check-in, on the clinic's business day of that instant; the visit keeps them.
 */
public final class CheckInAtKiosk {

    /** A visit just recorded and the wait, in minutes, the visitor is told (0: "you're next"). */
    public record CheckedIn(Visit visit, int waitMinutes) {
    }

    private final IntakeStore intakes;
    private final VisitStore visits;
    private final RotaStore rota;
    private final IntakeForm form;
    private final CatalogStore catalog;
    private final Clinic clinic;

    public CheckInAtKiosk(IntakeStore intakes, VisitStore visits, RotaStore rota, IntakeForm form,
                          CatalogStore catalog, Clinic clinic) {
        this.intakes = intakes;
        this.visits = visits;
        this.rota = rota;
        this.form = form;
        this.catalog = catalog;
        this.clinic = clinic;
    }

    /** Records {@code checkIn} as made at {@code at}, asked on the form read at start; once it returns the visit is saved. */
    public CheckedIn checkIn(KioskCheckIn checkIn, Instant at) {
        return checkIn(checkIn, form, at);
    }

    /**
     * The same, asked on {@code asked} (the form as the kiosk read it for this visitor): its wording and choices
     * are kept with the answers, and its red-flag rules flag the visit.
     */
    public CheckedIn checkIn(KioskCheckIn checkIn, IntakeForm asked, Instant at) {
        Visit visit = intakes.checkIn(atPricesOf(checkIn, at), asked, at);
        // The wait is read after the commit: the visit counts itself in today's queue.
        int therapists = rota.rota(visit.businessDay()).onShift().size();
        int wait = WaitEstimate.minutes(visits.forDay(visit.businessDay()), intakes.extraMinutes(visit.businessDay()),
                visit.id(), therapists);
        return new CheckedIn(visit, wait);
    }

    /**
     * The same check-in at the prices in effect at {@code at}. They differ from those the kiosk read only
     * when it has stayed open into a day from which a new price applies.
     */
    private KioskCheckIn atPricesOf(KioskCheckIn checkIn, Instant at) {
        PriceList prices = catalog.priceListOn(clinic.businessDay(at));
        ServicePrice service = prices.price(checkIn.service().modalityId(), checkIn.service().minutes())
                .orElseThrow(() -> new Refused("That service is no longer offered; please choose another."));
        List<AddOn> addOns = checkIn.addOns().stream()
                .map(chosen -> prices.addOns().stream().filter(a -> a.id().equals(chosen.id())).findFirst()
                        .orElseThrow(() -> new Refused(chosen.name() + " is no longer offered; please choose again.")))
                .toList();
        return new KioskCheckIn(checkIn.details(), checkIn.returning(), checkIn.answers(), checkIn.signature(),
                checkIn.modality(), service, addOns);
    }
}
