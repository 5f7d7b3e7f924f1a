package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Clearance;
import com.knead.domain.ContactDetails;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import com.knead.report.ReceiptReport;
import com.knead.report.ReportTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The desk's smaller use cases on real H2: a walk-in, who is in, clearances, today's queue and a receipt file. */
class DeskUseCasesTest extends OpenClinic {

    @Test
    void aWalkInJoinsTodaysQueueForTheServiceChosen() {
        WalkInCheckIn walkIn = new WalkInCheckIn(stores, java.time.Clock.systemDefaultZone());
        assertThat(walkIn.services().modalities()).extracting(m -> m.name()).contains("Deep tissue");
        Visit visit = walkIn.checkIn(ContactDetails.of("Walt Walkin", "555 777 1234"), deepTissue60(), riley());
        assertThat(visit.clientName()).isEqualTo("Walt Walkin");
        assertThat(visit.status()).isEqualTo(VisitStatus.CHECKED_IN);
        TodaysQueue queue = new TodaysQueue(stores.clinic(), stores.visits(), stores.clearances(), stores.rota(),
                Clock.systemDefaultZone());
        assertThat(queue.visits().visits()).extracting(Visit::id).containsExactly(visit.id());
        assertThat(queue.visits().clearances()).isEmpty();
    }

    @Test
    void aServiceNoLongerOnThePriceListIsRefused() {
        ServicePrice gone = new ServicePrice(UUID.randomUUID(), UUID.randomUUID(), 60, stores.clinic().money("85.00"));
        assertThatThrownBy(() -> new WalkInCheckIn(stores, java.time.Clock.systemDefaultZone()).checkIn(ContactDetails.of("Nora None", "555 000 1111"), gone, riley()))
                .isInstanceOf(Refused.class).hasMessage("That service is no longer on the price list.");
        assertThat(stores.visits().forDay(today())).isEmpty();
    }

    @Test
    void whoIsInIsMarkedForTodayAndTheQueueSeesIt() {
        WhoIsIn rota = new WhoIsIn(stores);
        StaffMember maya = staff("Maya Chen");
        assertThat(rota.today().day()).isEqualTo(today());
        assertThat(rota.mark(maya, true).isIn(maya)).isTrue();
        assertThat(rota.today().isIn(maya)).isTrue();
        TodaysQueue queue = new TodaysQueue(stores.clinic(), stores.visits(), stores.clearances(), stores.rota(),
                Clock.systemDefaultZone());
        assertThat(queue.therapists().isIn(maya)).isTrue();
        assertThat(rota.mark(maya, false).isIn(maya)).isFalse();
        assertThat(queue.therapists().isIn(maya)).as("the queue reads the rota afresh").isFalse();
    }

    @Test
    void aClearanceIsRecordedAndIsTheVisitsLatestInTheQueue() {
        Visit visit = redFlagCheckIn("Ray Flag");
        Clearances clearances = new Clearances(stores);
        assertThat(clearances.zone()).isEqualTo(stores.clinic().zone());
        assertThat(clearances.latest(visit.id())).isEmpty();
        Clearance none = clearances.record(Clearance.none(visit.id(), "no letter today", Instant.now()), riley());
        assertThat(clearances.latest(visit.id())).hasValue(none);
        TodaysQueue queue = new TodaysQueue(stores.clinic(), stores.visits(), stores.clearances(), stores.rota(),
                Clock.systemDefaultZone());
        assertThat(queue.visits().clearances()).containsEntry(visit.id(), none.kind());
    }

    @Test
    void theIntakeSummaryIsWrittenWithItsBodyMapAndRefusedForAVisitWithoutAnIntake() throws Exception {
        Visit visit = redFlagCheckIn("Ina Intake");
        java.util.List<java.util.Map<com.knead.domain.BodyRegion, Integer>> drawn = new java.util.ArrayList<>();
        IntakeSummary summary = new IntakeSummary(stores.clinic(), stores.intakes(), stores.clearances(),
                new com.knead.report.IntakeReport(new ReportTemplates()), new com.knead.report.PdfCopies(folder),
                (pain, width, height) -> {
                    drawn.add(pain);
                    return new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
                });
        Path pdf = summary.writeCopy(today(), visit.queueNumber());
        assertThat(pdf).isEqualTo(new com.knead.report.PdfCopies(folder).intake(today(), visit.queueNumber())).isNotEmptyFile();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(drawn).containsExactly(java.util.Map.of(com.knead.domain.BodyRegion.NECK, 3));
        Visit walkIn = new WalkInCheckIn(stores, java.time.Clock.systemDefaultZone()).checkIn(ContactDetails.of("Walt Walkin", "555 777 1234"), deepTissue60(), riley());
        assertThatThrownBy(() -> summary.writeCopy(today(), walkIn.queueNumber())).isInstanceOf(Refused.class)
                .hasMessage("Visit " + walkIn.queueNumber() + " of " + today() + " does not exist or was checked in without an intake.");
    }

    @Test
    void theEndOfDayCountsNoCancelledVisitAndNamesEachLinesModality() {
        Visit kept = new WalkInCheckIn(stores, java.time.Clock.systemDefaultZone()).checkIn(ContactDetails.of("Kim Kept", "555 111 2222"), deepTissue60(), riley());
        Visit noShow = new WalkInCheckIn(stores, java.time.Clock.systemDefaultZone()).checkIn(ContactDetails.of("Nat NoShow", "555 111 3333"), deepTissue60(), riley());
        new DeskVisits(stores.visits(), stores.intakes(), stores.catalog(), stores.rooms()).cancel(noShow.id(), "No-show");
        stores.sales().record(SaleDraft.forVisit(stores.clinic(), kept)
                .addLine(new SaleLine("Massage oil", null, 0, stores.clinic().money("12.50"), 1))
                .addTender(Tender.cash(stores.clinic().money("97.50"))), Instant.now());
        com.knead.domain.EndOfDay day = new EndOfDayFigures(stores).of(today());
        assertThat(day.visits()).as("the no-show is left out").isEqualTo(1);
        assertThat(day.byModality()).containsOnlyKeys("Deep tissue", "Other");
        assertThat(day.byModality().get("Deep tissue").plain()).isEqualTo("85.00");
        assertThat(day.byModality().get("Other").plain()).isEqualTo("12.50");
    }

    @Test
    void theAddOnsChosenAtTheKioskBecomeSaleLines() {
        Visit visit = redFlagCheckIn("Ada Addon", true);
        assertThat(new DeskVisits(stores.visits(), stores.intakes(), stores.catalog(), stores.rooms()).toPay(visit).addOns())
                .extracting(SaleLine::description).containsExactly(stores.catalog().priceListOn(java.time.LocalDate.now()).addOns().get(0).name());
    }

    @Test
    void aReceiptFileIsWrittenForARecordedSaleAndRefusedForAMissingOne() throws Exception {
        ServicePrice deep = deepTissue60();
        Sale sale = stores.sales().record(new SaleDraft(stores.clinic(), null, "Ada Lovelace")
                .addLine(new SaleLine("Deep tissue, 60 min", deep.modalityId(), 60, deep.price(), 1))
                .addTender(Tender.cash(stores.clinic().money("85.00"))), Instant.now());
        ReceiptFile file = new ReceiptFile(stores, new ReceiptReport(new ReportTemplates()));
        Path pdf = folder.resolve("out/receipt.pdf");
        Files.createDirectories(pdf.getParent());
        assertThat(file.write(sale.receiptNumber(), pdf)).isEqualTo(sale);
        assertThat(pdf).isNotEmptyFile();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        ReceiptNumber missing = sale.receiptNumber().next();
        assertThatThrownBy(() -> file.write(missing, folder.resolve("out/none.pdf"))).isInstanceOf(Refused.class)
                .hasMessage("There is no sale with receipt number " + missing + ".");
        assertThat(folder.resolve("out/none.pdf")).doesNotExist();
    }
}
