package com.knead.usecase;

import com.knead.domain.Clinic;
import com.knead.domain.Ids;
import com.knead.domain.Money;
import com.knead.domain.Permission;
import com.knead.domain.PriceChange;
import com.knead.domain.PriceSheet;
import com.knead.domain.PricedKind;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.domain.TaxRateChange;
import java.math.BigDecimal;
import com.knead.store.AuditStore;
import com.knead.store.CatalogStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner (or a manager) gives a service, an add-on, a package or a gift card a new price, or the clinic a new
 * tax rate, from a business day on: today or later, never a day already past. The change is a new row beside the
 * old ones, audited in the same transaction; visits already checked in and past sales keep the prices and the
 * tax they had.
 */
public final class ChangePrice {

    static final String PLACE = "office";

    private final CatalogStore catalog;
    private final Clinic clinic;
    private final Clock clock;

    public ChangePrice(CatalogStore catalog, Clinic clinic, Clock clock) {
        this.catalog = catalog;
        this.clinic = clinic;
        this.clock = clock;
    }

    public Clinic clinic() {
        return clinic;
    }

    /** The clinic's business day now. */
    public LocalDate today() {
        return clinic.businessDay(clock.instant());
    }

    /** The prices as they stand today, with those waiting to take effect. */
    public PriceSheet sheet() {
        return catalog.sheet(today());
    }

    /** Every change ever made, newest first. */
    public List<PriceChange> history() {
        return catalog.history();
    }

    /** Records {@code price} for {@code item} from {@code from} on, as made by {@code actor}; returns the change. */
    public PriceChange change(StaffMember actor, PricedKind kind, UUID item, Money price, LocalDate from) {
        RoleRights.require(actor, Permission.CHANGE_PRICES);
        Instant now = clock.instant();
        PriceChange.requireFrom(from, clinic.businessDay(now));
        if (!price.isPositive()) {
            throw new Refused("Type a price above zero.");
        }
        Priced before = priced(kind, item, from);
        if (before.price().filter(price::equals).isPresent()) {
            throw new Refused(before.what() + " is already " + price.plain() + " on " + from + ".");
        }
        PriceChange change = new PriceChange(Ids.next(), kind, item, before.what(), price, Optional.of(from),
                actor.name(), now);
        String detail = before.what() + ": " + before.price().map(Money::plain).orElse("not priced") + " → "
                + price.plain() + " from " + from;
        catalog.changePrice(change, Optional.of(actor.id()), new AuditStore.Entry(Ids.next(), PLACE, "price change",
                "changed", Optional.empty(), Optional.of(actor.id()), detail, now));
        return change;
    }

    /** Every change of the tax rate, newest first. */
    public List<TaxRateChange> taxHistory() {
        return catalog.taxRates().newestFirst();
    }

    /** Records {@code rate} (percent) as the clinic's tax rate from {@code from} on, as made by {@code actor}. */
    public TaxRateChange changeTaxRate(StaffMember actor, BigDecimal rate, LocalDate from) {
        RoleRights.require(actor, Permission.CHANGE_PRICES);
        Instant now = clock.instant();
        PriceChange.requireFrom(from, clinic.businessDay(now));
        BigDecimal before = catalog.taxRates().on(from).ratePercent();
        if (before.compareTo(rate) == 0) {
            throw new Refused("The tax rate is already " + TaxRateChange.percent(rate) + " on " + from + ".");
        }
        TaxRateChange change = new TaxRateChange(Ids.next(), rate, Optional.of(from), actor.name(), now);
        catalog.changeTaxRate(change, Optional.of(actor.id()), entry(actor, "tax rate change",
                "Tax rate: " + TaxRateChange.percent(before) + " → " + change.words() + " " + change.fromWords(), now));
        return change;
    }

    /** What {@code item} is called and its price in effect on {@code day}, as the owner will read it. */
    private Priced priced(PricedKind kind, UUID item, LocalDate day) {
        PriceSheet sheet = catalog.sheet(day);
        if (kind == PricedKind.PACKAGE || kind == PricedKind.GIFT_CARD) {
            return sheet.prepaid().stream().filter(p -> p.offer().id().equals(item)).findFirst()
                    .map(p -> new Priced(p.offer().name(), p.inEffect()))
                    .orElseThrow(() -> new Refused("That offer is no longer on the price list."));
        }
        if (kind == PricedKind.ADD_ON) {
            return sheet.addOns().stream().filter(a -> a.id().equals(item)).findFirst()
                    .map(a -> new Priced(a.name(), a.inEffect()))
                    .orElseThrow(() -> new Refused("That add-on is no longer on the price list."));
        }
        for (PriceSheet.Offer offer : sheet.modalities()) {
            for (PriceSheet.DurationPrice d : offer.durations()) {
                if (d.id().equals(item)) {
                    return new Priced(offer.modality().name() + " " + d.minutes() + " min", d.inEffect());
                }
            }
        }
        throw new Refused("That service is no longer on the price list.");
    }

    /** The audit entry of a change to the price list made in the office by {@code actor}. */
    static AuditStore.Entry entry(StaffMember actor, String action, String detail, Instant at) {
        return new AuditStore.Entry(Ids.next(), PLACE, action, "changed", Optional.empty(),
                Optional.of(actor.id()), detail, at);
    }

    private record Priced(String what, Optional<Money> price) {
    }
}
