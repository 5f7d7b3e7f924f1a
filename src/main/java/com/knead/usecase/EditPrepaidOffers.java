package com.knead.usecase;

import com.knead.domain.Clinic;
import com.knead.domain.Ids;
import com.knead.domain.Money;
import com.knead.domain.Permission;
import com.knead.domain.PrepaidOffer;
import com.knead.domain.PriceChange;
import com.knead.domain.PriceSheet;
import com.knead.domain.PricedKind;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.CatalogStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner puts packages ("5 × Swedish 60 min" at a set price) and gift cards at set values on the
 * price list, so the desk sells them with one tap, or takes them off. Each is audited; their prices
 * then change like every other through {@link ChangePrice}, dated.
 */
public final class EditPrepaidOffers {

    private final CatalogStore catalog;
    private final Clinic clinic;
    private final Clock clock;

    public EditPrepaidOffers(CatalogStore catalog, Clinic clinic, Clock clock) {
        this.catalog = catalog;
        this.clinic = clinic;
        this.clock = clock;
    }

    /**
     * Offers {@code visits} of one service (a modality at one duration) as a package at {@code price}
     * from {@code from} on; a blank name becomes "5 × Swedish 60 min".
     */
    public PrepaidOffer addPackage(StaffMember actor, UUID serviceId, int visits, String typedName, Money price,
                                   LocalDate from) {
        RoleRights.require(actor, Permission.CHANGE_PRICES);
        Instant now = clock.instant();
        PriceChange.requireFrom(from, clinic.businessDay(now));
        if (visits < 2 || visits > PrepaidOffer.MOST_VISITS) {
            throw new Refused("A package holds between 2 and " + PrepaidOffer.MOST_VISITS + " visits.");
        }
        String service = serviceName(serviceId);
        String holds = PrepaidOffer.defaultName(PricedKind.PACKAGE, service, visits);
        String name = name(typedName, holds);
        requirePrice(price);
        PrepaidOffer offer = new PrepaidOffer(Ids.next(), PricedKind.PACKAGE, name, Optional.of(serviceId), visits);
        add(actor, offer, price, from, now, (name.equals(holds) ? name : name + " (" + holds + ")") + " at "
                + price.plain() + " from " + from);
        return offer;
    }

    /** Offers a gift card of {@code value} from {@code from} on; a blank name becomes "Gift card 100.00". */
    public PrepaidOffer addGiftCard(StaffMember actor, String typedName, Money value, LocalDate from) {
        RoleRights.require(actor, Permission.CHANGE_PRICES);
        Instant now = clock.instant();
        PriceChange.requireFrom(from, clinic.businessDay(now));
        requirePrice(value);
        String name = name(typedName, PrepaidOffer.defaultName(PricedKind.GIFT_CARD, "", 0) + " " + value.plain());
        PrepaidOffer offer = new PrepaidOffer(Ids.next(), PricedKind.GIFT_CARD, name, Optional.empty(), 0);
        add(actor, offer, value, from, now, name + " at " + value.plain() + " from " + from);
        return offer;
    }

    /** Takes an offer off the price list; cards and packages already sold keep working. */
    public void retire(StaffMember actor, UUID offerId) {
        RoleRights.require(actor, Permission.CHANGE_PRICES);
        PrepaidOffer offer = catalog.sheet(clinic.businessDay(clock.instant())).prepaid().stream()
                .map(PriceSheet.PrepaidPrice::offer).filter(o -> o.id().equals(offerId)).findFirst()
                .orElseThrow(() -> new Refused("That offer is no longer on the price list."));
        Instant now = clock.instant();
        catalog.retirePrepaidOffer(offerId, now, entry(actor, "offer retired", offer.name() + " taken off the price list", now));
    }

    private void add(StaffMember actor, PrepaidOffer offer, Money price, LocalDate from, Instant now, String detail) {
        catalog.addPrepaidOffer(offer, Optional.of(price), from, Optional.of(actor.id()), actor.name(), now,
                entry(actor, "offer added", detail, now));
    }

    private String serviceName(UUID serviceId) {
        for (PriceSheet.Offer offer : catalog.sheet(clinic.businessDay(clock.instant())).modalities()) {
            for (PriceSheet.DurationPrice d : offer.durations()) {
                if (d.id().equals(serviceId)) {
                    return offer.modality().name() + " " + d.minutes() + " min";
                }
            }
        }
        throw new Refused("Choose the service the package holds.");
    }

    private static void requirePrice(Money price) {
        if (!price.isPositive()) {
            throw new Refused("Type a price above zero.");
        }
    }

    private static String name(String typed, String otherwise) {
        String name = typed == null ? "" : typed.strip();
        if (name.length() > 80) {
            throw new Refused("Keep the name under 80 letters.");
        }
        return name.isEmpty() ? otherwise : name;
    }

    private static AuditStore.Entry entry(StaffMember actor, String action, String detail, Instant at) {
        return ChangePrice.entry(actor, action, detail, at);
    }
}
