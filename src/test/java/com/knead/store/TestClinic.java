package com.knead.store;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PriceList;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.Signature;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** Shorthands for the store tests, all against the demo clinic a fresh data folder gets. */
final class TestClinic {

    /** An afternoon in whole seconds, so it reads back unchanged from H2's microsecond timestamps. */
    static final Instant AFTERNOON = Instant.parse("2026-03-10T15:00:00Z");
    static final String PHONE = "555 123 4567";

    private TestClinic() {
    }

    static Modality modality(Stores stores, String name) {
        return stores.catalog().priceListOn(java.time.LocalDate.now()).modalities().stream()
                .filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    static ServicePrice price(Stores stores, Modality modality, int minutes) {
        PriceList prices = stores.catalog().priceListOn(java.time.LocalDate.now());
        return prices.price(modality.id(), minutes).orElseThrow();
    }

    /** Checks someone in for a 60-minute deep tissue massage (85.00 in the demo clinic). */
    static Visit checkIn(Stores stores, String name, String phone, Instant at) {
        Modality deepTissue = modality(stores, "Deep tissue");
        return stores.visits().checkIn(ContactDetails.of(name, phone), deepTissue, price(stores, deepTissue, 60), at);
    }

    static Visit checkIn(Stores stores, String name, Instant at) {
        return checkIn(stores, name, PHONE, at);
    }

    /**
     * Checks someone in the way the kiosk does: a new client with a date of birth, an intake with an
     * answer, pain on the body map and a signature, a 60-minute Swedish massage and the first add-on.
     */
    static Visit kioskCheckIn(Stores stores, String name, String phone, Instant at) {
        return kioskCheckIn(stores, name, phone, at, java.util.Map.of("pressure", "medium"));
    }

    /** A kiosk check-in whose intake raises the "blood clots" red flag. */
    static Visit redFlagCheckIn(Stores stores, String name, String phone, Instant at) {
        return kioskCheckIn(stores, name, phone, at, java.util.Map.of("pressure", "medium", "blood_clots", "yes"));
    }

    static Visit kioskCheckIn(Stores stores, String name, String phone, Instant at,
                                      java.util.Map<String, String> given) {
        Modality swedish = modality(stores, "Swedish");
        ClientDetails client = new ClientDetails(ContactDetails.of(name, phone), "", java.time.LocalDate.of(1980, 1, 1));
        IntakeAnswers answers = new IntakeAnswers(given, java.util.Map.of(BodyRegion.NECK, 3));
        return stores.intakes().checkIn(new KioskCheckIn(client, java.util.Optional.empty(), answers,
                java.util.Optional.of(new Signature(new byte[] {1}, at)), swedish, price(stores, swedish, 60),
                java.util.List.of(stores.catalog().priceListOn(java.time.LocalDate.now()).addOns().get(0))), stores.intakes().form(), at);
    }

    static Money money(Stores stores, String amount) {
        return stores.clinic().money(amount);
    }

    /** The visit's sale, paid with the cash handed over. */
    static SaleDraft paidInCash(Stores stores, Visit visit, String handedOver) {
        return SaleDraft.forVisit(stores.clinic(), visit).addTender(Tender.cash(money(stores, handedOver)));
    }

    static Sale recordCashSale(Stores stores, Visit visit, String handedOver, Instant at) {
        return stores.sales().record(paidInCash(stores, visit, handedOver), at);
    }

    /** A plain JDBC connection to the folder's database; only while no Stores has the folder open. */
    static Connection jdbc(Path folder) throws SQLException {
        return DatabaseFile.connect(folder);
    }
}
