package com.knead.store;

import static com.knead.store.TestClinic.AFTERNOON;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.AddOn;
import com.knead.domain.Aftercare;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.Signature;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the kiosk records reaches the desk: add-ons are charged, and the intake chooses the aftercare. */
class KioskToDeskTest extends WithOpenStores {

    @Test
    void addOnsChosenAtTheKioskAreChargedAtThePriceShownThere() {
        // Swedish 60 min (80.00) with the first add-on, hot stones (20.00).
        Visit visit = TestClinic.kioskCheckIn(stores, "Ada Lovelace", "555 123 4567", AFTERNOON);
        List<SaleLine> addOns = stores.intakes().addOnLines(visit.id());
        assertThat(addOns).extracting(SaleLine::description).containsExactly("Hot stones");
        assertThat(addOns.get(0).amount()).isEqualTo(TestClinic.money(stores, "20.00"));

        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
        addOns.forEach(draft::addLine);
        draft.addTender(Tender.cash(TestClinic.money(stores, "100.00")));
        Sale sale = stores.sales().record(draft, AFTERNOON.plusSeconds(3600));
        assertThat(sale.totals().total()).isEqualTo(TestClinic.money(stores, "100.00"));
        assertThat(stores.sales().find(sale.receiptNumber()).orElseThrow().lines())
                .extracting(SaleLine::description).containsExactly("Swedish, 60 min", "Hot stones");
    }

    @Test
    void aVisitWithoutAddOnsAddsNothing() {
        Visit visit = TestClinic.checkIn(stores, "Ben Walker", AFTERNOON);
        assertThat(stores.intakes().addOnLines(visit.id())).isEmpty();
    }

    @Test
    void extraMinutesChosenAtTheKioskAreKnownForTheWait() {
        Visit withHotStones = TestClinic.kioskCheckIn(stores, "Ada Lovelace", "555 123 4567", AFTERNOON);
        Visit plain = TestClinic.checkIn(stores, "Ben Walker", AFTERNOON);
        Modality swedish = TestClinic.modality(stores, "Swedish");
        // Every add-on, "Extra 15 minutes" among them; hot stones and aromatherapy add no time.
        List<AddOn> all = stores.catalog().priceListOn(java.time.LocalDate.now()).addOns();
        assertThat(all).extracting(AddOn::extraMinutes).containsExactlyInAnyOrder(0, 0, 15);
        Visit longer = stores.intakes().checkIn(new KioskCheckIn(new ClientDetails(
                ContactDetails.of("Cleo Park", "555 765 4321"), "", LocalDate.of(1970, 5, 5)), Optional.empty(),
                new IntakeAnswers(Map.of("pressure", "firm"), Map.of()), Optional.of(new Signature(new byte[] {1}, AFTERNOON)),
                swedish, TestClinic.price(stores, swedish, 60), all), stores.intakes().form(), AFTERNOON);

        Map<UUID, Integer> extra = stores.intakes().extraMinutes(withHotStones.businessDay());

        assertThat(extra).containsOnly(Map.entry(longer.id(), 15));
        assertThat(extra).doesNotContainKeys(withHotStones.id(), plain.id());
    }

    @Test
    void theIntakesPainAreasChooseTheStretches() {
        // The kiosk fixture reports neck pain, not chronic.
        Visit visit = TestClinic.kioskCheckIn(stores, "Ada Lovelace", "555 123 4567", AFTERNOON);
        Aftercare care = stores.intakes().aftercare(visit.id());
        assertThat(care.lines()).anyMatch(line -> line.startsWith("Neck:"));
        assertThat(care.lines()).noneMatch(line -> line.startsWith("Knee-to-chest"));
        assertThat(care.rebookAfter()).isEqualTo(Period.ofWeeks(2));
    }

    @Test
    void withoutAnIntakeTheUsualAdviceIsGiven() {
        Visit atTheDesk = TestClinic.checkIn(stores, "Ben Walker", AFTERNOON);
        assertThat(stores.intakes().aftercare(atTheDesk.id())).isEqualTo(Aftercare.standard());
        assertThat(stores.intakes().aftercare(null)).isEqualTo(Aftercare.standard());
    }
}
