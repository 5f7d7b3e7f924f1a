package com.knead.store;

import static com.knead.store.TestClinic.AFTERNOON;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Aftercare;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import java.time.Period;
import java.util.List;
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
