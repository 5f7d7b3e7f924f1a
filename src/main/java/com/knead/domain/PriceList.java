package com.knead.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the clinic sells today: its modalities in display order, their prices per duration, add-ons,
 * and the packages and gift cards it offers at set prices.
 */
public record PriceList(List<Modality> modalities, List<ServicePrice> prices, List<AddOn> addOns,
                        List<PrepaidOffer.Priced> prepaid) {

    public PriceList {
        modalities = modalities.stream().sorted(Comparator.comparingInt(Modality::sortOrder)).toList();
        prices = prices.stream().sorted(Comparator.comparingInt(ServicePrice::minutes)).toList();
        addOns = List.copyOf(addOns);
        prepaid = List.copyOf(prepaid);
    }

    /** A price list with no package or gift-card offers. */
    public PriceList(List<Modality> modalities, List<ServicePrice> prices, List<AddOn> addOns) {
        this(modalities, prices, addOns, List.of());
    }

    /** The price of a service (a modality at one duration) by its key. */
    public Optional<ServicePrice> service(UUID serviceId) {
        return prices.stream().filter(p -> p.id().equals(serviceId)).findFirst();
    }

    /** The durations offered for a modality, shortest first. */
    public List<ServicePrice> pricesOf(UUID modalityId) {
        return prices.stream().filter(p -> p.modalityId().equals(modalityId)).toList();
    }

    public Optional<ServicePrice> price(UUID modalityId, int minutes) {
        return prices.stream()
                .filter(p -> p.modalityId().equals(modalityId) && p.minutes() == minutes)
                .findFirst();
    }

    public Optional<Modality> modality(UUID id) {
        return modalities.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Modalities with at least one price: the ones a customer can actually choose. */
    public List<Modality> bookable() {
        return modalities.stream().filter(m -> !pricesOf(m.id()).isEmpty()).toList();
    }
}
