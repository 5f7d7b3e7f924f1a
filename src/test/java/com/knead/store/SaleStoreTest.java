package com.knead.store;

import static com.knead.store.TestClinic.AFTERNOON;
import static com.knead.store.TestClinic.checkIn;
import static com.knead.store.TestClinic.recordCashSale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.AddOn;
import com.knead.domain.PrepaidCode;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SaleStoreTest extends WithOpenStores {

    private static final Instant PAID_AT = AFTERNOON.plusSeconds(70 * 60);

    private LocalDate day() {
        return stores.clinic().businessDay(PAID_AT);
    }

    private Visit visit(String name) {
        return checkIn(stores, name, AFTERNOON);
    }

    @Test
    void cashSaleIsRecordedAndReadBack() {
        Visit visit = visit("Ana Silva");
        Sale sale = recordCashSale(stores, visit, "100.00", PAID_AT);

        assertThat(sale.receiptNumber()).hasToString("000001");
        assertThat(sale.changeDue()).isEqualTo(stores.clinic().money("15.00"));
        assertThat(sale.totals().total()).isEqualTo(stores.clinic().money("85.00"));
        assertThat(sale.visitId()).isEqualTo(visit.id());
        assertThat(sale.businessDay()).isEqualTo(day());
        assertThat(stores.visits().find(visit.id()).orElseThrow().status()).isEqualTo(VisitStatus.PAID);

        Sale found = stores.sales().find(ReceiptNumber.FIRST).orElseThrow();
        assertThat(found.lines()).isEqualTo(sale.lines());
        assertThat(found.tenders()).isEqualTo(sale.tenders());
        assertThat(found.totals()).isEqualTo(sale.totals());
        assertThat(found.changeDue()).isEqualTo(sale.changeDue());
        assertThat(found).isEqualTo(sale);
        assertThat(stores.sales().forDay(day())).containsExactly(sale);
        assertThat(stores.sales().forDay(day().plusDays(1))).isEmpty();
        assertThat(stores.sales().find(ReceiptNumber.FIRST.next())).isEmpty();
    }

    @Test
    void severalLinesAndTendersKeepTheirOrder() {
        stores.sales().record(new SaleDraft(stores.clinic(), null, "")
                .addLine(SaleLine.giftCard(new PrepaidCode("GC-0007"), stores.clinic().money("25.00")))
                .addTender(Tender.cash(stores.clinic().money("25.00"))), PAID_AT);
        Visit visit = visit("Ana Silva");
        AddOn aromatherapy = stores.catalog().priceListOn(java.time.LocalDate.now()).addOns().get(1);
        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit)
                .addLine(new SaleLine(aromatherapy.name(), null, aromatherapy.extraMinutes(), aromatherapy.price(), 2))
                .addTender(new Tender(TenderKind.CARD, stores.clinic().money("60.00"), "approval 123456, card ending 4242"))
                .addTender(new Tender(TenderKind.GIFT_CARD, stores.clinic().money("25.00"), "GC-0007"))
                .addTender(Tender.cash(stores.clinic().money("40.00")));
        Sale sale = stores.sales().record(draft, PAID_AT);

        assertThat(sale.totals().total()).isEqualTo(stores.clinic().money("105.00"));
        assertThat(sale.changeDue()).isEqualTo(stores.clinic().money("20.00"));
        Sale found = stores.sales().find(sale.receiptNumber()).orElseThrow();
        assertThat(found).isEqualTo(sale);
        assertThat(found.lines()).extracting(SaleLine::description).containsExactly("Deep tissue, 60 min", "Aromatherapy");
        assertThat(found.lines().get(1).modalityId()).isNull();
        assertThat(found.tenders()).extracting(Tender::kind)
                .containsExactly(TenderKind.CARD, TenderKind.GIFT_CARD, TenderKind.CASH);
        assertThat(found.tenders().get(0).reference()).isEqualTo("approval 123456, card ending 4242");
    }

    @Test
    void saleWithoutAVisitIsRecorded() {
        SaleDraft walkIn = new SaleDraft(stores.clinic(), null, "")
                .addLine(new SaleLine("Massage oil, 100 ml", null, 0, stores.clinic().money("12.50"), 1))
                .addTender(Tender.cash(stores.clinic().money("20.00")));
        Sale sale = stores.sales().record(walkIn, PAID_AT);
        assertThat(stores.sales().find(sale.receiptNumber())).contains(sale);
        assertThat(sale.visitId()).isNull();
    }

    @Test
    void receiptNumbersRunOnAndForDayKeepsTheirOrder() {
        List<Sale> sales = new ArrayList<>();
        for (String name : List.of("Ana Silva", "Ben Okafor", "Carla Diaz")) {
            sales.add(recordCashSale(stores, visit(name), "85.00", PAID_AT.plusSeconds(sales.size())));
        }
        assertThat(sales).extracting(s -> s.receiptNumber().toString()).containsExactly("000001", "000002", "000003");
        assertThat(stores.sales().forDay(day())).containsExactlyElementsOf(sales);
    }

    @Test
    void refusedSaleLeavesNoRowAndNoGap() {
        Sale first = recordCashSale(stores, visit("Ana Silva"), "85.00", PAID_AT);
        Visit shortPaid = visit("Ben Okafor");

        assertThatThrownBy(() -> recordCashSale(stores, shortPaid, "50.00", PAID_AT))
                .isInstanceOf(Refused.class)
                .hasMessage("The payment is 35.00 short of the total 85.00.");
        assertThat(stores.sales().forDay(day())).containsExactly(first);
        assertThat(stores.sales().find(first.receiptNumber().next())).isEmpty();
        assertThat(stores.visits().find(shortPaid.id()).orElseThrow().status())
                .as("the visit was not left paid").isEqualTo(VisitStatus.CHECKED_IN);

        Sale next = recordCashSale(stores, shortPaid, "100.00", PAID_AT);
        assertThat(next.receiptNumber()).isEqualTo(first.receiptNumber().next());
        assertThat(stores.sales().forDay(day())).containsExactly(first, next);
    }

    @Test
    void aVisitIsPaidOnlyOnce() {
        Visit visit = visit("Ana Silva");
        Sale sale = recordCashSale(stores, visit, "85.00", PAID_AT);

        assertThatThrownBy(() -> recordCashSale(stores, visit, "85.00", PAID_AT.plusSeconds(5)))
                .isInstanceOf(Refused.class)
                .hasMessage("A visit that is paid cannot become paid.");
        assertThat(stores.sales().forDay(day())).containsExactly(sale);

        Visit cancelled = visit("Ben Okafor");
        stores.visits().move(cancelled.id(), VisitStatus.CANCELLED);
        assertThatThrownBy(() -> recordCashSale(stores, cancelled, "85.00", PAID_AT)).isInstanceOf(Refused.class);

        assertThat(recordCashSale(stores, visit("Carla Diaz"), "85.00", PAID_AT).receiptNumber())
                .isEqualTo(sale.receiptNumber().next());
    }

    @Test
    void everyRowHasATimeOrderedKeyAndUtcStamps() throws SQLException {
        recordCashSale(stores, visit("Ana Silva"), "100.00", PAID_AT);
        recordCashSale(stores, visit("Ben Okafor"), "85.00", Instant.now());
        // A gift card and a package sold and each drawn on, and a setting, so their tables have rows too.
        PrepaidCode gift = new PrepaidCode("GC-0001");
        PrepaidCode pack = new PrepaidCode("PK-0001");
        com.knead.domain.Modality deep = TestClinic.modality(stores, "Deep tissue");
        stores.sales().record(new SaleDraft(stores.clinic(), null, "")
                .addLine(SaleLine.giftCard(gift, stores.clinic().money("50.00")))
                .addLine(SaleLine.packageOf(pack, deep, 60, 3, stores.clinic().money("240.00")))
                .addTender(Tender.cash(stores.clinic().money("290.00"))), PAID_AT);
        stores.sales().record(SaleDraft.forVisit(stores.clinic(), visit("Dora Kim"))
                .addTender(Tender.giftCard(stores.clinic().money("5.00"), gift))
                .addTender(Tender.packageCredit(stores.clinic().money("80.00"), pack)), PAID_AT);
        stores.settings().put(SettingStore.RECEIPT_PRINTER, "PDF");
        // ... and a refund of part of it, back onto the gift card.
        com.knead.domain.Approval owner = new com.knead.domain.Approval(stores.staff().active().get(0).id(), "Owner");
        stores.refunds().refund(stores.sales().last().orElseThrow(), stores.clinic().money("5.00"), TenderKind.GIFT_CARD,
                "", "test", owner, PAID_AT);
        // ... and a cash drawer session with a pay-in.
        stores.drawer().open(stores.clinic().money("100.00"), Instant.now());
        stores.drawer().move(new com.knead.domain.CashDrawer.Movement(com.knead.domain.CashDrawer.Kind.PAY_IN,
                stores.clinic().money("5.00"), "coins", Instant.now()));
        Visit moved = visit("Carla Diaz");
        stores.visits().move(moved.id(), VisitStatus.CANCELLED);
        Visit dev = TestClinic.kioskCheckIn(stores, "Dev Patel", "555 666 7777", AFTERNOON); // intake, pain, add-on rows
        // ... and a red-flag visit with its physician clearance.
        Visit flagged = TestClinic.redFlagCheckIn(stores, "Rita Reyes", "555 300 0001", AFTERNOON);
        stores.clearances().record(com.knead.domain.Clearance.none(flagged.id(), "", AFTERNOON));
        // ... and a therapist marked out for the day.
        stores.rota().mark(stores.staff().active().stream().filter(m -> m.role() == com.knead.domain.StaffRole.THERAPIST)
                .findFirst().orElseThrow(), false, AFTERNOON);
        stores.audit().append("kiosk", "returning lookup", "not found", java.util.Optional.empty(), AFTERNOON);
        // ... and a closed day.
        com.knead.domain.Money none = stores.clinic().money("0.00");
        stores.zReports().close(java.time.LocalDate.of(2020, 1, 6), number -> new com.knead.domain.ZReport(
                com.knead.domain.Ids.next(), number, java.time.LocalDate.of(2020, 1, 6),
                new com.knead.domain.CountedDrawer(none, com.knead.domain.DrawerCount.ofTotal(none), ""), owner,
                AFTERNOON, none, none, none, none, 0, 0, 0, null));
        // ... and a gift card on the price list at a set value.
        stores.catalog().addPrepaidOffer(new com.knead.domain.PrepaidOffer(com.knead.domain.Ids.next(),
                com.knead.domain.PricedKind.GIFT_CARD, "Gift card 50.00", java.util.Optional.empty(), 0),
                java.util.Optional.of(stores.clinic().money("50.00")), java.time.LocalDate.of(2020, 1, 6),
                java.util.Optional.empty(), "", AFTERNOON, new AuditStore.Entry(com.knead.domain.Ids.next(), "office",
                        "offer added", "changed", java.util.Optional.empty(), java.util.Optional.empty(), "", AFTERNOON));
        // ... and a change of the tax rate.
        stores.catalog().changeTaxRate(new com.knead.domain.TaxRateChange(com.knead.domain.Ids.next(),
                new java.math.BigDecimal("6"), java.util.Optional.of(java.time.LocalDate.of(2020, 1, 7)), "", AFTERNOON),
                java.util.Optional.empty(), new AuditStore.Entry(com.knead.domain.Ids.next(), "office",
                        "tax rate change", "changed", java.util.Optional.empty(), java.util.Optional.empty(), "", AFTERNOON));
        // ... and Dev back with a new email (the old details kept), a signed session note, and two
        // records of one person merged.
        java.time.LocalDate born = java.time.LocalDate.of(1980, 1, 1);
        com.knead.domain.Modality swedish = TestClinic.modality(stores, "Swedish");
        stores.intakes().checkIn(new com.knead.domain.KioskCheckIn(new com.knead.domain.ClientDetails(
                com.knead.domain.ContactDetails.of("Dev Patel", "555 666 7777"), "dev@new.example", born),
                stores.intakes().returning("5556667777", born), new com.knead.domain.IntakeAnswers(
                        java.util.Map.of("pressure", "firm"), java.util.Map.of()),
                java.util.Optional.of(new com.knead.domain.Signature(new byte[] {1}, AFTERNOON)), swedish,
                TestClinic.price(stores, swedish, 60), List.of()), stores.intakes().form(), AFTERNOON);
        stores.notes().record(com.knead.domain.SessionNote.signed(com.knead.domain.SessionNote.Draft.text(
                "Worked the neck."), dev.clientId(), dev.id(), owner, AFTERNOON));
        stores.clientMerges().merge(dev.clientId(), flagged.clientId(), owner.staffId(), "the same person", AFTERNOON);
        closeStores(); // the folder is locked while open; read it with plain JDBC now

        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("SALE", "SALE_LINE", "TENDER", "VISIT", "CLIENT", "COUNTER");
            for (String table : tables) {
                int rows = 0;
                try (ResultSet rs = st.executeQuery("SELECT id, created_at, updated_at FROM " + table)) {
                    while (rs.next()) {
                        rows++;
                        UUID id = rs.getObject("id", UUID.class);
                        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
                        OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
                        String row = table + " " + id;
                        assertThat(id.version()).as(row).isEqualTo(7);
                        assertThat(id.variant()).as(row).isEqualTo(2);
                        assertThat(created.getOffset()).as(row + " created_at").isEqualTo(ZoneOffset.UTC);
                        assertThat(updated.getOffset()).as(row + " updated_at").isEqualTo(ZoneOffset.UTC);
                        assertThat(updated).as(row).isAfterOrEqualTo(created);
                        if (List.of("SALE", "SALE_LINE", "TENDER", "GIFT_CARD", "GIFT_CARD_MOVEMENT", "SERVICE_PACKAGE",
                                "PACKAGE_MOVEMENT", "REFUND", "REFUND_TENDER", "DRAWER_SESSION", "DRAWER_MOVEMENT",
                                "PHYSICIAN_CLEARANCE", "THERAPIST_SHIFT", "AUDIT", "PRICE_CHANGE", "TAX_RATE_CHANGE", "SESSION_NOTE",
                                "CLIENT_CONTACT_CHANGE", "CLIENT_MERGE").contains(table)) {
                            assertThat(updated).as(row + " is never updated").isEqualTo(created);
                        }
                    }
                }
                assertThat(rows).as(table + " has rows").isPositive();
            }
        }
    }
}
