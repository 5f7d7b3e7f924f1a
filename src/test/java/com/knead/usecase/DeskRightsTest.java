package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Approval;
import com.knead.domain.CardReference;
import com.knead.domain.CashDrawer;
import com.knead.domain.Clearance;
import com.knead.domain.ContactDetails;
import com.knead.domain.Discount;
import com.knead.domain.Ids;
import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.StaffMember;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.domain.Visit;
import com.knead.report.ReportTemplates;
import com.knead.store.AuditStore;
import com.knead.store.DatabaseFile;
import com.knead.store.DemoSeed;
import java.awt.image.BufferedImage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's rights are the use cases' rules, not the screen's: called directly, as if the screen
 * were driven any way at all, each use case refuses nobody, refuses what the person's role may not
 * do (with RoleRights' sentence) and records nothing then; and each row it does record names who
 * did it, in the same transaction, with approvals in the audit log.
 */
class DeskRightsTest extends OpenClinic {

    private DeskServices desk;

    @BeforeEach
    void services() {
        desk = DeskServices.over(stores, new ReportTemplates(),
                (pain, width, height) -> new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB),
                Clock.systemDefaultZone());
    }

    private Sale cardSale() {
        SaleDraft draft = new SaleDraft(stores.clinic(), null, "Ada Lovelace")
                .addLine(new SaleLine("Deep tissue, 60 min", deepTissue().id(), 60, deepTissue60().price(), 1));
        draft.addTender(Tender.card(draft.totals().amountDue(), new CardReference("A1B2C3", "4242")));
        return desk.finishSale().finish(draft, riley()).record();
    }

    private Approval ownerApproves(Permission right) {
        return desk.approvals().check(owner(), DemoSeed.DEMO_OWNER_PIN, right);
    }

    private List<AuditStore.Entry> audit(String action) {
        return stores.audit().latest(200).stream().filter(e -> e.action().equals(action)).toList();
    }

    private String one(String sql) throws SQLException {
        try (Connection c = DatabaseFile.connect(folder); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aCashierWithoutTheRightCannotVoidHoweverTheScreenIsDriven() {
        Sale sale = cardSale();
        StaffMember riley = riley();
        VoidOrRefund voids = desk.voidOrRefund();

        assertThatThrownBy(() -> voids.voidSale(Ids.next(), sale.receiptNumber(), "wrong client", riley, null))
                .isInstanceOf(Refused.class)
                .hasMessage("Riley Brooks (cashier) may not void a sale; ask a manager or the owner.");
        Approval herOwn = new Approval(riley.id(), riley.name());
        assertThatThrownBy(() -> voids.voidSale(Ids.next(), sale.receiptNumber(), "wrong client", riley, herOwn))
                .as("an approval made up for herself counts for nothing").isInstanceOf(Refused.class)
                .hasMessage("Riley Brooks (cashier) may not void a sale; ask a manager or the owner.");
        assertThatThrownBy(() -> voids.refund(Ids.next(), sale.receiptNumber(), stores.clinic().money("10.00"),
                TenderKind.CASH, "", "too firm", riley, null)).isInstanceOf(Refused.class)
                .hasMessage("Riley Brooks (cashier) may not refund a sale; ask a manager or the owner.");
        assertThatThrownBy(() -> voids.voidSale(Ids.next(), sale.receiptNumber(), "wrong client", null,
                ownerApproves(Permission.VOID))).isInstanceOf(Refused.class).hasMessage("Sign in first.");

        assertThat(stores.refunds().forDay(today())).as("nothing recorded").isEmpty();
        assertThat(audit("void")).isEmpty();
        assertThat(audit("refund")).isEmpty();
    }

    @Test
    void aVoidApprovedByTheOwnerIsRecordedAsTheCashiersWithTheApproverAndReceiptInTheLog() throws SQLException {
        Sale sale = cardSale();
        var voided = desk.voidOrRefund().voidSale(Ids.next(), sale.receiptNumber(), "wrong client", riley(),
                ownerApproves(Permission.VOID));

        assertThat(voided.record().approval().staffName()).isEqualTo("Olivia Park");
        assertThat(one("SELECT staff_id FROM refund")).isEqualTo(riley().id().toString());
        assertThat(one("SELECT approved_by FROM refund")).isEqualTo(owner().id().toString());
        assertThat(audit("void")).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo("approved");
            assertThat(entry.staff()).hasValue(owner().id());
            assertThat(entry.detail()).isEqualTo("receipt " + voided.receipt() + " gives back 85.00 of receipt "
                    + sale.receiptNumber() + ", approved by Olivia Park, done by Riley Brooks");
        });
    }

    @Test
    void aLargeDiscountCountsOnlyWithTheApprovalOfSomeoneWhoMayGiveItAndIsLogged() throws SQLException {
        Visit visit = desk.walkIn().checkIn(ContactDetails.of("Dee Discount", "555 222 3333"), deepTissue60(), riley());
        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
        draft.discount(Discount.parse("50%", "friend of the owner", stores.clinic().currency()));
        draft.approveDiscount(new Approval(riley().id(), riley().name()));
        draft.addTender(Tender.cash(stores.clinic().money("50.00")));
        assertThatThrownBy(() -> desk.finishSale().finish(draft, riley())).isInstanceOf(Refused.class)
                .hasMessage("Riley Brooks (cashier) may not approve a discount above the threshold; ask a manager or the owner.");
        assertThat(stores.sales().forDay(today())).isEmpty();

        draft.approveDiscount(ownerApproves(Permission.LARGE_DISCOUNT));
        Sale sale = desk.finishSale().finish(draft, riley()).record();
        assertThat(sale.cashierName()).isEqualTo("Riley Brooks");
        assertThat(stores.sales().find(sale.receiptNumber()).orElseThrow().cashierId()).isEqualTo(riley().id());
        assertThat(one("SELECT checked_in_by FROM visit")).isEqualTo(riley().id().toString());
        assertThat(audit("discount")).singleElement().satisfies(entry -> {
            assertThat(entry.staff()).hasValue(owner().id());
            assertThat(entry.detail()).startsWith("receipt " + sale.receiptNumber() + ", ")
                    .endsWith(" off, approved by Olivia Park for Riley Brooks");
        });
    }

    @Test
    void aSessionWithoutClearanceIsWaivedOnlyBySomeoneWhoMayAndEveryRecordNamesWhoMadeIt() throws SQLException {
        Visit visit = redFlagCheckIn("Ray Flag");
        Clearances clearances = desk.clearances();
        Approval herOwn = new Approval(riley().id(), riley().name());
        assertThatThrownBy(() -> clearances.record(Clearance.waived(visit.id(), "long-standing client", herOwn,
                java.time.Instant.now()), riley())).isInstanceOf(Refused.class).hasMessage("Riley Brooks (cashier) "
                + "may not let a session go ahead without a physician clearance; ask a manager or the owner.");
        assertThatThrownBy(() -> clearances.record(Clearance.none(visit.id(), "", java.time.Instant.now()), null))
                .isInstanceOf(Refused.class).hasMessage("Sign in first.");
        assertThat(clearances.latest(visit.id())).isEmpty();

        clearances.record(Clearance.waived(visit.id(), "long-standing client", ownerApproves(Permission.WAIVE_CLEARANCE),
                java.time.Instant.now()), riley());
        assertThat(one("SELECT recorded_by FROM physician_clearance")).isEqualTo(riley().id().toString());
        assertThat(one("SELECT approved_by FROM physician_clearance")).isEqualTo(owner().id().toString());
    }

    @Test
    void theDrawerAndTheCounterSaleNameWhoDidThemAndNobodyMayDoThem() throws SQLException {
        DrawerSession drawer = desk.drawer();
        assertThatThrownBy(() -> drawer.open(stores.clinic().money("100.00"), null)).hasMessage("Sign in first.");
        drawer.open(stores.clinic().money("100.00"), riley());
        drawer.move(new CashDrawer.Movement(CashDrawer.Kind.NO_SALE, stores.clinic().money("0.00"), "change for a 50",
                java.time.Instant.now()), staff("Maya Chen"));
        assertThat(one("SELECT staff_id FROM drawer_session")).isEqualTo(riley().id().toString());
        assertThat(one("SELECT staff_id FROM drawer_movement")).isEqualTo(staff("Maya Chen").id().toString());

        SaleDraft gift = new SaleDraft(stores.clinic(), null, "")
                .addLine(SaleLine.giftCard(new com.knead.domain.PrepaidCode("GC-77"), stores.clinic().money("40.00")));
        gift.addTender(Tender.cash(stores.clinic().money("40.00")));
        assertThatThrownBy(() -> desk.sellPrepaid().sell(gift, null)).hasMessage("Sign in first.");
        assertThatThrownBy(() -> desk.walkIn().checkIn(ContactDetails.of("Nat None", "555 000 2222"), deepTissue60(),
                null)).hasMessage("Sign in first.");
        Sale sold = desk.sellPrepaid().sell(gift, staff("Sam Ortiz")).record();
        assertThat(one("SELECT cashier_id FROM sale WHERE receipt_number = " + sold.receiptNumber().value()))
                .isEqualTo(staff("Sam Ortiz").id().toString());
    }

    @Test
    void anIntakeSummaryIsOpenedOnlyByWhoMayReadHealthAnswersAndEachOpeningIsLogged() {
        Visit visit = redFlagCheckIn("Ina Intake");
        OpenIntakeSummary summaries = desk.openIntake();
        assertThatThrownBy(() -> summaries.open(visit, riley())).isInstanceOf(Refused.class)
                .hasMessage("Riley Brooks (cashier) may not open intake summaries; ask a manager, a therapist or the owner.");
        assertThatThrownBy(() -> summaries.open(visit, null)).hasMessage("Sign in first.");

        assertThat(summaries.open(visit, staff("Maya Chen"))).isNotEmptyFile();
        assertThat(audit("intake summary")).extracting(e -> e.outcome() + " " + e.client().map(UUID::toString).orElse("")
                        + " " + stores.staff().find(e.staff().orElseThrow()).orElseThrow().name())
                .containsExactly("opened " + visit.clientId() + " Maya Chen", "no right " + visit.clientId() + " Riley Brooks");
    }
}
