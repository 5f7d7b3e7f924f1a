package com.knead.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The price list as the owner works on it on {@code today}: every modality (also those kept off the
 * kiosk), each duration with the price in effect today and the next price waiting to take effect, and
 * the add-ons and the package and gift-card offers likewise, and the tax rate today with the next one
 * waiting. A duration with no price yet is ready to be priced and is offered nowhere.
 */
public record PriceSheet(LocalDate today, List<Offer> modalities, List<AddOnPrice> addOns, List<PrepaidPrice> prepaid,
                         Tax tax) {

    public PriceSheet {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(tax, "tax");
        modalities = List.copyOf(modalities);
        addOns = List.copyOf(addOns);
        prepaid = List.copyOf(prepaid);
    }

    /** A sheet without packages or gift cards on offer, and no tax. */
    public PriceSheet(LocalDate today, List<Offer> modalities, List<AddOnPrice> addOns) {
        this(today, modalities, addOns, List.of(), new Tax(TaxPolicy.none(), Optional.empty()));
    }

    /** The tax in effect today and the next rate waiting to take effect. */
    public record Tax(TaxPolicy inEffect, Optional<TaxRateChange> pending) {
        public Tax {
            Objects.requireNonNull(inEffect, "inEffect");
            Objects.requireNonNull(pending, "pending");
        }

        public static Tax of(TaxRates rates, LocalDate today) {
            return new Tax(rates.on(today), rates.pending(today));
        }
    }

    /** A modality in display order, whether the kiosk shows it, and its durations, shortest first. */
    public record Offer(Modality modality, boolean onKiosk, List<DurationPrice> durations) {
        public Offer {
            Objects.requireNonNull(modality, "modality");
            durations = List.copyOf(durations);
        }
    }

    /** One duration of a modality: its price today (none: not priced yet) and the next one waiting. */
    public record DurationPrice(UUID id, int minutes, Optional<Money> inEffect, Optional<PriceChange> pending) {
        public DurationPrice {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(inEffect, "inEffect");
            Objects.requireNonNull(pending, "pending");
        }
    }

    /** One add-on: its price today and the next one waiting. */
    public record AddOnPrice(UUID id, String name, Optional<Money> inEffect, Optional<PriceChange> pending) {
        public AddOnPrice {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(inEffect, "inEffect");
            Objects.requireNonNull(pending, "pending");
        }
    }

    /** A package or gift-card offer: its price today (none: not priced yet) and the next one waiting. */
    public record PrepaidPrice(PrepaidOffer offer, Optional<Money> inEffect, Optional<PriceChange> pending) {
        public PrepaidPrice {
            Objects.requireNonNull(offer, "offer");
            Objects.requireNonNull(inEffect, "inEffect");
            Objects.requireNonNull(pending, "pending");
        }
    }

    public Optional<Offer> offer(UUID modalityId) {
        return modalities.stream().filter(o -> o.modality().id().equals(modalityId)).findFirst();
    }
}
