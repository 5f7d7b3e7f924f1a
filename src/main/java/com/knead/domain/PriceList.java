package com.knead.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the clinic sells today: its modalities in display order, their prices per duration, add-ons. */
public record PriceList(List<Modality> modalities, List<ServicePrice> prices, List<AddOn> addOns) {

    public PriceList {
        modalities = modalities.stream().sorted(Comparator.comparingInt(Modality::sortOrder)).toList();
        prices = prices.stream().sorted(Comparator.comparingInt(ServicePrice::minutes)).toList();
        addOns = List.copyOf(addOns);
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
