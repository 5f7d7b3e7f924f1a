package com.knead.store;

import com.knead.domain.PriceSheet;
import com.knead.domain.PricedKind;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.usecase.ChangePrice;
import java.time.Clock;

/**
 * Prices a duration of a modality of an open clinic, through the Prices page's own use case, for
 * GUI tests of a clinic just set up (which has its durations but no prices yet).
 */
public final class TestPrices {

    private TestPrices() {
    }

    public static void price(Stores stores, String modalityName, int minutes, String amount) {
        ChangePrice prices = new ChangePrice(stores.catalog(), stores.clinic(), Clock.systemDefaultZone());
        StaffMember owner = stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER).findFirst()
                .orElseThrow();
        PriceSheet.DurationPrice duration = prices.sheet().modalities().stream()
                .filter(o -> o.modality().name().equals(modalityName)).findFirst().orElseThrow()
                .durations().stream().filter(d -> d.minutes() == minutes).findFirst().orElseThrow();
        prices.change(owner, PricedKind.SERVICE, duration.id(), stores.clinic().money(amount), prices.today());
    }
}
