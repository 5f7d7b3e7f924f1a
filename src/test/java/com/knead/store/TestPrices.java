package com.knead.store;

import com.knead.domain.Ids;
import com.knead.domain.Modality;
import com.knead.domain.ServicePrice;
import java.time.Instant;

/**
 * Prices a modality of an open clinic, for GUI tests of a clinic just set up (which has no prices).
 * Stands in for the office's Prices page, which is not what those tests are about.
 */
public final class TestPrices {

    private TestPrices() {
    }

    public static void price(Stores stores, String modalityName, int minutes, String amount) {
        Modality modality = stores.catalog().priceList().modalities().stream()
                .filter(m -> m.name().equals(modalityName)).findFirst().orElseThrow();
        stores.database().transaction(c -> {
            CatalogStore.insert(c, new ServicePrice(Ids.next(), modality.id(), minutes, stores.clinic().money(amount)),
                    Instant.now());
            return null;
        });
    }
}
